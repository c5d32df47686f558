using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis.CSharp;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Turns the members of a library into its hazard summary: each visible member with what it does itself and what the
/// library methods it calls do (<see cref="LibraryCallDepth"/> calls deep), one <c>[assembly: AssemblyMetadata]</c> line per hazard and
/// place that does it.
/// </summary>
internal static class HazardSummaryEmitter
{
    /// <summary>The summary's entries (<see cref="LibraryHazard.Format"/>), in an order that makes the generated file deterministic.</summary>
    public static EquatableArray<string> Summarise(ImmutableArray<LibraryMemberSpec> members)
    {
        var byId = new Dictionary<string, LibraryMemberSpec>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            // The parts of a partial method share an id, and so do an interface member's implementations in several classes.
            byId[member.Id] = byId.TryGetValue(member.Id, out var other) ? Merged(other, member) : member;
        }

        var entries = new List<string>();
        foreach (var member in byId.Values.Where(m => m.Visible))
        {
            var found = new List<LibraryHazard>();
            // Its own code first, then what it reaches in other libraries.
            foreach (var hazard in member.Hazards.OrderBy(h => h.Origin.Length > 0))
            {
                Record(found, new LibraryHazard(hazard.Rule, member.Id, member.Name, hazard.Cause, hazard.Kind, OriginOf(hazard, member)));
            }

            // Breadth first, so that each rule names the nearest members that do it first.
            // A callee reached both now and on resolution (a constructor the member calls and also registers as a singleton)
            // is read for each, since each keeps different rules.
            var visited = new HashSet<(string, Reach)> { (member.Id, Reach.Now) };
            IEnumerable<Edge> frontier = member.Callees.Select(c => EdgeTo(c, member, Reach.Now));
            for (var depth = 1; depth <= LibraryCallDepth; depth++)
            {
                var next = new List<Edge>();
                var current = new Queue<Edge>(frontier);
                while (current.Count > 0)
                {
                    var (calleeId, reach, throughInterface, caller) = current.Dequeue();
                    if (!visited.Add((calleeId, reach)))
                    {
                        continue;
                    }

                    if (!byId.TryGetValue(calleeId, out var callee))
                    {
                        // An interface member no class of the library implements: the function looks it up in the library
                        // that does.
                        if (throughInterface && reach == Reach.Now)
                        {
                            Record(found, new LibraryHazard(LibraryHazard.Dispatch, member.Id, member.Name, ShortName(calleeId), calleeId, caller.Id));
                        }

                        continue;
                    }

                    foreach (var hazard in callee.Hazards.Where(h => Reaches(reach, h.Rule)))
                    {
                        Record(found, new LibraryHazard(
                            hazard.Rule, member.Id, member.Name, $"{hazard.Cause} in {callee.Name}", hazard.Kind, OriginOf(hazard, callee)));
                    }

                    foreach (var edge in callee.Callees.Select(c => EdgeTo(c, callee, reach)))
                    {
                        // An interface member or a request reaches its implementations at the same depth.
                        if (callee.Dispatches)
                        {
                            current.Enqueue(edge);
                        }
                        else
                        {
                            next.Add(edge);
                        }
                    }
                }

                frontier = next;
            }

            entries.AddRange(found.Select(h => h.Format()));
        }

        // Sorted by rule and member so the file is deterministic; a stable sort keeps each member's places nearest first.
        return new EquatableArray<string>(entries.OrderBy(RuleAndMember, StringComparer.Ordinal));

