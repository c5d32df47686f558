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

    private readonly IAssemblySymbol _own;
    private readonly ConcurrentDictionary<IAssemblySymbol, IReadOnlyDictionary<string, ImmutableArray<LibraryHazard>>> _summaries =
        new(SymbolEqualityComparer.Default);

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
    /// </summary>
    public LibraryHazard? Of(IMethodSymbol? method, string rule) => OneFor(Of(method), rule);

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
        return summary.TryGetValue(id, out var hazards) ? OneFor(hazards, rule) : null;
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

        var all = new List<LibraryHazard> { first };
        all.AddRange(others);
        return first with
        {
            Cause = string.Join("; ", all.Select(h => h.Cause)),
            OriginId = string.Join(LibraryHazard.OriginSeparator.ToString(), all.Select(h => h.OriginId)),
        };
    }

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
