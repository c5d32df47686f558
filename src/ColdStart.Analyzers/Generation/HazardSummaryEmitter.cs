using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Turns the members of a library into its hazard summary: each visible member with what it does itself and what the
/// library methods it calls do (to the default path depth), one <c>[assembly: AssemblyMetadata]</c> line per hazard.
/// </summary>
internal static class HazardSummaryEmitter
{
    /// <summary>The summary's entries (<see cref="LibraryHazard.Format"/>), sorted so the generated file is deterministic.</summary>
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
            var found = new Dictionary<string, LibraryHazard>(StringComparer.Ordinal);
            foreach (var hazard in member.Hazards)
            {
                found[hazard.Rule] = new LibraryHazard(hazard.Rule, member.Id, member.Name, hazard.Cause, hazard.Kind, member.Id);
            }

            // Breadth first, so that each rule names the nearest member that does it.
            var visited = new HashSet<string>(StringComparer.Ordinal) { member.Id };
            IEnumerable<string> frontier = member.Callees;
            for (var depth = 1; depth <= ColdStartOptions.DefaultInvokePathDepth; depth++)
            {
                var next = new List<string>();
                foreach (var calleeId in frontier)
                {
                    if (!visited.Add(calleeId) || !byId.TryGetValue(calleeId, out var callee))
                    {
                        continue;
                    }

                    foreach (var hazard in callee.Hazards.Where(h => !found.ContainsKey(h.Rule)))
                    {
                        found[hazard.Rule] = new LibraryHazard(
                            hazard.Rule, member.Id, member.Name, $"{hazard.Cause} in {callee.Name}", hazard.Kind, callee.Id);
                    }

                    next.AddRange(callee.Callees);
                }

                frontier = next;
            }

            entries.AddRange(found.Values.Select(h => h.Format()));
        }

        return new EquatableArray<string>(entries.OrderBy(e => e, StringComparer.Ordinal));
    }

    private static LibraryMemberSpec Merged(LibraryMemberSpec first, LibraryMemberSpec second)
    {
        return first with
        {
            Hazards = new EquatableArray<HazardSpec>(first.Hazards.Concat(second.Hazards.Where(h => !first.Hazards.Any(f => f.Rule == h.Rule)))),
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
