using System.Text;
using Microsoft.CodeAnalysis;

namespace ColdStart.RealWorld;

/// <summary>One project of a corpus repository as the evaluation saw it: its files, and the compiler errors it had.</summary>
internal sealed record CompiledProject(string Repository, string Path, bool IsTestProject, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Errors)
{
    public bool Compiles => !IsTestProject && Errors.Count == 0;
}

/// <summary>
/// Which projects compiled without an error, and which labelled cases sit in a project that did not: the analyzers
/// still run on such a project, but a type the compiler could not resolve is one no rule can recognise, so a miss (or
/// a silence) there says more about the evaluation than about the rules.
/// </summary>
internal static class Coverage
{
    public enum Place
    {
        /// <summary>The cited file is in (or is) a project that compiles without an error.</summary>
        Compiles,

        /// <summary>Every non-test project holding the cited file has compiler errors.</summary>
        DoesNotCompile,

        /// <summary>A deployment file (template, tools defaults): no compilation holds it.</summary>
        DeploymentFile,

        /// <summary>A source file no non-test project holds, or a repository without a snapshot.</summary>
        NoProject,
    }

    public static Place Of(LabelledCase labelled, IReadOnlyList<CompiledProject> projects)
    {
        var holding = projects.Where(p => p.Repository == labelled.Repository && !p.IsTestProject
            && (p.Path == labelled.Path || p.Files.Contains(labelled.Path))).ToList();
        if (holding.Count == 0)
        {
            return labelled.IsDeploymentFile ? Place.DeploymentFile : Place.NoProject;
        }

        return holding.Any(p => p.Compiles) ? Place.Compiles : Place.DoesNotCompile;
    }

    public static string Report(IReadOnlyList<LabelledCase> cases, IReadOnlyList<CompiledProject> projects, IReadOnlyList<string> missingSnapshots,
        bool totalsOnly)
    {
        var text = new StringBuilder();
        var built = projects.Where(p => !p.IsTestProject).ToList();
        var places = cases.Select(c => (Case: c, Place: Of(c, projects))).ToList();
        text.AppendLine();
        text.AppendLine("## Compile coverage");
        text.AppendLine();
        var scored = cases.Select(c => c.Repository).Distinct().ToList();
        text.AppendLine($"- Repositories: {scored.Count}; without a snapshot at the pinned commit: "
            + (missingSnapshots.Count == 0 ? "none" : string.Join(", ", missingSnapshots))
            + (missingSnapshots.Count > 0 && !scored.Any(missingSnapshots.Contains)
                ? " (left out of the figures: COLDSTART_REALWORLD_PRESENT_ONLY=1)"
                : string.Empty));
        text.AppendLine($"- Non-test projects: {built.Count}; compiled without an error: {built.Count(p => p.Compiles)}; "
            + $"with compiler errors: {built.Count(p => !p.Compiles)} (test projects skipped: {projects.Count(p => p.IsTestProject)})");
        text.AppendLine($"- Cases in a project that compiles: {places.Count(p => p.Place == Place.Compiles)} of {cases.Count}; "
            + $"in a project with compiler errors: {places.Count(p => p.Place == Place.DoesNotCompile)}; "
            + $"in a deployment file: {places.Count(p => p.Place == Place.DeploymentFile)}; "
            + $"in no non-test project: {places.Count(p => p.Place == Place.NoProject)}");
        var clear = places.Where(p => !p.Case.Ambiguous).ToList();
        text.AppendLine($"- Clear cases (hazards and negatives) in a project with compiler errors: {clear.Count(p => p.Place == Place.DoesNotCompile)}; "
            + $"in no non-test project: {clear.Count(p => p.Place == Place.NoProject)}");
        foreach (var (labelled, place) in places.Where(p => !totalsOnly && p.Place is Place.DoesNotCompile or Place.NoProject))
        {
            text.AppendLine($"  - #{labelled.Number} {labelled.Kind}{(labelled.Ambiguous ? " (ambiguous)" : "")} {labelled.Repository} {labelled.Path}: "
                + (place == Place.DoesNotCompile ? "project has compiler errors" : "in no non-test project"));
        }

        var failing = built.Where(p => !p.Compiles).ToList();
        if (failing.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| repository | project | errors | first distinct errors |");
            text.AppendLine("|---|---|---:|---|");
            foreach (var project in failing)
            {
                // In source order: the compiler reports errors in no fixed order, and two runs should print the same table.
                var distinct = project.Errors
                    .OrderBy(e => e.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(e => e.Location.SourceSpan.Start).ThenBy(e => e.Id)
                    .Select(e => $"{e.Id} {e.GetMessage()}").Distinct().Take(4)
                    .Select(m => m.Replace("|", "\\|", StringComparison.Ordinal));
                text.AppendLine($"| {project.Repository} | {project.Path} | {project.Errors.Count} | {string.Join("; ", distinct)} |");
            }
        }

        return text.ToString();
    }
}
