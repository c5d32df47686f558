using System.Text.RegularExpressions;

namespace ColdStart.RealWorld;

/// <summary>One labelled case of the development corpus: a kind, a place, and whether reviewers agree on it.</summary>
internal sealed record LabelledCase(int Number, string Kind, bool Ambiguous, string Repository, string Commit, string Path, int Line, string Note)
{
    public bool IsNegative => Kind == "N";

    /// <summary>[N-file]: nothing in the whole file may be reported; otherwise only the cited construct.</summary>
    public bool CoversWholeFile => Note.StartsWith("[N-file]", StringComparison.Ordinal);

    public bool IsProjectFile => Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || CitesSharedProperties;

    /// <summary>A case in Directory.Build.props: the setting it cites applies to every project in that folder and below.</summary>
    public bool CitesSharedProperties => System.IO.Path.GetFileName(Path).Equals("Directory.Build.props", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the project at <paramref name="projectPath"/> is the cited project, or takes the cited shared properties.</summary>
    public bool CitesProject(string projectPath)
    {
        if (!CitesSharedProperties)
        {
            return projectPath == Path;
        }

        var folder = System.IO.Path.GetDirectoryName(Path)?.Replace('\\', '/') ?? string.Empty;
        return folder.Length == 0 || projectPath.StartsWith(folder + "/", StringComparison.Ordinal);
    }

    /// <summary>
    /// An S2 case whose note says the function primes (a before-snapshot hook warms it): COLD502 must stay silent
    /// for it, so it counts as found when nothing is reported.
    /// </summary>
    public bool Primes => Kind == "S2" && (Note.Contains("**primes**", StringComparison.Ordinal) || Note.Contains("Priming: see #", StringComparison.Ordinal));

    /// <summary>A case in a deployment file (template, tools defaults): diagnostics there are matched by line.</summary>
    public bool IsDeploymentFile => !Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !IsProjectFile;

    /// <summary>Whether <paramref name="matchCount"/> diagnostics at the case are what the case asks for.</summary>
    public bool IsSatisfiedBy(int matchCount) => IsNegative || Primes ? matchCount == 0 : matchCount > 0;
}

/// <summary>Reads the cases table of the corpus markdown (<c>| # | kind | repo | commit | path | line | note |</c>).</summary>
internal static partial class Corpus
{
    [GeneratedRegex(
        @"^\|\s*(?<n>\d+)\s*\|\s*(?<kind>[A-Z]\d?)\s*(?<amb>\(AMBIGUOUS\))?\s*\|\s*(?<repo>[^|\s]+)\s*\|\s*(?<commit>[0-9a-f]{40})\s*\|"
        + @"\s*(?<path>[^|]+?)\s*\|\s*(?<line>\d+)\s*\|\s*(?<note>.*)\|\s*$")]
    private static partial Regex CaseRow();

    public static IReadOnlyList<LabelledCase> Read(string markdownPath)
    {
        var cases = new List<LabelledCase>();
        foreach (var line in File.ReadLines(markdownPath))
        {
            var match = CaseRow().Match(line);
            if (!match.Success)
            {
                continue;
            }

            cases.Add(new LabelledCase(
                int.Parse(match.Groups["n"].Value),
                match.Groups["kind"].Value,
                match.Groups["amb"].Success,
                match.Groups["repo"].Value,
                match.Groups["commit"].Value,
                match.Groups["path"].Value,
                int.Parse(match.Groups["line"].Value),
                match.Groups["note"].Value.Trim()));
        }

        return cases;
    }
}