        static string RuleAndMember(string entry) => entry.Substring(0, entry.IndexOf('|', entry.IndexOf('|') + 1));
    }

    /// <summary>
    /// How many calls deep a member's entries follow the library's own methods. Deeper than a function's own paths
    /// (<c>coldstart.invoke_path_depth</c>, 5): a layered library puts a service, its validators, an API client and that
    /// client's private helpers between the function's call and the work, and the walk is over the members' ids, bound once
    /// each whatever the depth, so a deeper one costs the library's build next to nothing.
    /// </summary>
    internal const int LibraryCallDepth = 8;

    /// <summary>
    /// How many places one member's entries list for one rule: each is a place in a library that needs the change. A
    /// diagnostic at a call carries them all (its LibraryOrigin property) and its message names the first few
    /// (<see cref="LibrarySummaries.NamedInMessage"/>) and counts the rest.
    /// </summary>
    internal const int MaxOriginsPerRule = 8;

    /// <summary>How many transient or scoped registrations one set-up extension's entries list (each is one service).</summary>
    internal const int MaxRegistrationsPerMember = 64;

    /// <summary>How many interface members one member's entries name that no class of the library implements.</summary>
    internal const int MaxDispatchesPerMember = 8;

    // When a callee runs for the member's caller: during the call, once when a singleton it registers is first resolved,
    // or later (a registered middleware's Invoke, on another path). Everything a callee calls runs no sooner than it does.
    private enum Reach
    {
        Now,
        OnResolution,
        Later,
    }

    private readonly record struct Edge(string Id, Reach Reach, bool ThroughInterface, LibraryMemberSpec Caller);

    private static Edge EdgeTo(string callee, LibraryMemberSpec caller, Reach reach)
    {
        if (callee.StartsWith(LibraryMemberSpec.RunsLater, StringComparison.Ordinal))
        {
            return new Edge(callee.Substring(LibraryMemberSpec.RunsLater.Length), Reach.Later, false, caller);
        }

        if (callee.StartsWith(LibraryMemberSpec.RunsOnResolution, StringComparison.Ordinal))
        {
            callee = callee.Substring(LibraryMemberSpec.RunsOnResolution.Length);
            reach = reach == Reach.Later ? Reach.Later : Reach.OnResolution;
        }

        return callee.StartsWith(LibraryMemberSpec.ThroughInterface, StringComparison.Ordinal)
            ? new Edge(callee.Substring(LibraryMemberSpec.ThroughInterface.Length), reach, true, caller)
            : new Edge(callee, reach, false, caller);
    }

    // Only reflection JSON is the caller's whatever path runs it; a singleton's construction costs the first invocation
    // that resolves it what LibraryMemberSpec.CostsFirstResolution lists.
    private static bool Reaches(Reach reach, string rule) => reach switch
    {
        Reach.Now => true,
        Reach.OnResolution => LibraryMemberSpec.CostsFirstResolution(rule),
        _ => LibraryHazards.IsReflectionJson(rule),
    };

    // `M:Shop.Storage.IPriceStore.Load(System.String)` is IPriceStore.Load.
    private static string ShortName(string memberId)
    {
        var name = memberId.Substring(2);
        var parameters = name.IndexOf('(');
        name = parameters < 0 ? name : name.Substring(0, parameters);
        var member = name.LastIndexOf('.');
        var type = name.LastIndexOf('.', member - 1);
        return name.Substring(type + 1);
    }

    private static string OriginOf(HazardSpec hazard, LibraryMemberSpec member) => hazard.Origin.Length > 0 ? hazard.Origin : member.Id;

    private static void Record(List<LibraryHazard> found, LibraryHazard hazard)
    {
        if (hazard.Rule == LibraryHazard.Dispatch)
        {
            if (!found.Any(h => h.Rule == hazard.Rule && h.Kind == hazard.Kind) && found.Count(h => h.Rule == hazard.Rule) < MaxDispatchesPerMember)
            {
                found.Add(hazard);
            }

            return;
        }

        // A registration is one entry per service: one class may be registered for several.
        var registration = LibraryHazards.IsRegistration(hazard.Rule);
        if (!found.Any(h => h.Rule == hazard.Rule && h.OriginId == hazard.OriginId && (!registration || h.Kind == hazard.Kind))
            && found.Count(h => h.Rule == hazard.Rule) < (registration ? MaxRegistrationsPerMember : MaxOriginsPerRule))
        {
            found.Add(hazard);
        }
    }

    private static LibraryMemberSpec Merged(LibraryMemberSpec first, LibraryMemberSpec second)
    {
        return first with
        {
            Dispatches = first.Dispatches && second.Dispatches,
            Hazards = new EquatableArray<HazardSpec>(
                first.Hazards.Concat(second.Hazards.Where(h => !first.Hazards.Any(h.SameEntryAs)))),
            Callees = new EquatableArray<string>(first.Callees.Union(second.Callees, StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal)),
        };
    }

    public static string Emit(EquatableArray<string> entries)
    {
        using var writer = new SourceWriter("the hazard summary of this library (docs/handlers.md)", nullableAnnotations: false);
        writer.Line("// What members of this library do that costs a Lambda function's cold start, one line per member and rule:");
        writer.Line("// rule|member id|member|the call that does it|kind|id of the member that makes the call. The analyzers of a");
        writer.Line("// function that calls these members read them and report the call in the function.");
        foreach (var entry in entries)
        {
            writer.Line(
                $"[assembly: global::System.Reflection.AssemblyMetadata({SymbolDisplay.FormatLiteral(LibraryHazard.MetadataKey, quote: true)}, "
                + $"{SymbolDisplay.FormatLiteral(entry, quote: true)})]");
        }

        return writer.ToString();
    }
}
