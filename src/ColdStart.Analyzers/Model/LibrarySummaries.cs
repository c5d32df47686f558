using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// One hazard a member of a class library carries into the functions that call it, as the library's hazard summary
/// lists it (docs/handlers.md, "Code in the function's own libraries"): the rule, the member (documentation comment id
/// and the name messages use), the call inside the library that does it, what kind of work or client it is, and the
/// member whose code makes that call (the member itself, or one it calls).
/// </summary>
internal sealed record LibraryHazard(string Rule, string MemberId, string MemberName, string Cause, string Kind, string OriginId)
{
    /// <summary>
    /// Diagnostic property of a report at a call into a library: the documentation comment ids of the members whose code
    /// does it (<see cref="OriginId"/>).
    /// </summary>
    public const string OriginProperty = "LibraryOrigin";

    /// <summary>The key of the <c>[assembly: AssemblyMetadata]</c> attributes that hold a library's summary.</summary>
    public const string MetadataKey = "ColdStart.Hazard";

    /// <summary>Separates the ids in <see cref="OriginId"/> when one report stands for several places in the libraries.</summary>
    public const char OriginSeparator = ';';

    /// <summary>
    /// The summary's name for a call through an interface of the solution's libraries whose implementation the library
    /// cannot see (it lives in a library that references this one): <see cref="Kind"/> holds the interface member's id,
    /// and the function, which references both, looks up what the implementing library lists under that id.
    /// </summary>
    public const string Dispatch = "dispatch";

    private const char Separator = '|';

    /// <summary>The referenced assembly the member is in, set when the summary is read.</summary>
    public string Library { get; init; } = string.Empty;

    /// <summary>
    /// The attribute value, rule|member id|member|call|kind|origin id:
    /// <c>COLD201|M:Shop.Common.JsonHelper.Read``1(System.String)|JsonHelper.Read&lt;T&gt;|JsonSerializer.Deserialize||M:...</c>.
    /// </summary>
    public string Format() => string.Join(Separator.ToString(), Rule, MemberId, MemberName, Cause, Kind, OriginId);

    public static LibraryHazard? Parse(string? value)
    {
        var parts = value?.Split(Separator);
        return parts is { Length: 6 } ? new LibraryHazard(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]) : null;
    }

    /// <summary>The properties of a diagnostic reported at a call to this member: where in the library the hazard is.</summary>
    public ImmutableDictionary<string, string?> Properties(
        ImmutableDictionary<string, string?>? others = null)
        => (others ?? ImmutableDictionary<string, string?>.Empty).SetItem(OriginProperty, OriginId);
}

/// <summary>
/// The hazard summaries of the libraries a compilation references. An assembly's attributes are read the first time
/// a call into one of its methods is checked, once per assembly and compilation, so a build reads only the
/// references its code calls, not every reference.
/// </summary>
internal sealed class LibrarySummaries
{
    private static readonly IReadOnlyDictionary<string, ImmutableArray<LibraryHazard>> NoSummary = new Dictionary<string, ImmutableArray<LibraryHazard>>();

    // How many interfaces of the solution's libraries one call is followed through (a service calls a repository that
    // calls a store).
    private const int DispatchSteps = 3;

    private readonly IAssemblySymbol _own;
    private readonly ConcurrentDictionary<IAssemblySymbol, IReadOnlyDictionary<string, ImmutableArray<LibraryHazard>>> _summaries =
        new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, ImmutableArray<LibraryHazard>> _announced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _listedBySolutionLibraries = new(StringComparer.Ordinal);
    private IAssemblySymbol[]? _unsignedReferences;
    private LibraryHazard[]? _registrations;

    public LibrarySummaries(IAssemblySymbol own)
    {
        _own = own;
    }

    /// <summary>
    /// Whether <paramref name="symbol"/> belongs to a referenced assembly. Not "has no source location": in the IDE, and in
    /// a build of several projects in one process, a project reference's symbols come with its source.
    /// </summary>
    public bool IsReferenced(ISymbol symbol) => symbol.ContainingAssembly is { } assembly && !SymbolEqualityComparer.Default.Equals(assembly, _own);

    /// <summary>Whether <paramref name="assembly"/> carries a hazard summary that lists anything (read once per assembly).</summary>
    public bool HasSummary(IAssemblySymbol assembly)
        => !SymbolEqualityComparer.Default.Equals(assembly, _own) && _summaries.GetOrAdd(assembly, Read).Count > 0;

    /// <summary>
    /// Whether a summary of the solution's libraries (the referenced assemblies without a strong name) lists anything under
    /// <paramref name="rule"/>, read once per rule and compilation: a rule whose entries only such libraries write skips its
    /// lookup at every call when none does.
    /// </summary>
    public bool SolutionLibrariesList(string rule)
        => _listedBySolutionLibraries.GetOrAdd(rule, listed => UnsignedReferences
            .Any(assembly => _summaries.GetOrAdd(assembly, Read).Values.Any(hazards => hazards.Any(hazard => hazard.Rule == listed))));

    /// <summary>
    /// The transient and scoped registrations that the set-up extensions of the solution's libraries make, as their summaries
    /// list them (<see cref="Rules.LibraryHazards.TransientRegistration"/>), each service and implementation once; read once.
    /// </summary>
    public IReadOnlyList<LibraryHazard> Registrations() => _registrations ??= UnsignedReferences
        .SelectMany(assembly => _summaries.GetOrAdd(assembly, Read).Values.SelectMany(listed => listed))
        .Where(hazard => Rules.LibraryHazards.IsRegistration(hazard.Rule))
        .GroupBy(hazard => (hazard.Kind, hazard.OriginId))
        .Select(same => same.First())
        .ToArray();

    /// <summary>The hazards the summary of <paramref name="method"/>'s library lists for it; empty for this compilation's own methods.</summary>
    public ImmutableArray<LibraryHazard> Of(IMethodSymbol? method)
    {
        method = (method?.ReducedFrom ?? method)?.OriginalDefinition;
        if (method?.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, _own))
        {
            return ImmutableArray<LibraryHazard>.Empty;
        }

        var summary = _summaries.GetOrAdd(assembly, Read);
        return summary.Count > 0 && method.GetDocumentationCommentId() is { } id && summary.TryGetValue(id, out var hazards)
            ? hazards
            : ImmutableArray<LibraryHazard>.Empty;
    }

    /// <summary>
    /// The hazard of <paramref name="rule"/> that <paramref name="method"/>'s summary lists, or null. Where the summary names
    /// several places in the libraries that do it, one hazard stands for them all: its cause lists each, and its
    /// <see cref="LibraryHazard.OriginId"/> holds their ids separated by <see cref="LibraryHazard.OriginSeparator"/>.
    /// A call the member makes through an interface that another library implements (<see cref="LibraryHazard.Dispatch"/>)
    /// is followed to what that library lists, a few interfaces deep.
    /// </summary>
    public LibraryHazard? Of(IMethodSymbol? method, string rule)
    {
        var hazards = Of(method);
        return OneFor(OwnAndDispatched(hazards, rule, new HashSet<string>(StringComparer.Ordinal), DispatchSteps), rule);
    }

    /// <summary>
    /// The hazard of <paramref name="rule"/> that the solution's libraries (assemblies without a strong name) list for
    /// <paramref name="method"/>, a member of one of their interfaces, as implementations that reference the interface's
    /// library announce it (<c>IProductStore.LoadAsync</c> of Shop.Catalog, implemented in Shop.Storage); or null.
    /// </summary>
    public LibraryHazard? Implemented(IMethodSymbol method, string rule)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.ContainingType.TypeKind != TypeKind.Interface || method.ContainingAssembly is not { Identity.HasPublicKey: false } assembly
            || SymbolEqualityComparer.Default.Equals(assembly, _own) || method.GetDocumentationCommentId() is not { } id)
        {
            return null;
        }

        return OneFor(OwnAndDispatched(Announced(id), rule, new HashSet<string>(StringComparer.Ordinal) { id }, DispatchSteps), rule);
    }

    /// <summary>
    /// The hazard of <paramref name="rule"/> that the library of <paramref name="request"/> lists for the MediatR handler
    /// of that request type (what <c>mediator.Send(request)</c> runs), or null.
    /// </summary>
    public LibraryHazard? HandlerOf(INamedTypeSymbol request, string rule)
    {
        request = request.OriginalDefinition;
        if (!IsReferenced(request) || request.GetDocumentationCommentId() is not { } id)
        {
            return null;
        }

        var summary = _summaries.GetOrAdd(request.ContainingAssembly, Read);
        return summary.TryGetValue(id, out var hazards)
            ? OneFor(OwnAndDispatched(hazards, rule, new HashSet<string>(StringComparer.Ordinal), DispatchSteps), rule)
            : null;
    }

    // What a member lists for the rule itself, then what it reaches through interfaces that other libraries implement: a
    // handler that parses its command with reflection and enqueues through a queue service that serialises with
    // reflection too stands for both places.
    private IEnumerable<LibraryHazard> OwnAndDispatched(ImmutableArray<LibraryHazard> hazards, string rule, HashSet<string> visited, int steps)
    {
        return hazards.Where(h => h.Rule == rule).Concat(Dispatched(hazards, rule, visited, steps));
    }

    /// <summary>One hazard of <paramref name="rule"/> standing for all of <paramref name="hazards"/> that have it, or null.</summary>
    public static LibraryHazard? OneFor(IEnumerable<LibraryHazard> hazards, string rule)
    {
        LibraryHazard? first = null;
        List<LibraryHazard>? others = null;
        foreach (var hazard in hazards)
        {
            if (hazard.Rule != rule)
            {
                continue;
            }

            if (first is null)
            {
                first = hazard;
            }
            else
            {
                (others ??= new List<LibraryHazard>()).Add(hazard);
            }
        }

        if (first is null || others is null)
        {
            return first;
        }

        // The same place reached along two interfaces is one place.
        var all = new List<LibraryHazard> { first }.Concat(others).GroupBy(h => h.OriginId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var unnamed = all.Count - NamedInMessage;

        // Messages say which library the hazard is inside (the first place's); a place in another library names its own.
        var named = all.Take(NamedInMessage).Select(h => h.Library == first.Library ? h.Cause : $"{h.Cause} ({h.Library})");
        return first with
        {
            Cause = string.Join("; ", named) + (unnamed > 0 ? $"; and {unnamed} more" : string.Empty),
            OriginId = string.Join(LibraryHazard.OriginSeparator.ToString(), all.Select(h => h.OriginId)),
        };
    }

    /// <summary>How many of the places one report stands for its message names; the others are counted ("and 2 more").</summary>
    public const int NamedInMessage = 3;

    // `_catalog.DescribeAsync(sku)` in the function runs Shop.Catalog's CatalogService.DescribeAsync, which calls
    // IProductStore.LoadAsync of the same library; Shop.Storage implements it and references Shop.Catalog, so only the
    // function sees both. What the implementation does is the member's, named by the member the function calls.
    private IEnumerable<LibraryHazard> Dispatched(ImmutableArray<LibraryHazard> hazards, string rule, HashSet<string> visited, int steps)
    {
        if (steps == 0)
        {
            return Enumerable.Empty<LibraryHazard>();
        }

        var found = new List<LibraryHazard>();
        foreach (var dispatch in hazards.Where(h => h.Rule == LibraryHazard.Dispatch && visited.Add(h.Kind)))
        {
            found.AddRange(OwnAndDispatched(Announced(dispatch.Kind), rule, visited, steps - 1)
                .Select(hazard => hazard with { MemberId = dispatch.MemberId, MemberName = dispatch.MemberName }));
        }

        return found;
    }

    // What the summaries of the solution's libraries (the referenced assemblies without a strong name) list under an
    // interface member's id, read once per id and compilation.
    private ImmutableArray<LibraryHazard> Announced(string interfaceMemberId)
    {
        return _announced.GetOrAdd(interfaceMemberId, id => UnsignedReferences
            .SelectMany(assembly => _summaries.GetOrAdd(assembly, Read).TryGetValue(id, out var listed) ? listed : ImmutableArray<LibraryHazard>.Empty)
            .ToImmutableArray());
    }

    private IEnumerable<IAssemblySymbol> UnsignedReferences => _unsignedReferences ??= _own.Modules
        .SelectMany(module => module.ReferencedAssemblySymbols)
        .Where(assembly => !assembly.Identity.HasPublicKey && !SymbolEqualityComparer.Default.Equals(assembly, _own))
        .ToArray();

    private static IReadOnlyDictionary<string, ImmutableArray<LibraryHazard>> Read(IAssemblySymbol assembly)
    {
        Dictionary<string, ImmutableArray<LibraryHazard>>? summary = null;
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" } && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value as string == LibraryHazard.MetadataKey
                && LibraryHazard.Parse(attribute.ConstructorArguments[1].Value as string) is { } hazard)
            {
                summary ??= new Dictionary<string, ImmutableArray<LibraryHazard>>();
                summary[hazard.MemberId] = (summary.TryGetValue(hazard.MemberId, out var listed) ? listed : ImmutableArray<LibraryHazard>.Empty)
                    .Add(hazard with { Library = assembly.Name });
            }
        }

        return summary ?? NoSummary;
    }
}
