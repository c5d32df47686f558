using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ColdStart.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.DockerfileAccuracy;

/// <summary>
/// Scores the image rules on the labelled Dockerfiles of corpus/dockerfiles.md.
/// Usage: DockerfileAccuracy &lt;corpus/dockerfiles.md&gt; &lt;snapshots&gt; [report.md]
/// </summary>
internal static class Program
{
    private static readonly string[] Rules = { "COLD401", "COLD402", "COLD406", "COLD407", "COLD408" };

    private static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: DockerfileAccuracy <corpus/dockerfiles.md> <snapshots> [report.md]");
            return 2;
        }

        var labels = ReadLabels(args[0]);
        var commits = ReadCommits(args[0]);
        var report = new StringBuilder();
        var hazards = 0;
        var found = 0;
        var clean = 0;
        var flagged = 0;
        var unreadable = 0;
        report.AppendLine("| Repo | Path | Line | Kind | Result |").AppendLine("|---|---|---|---|---|");
        foreach (var file in labels.GroupBy(l => (l.Repo, l.Path)))
        {
            var text = Show(args[1], file.Key.Repo, commits[file.Key.Repo], file.Key.Path);
            var project = string.Join(' ', file.Select(l => l.Project));
            var parsed = text is null ? null : Dockerfile.Parse(text);
            unreadable += parsed is null ? 1 : 0;
            var reports = parsed is null ? new List<(string Rule, int Line)>() : Reports(parsed, SourceText.From(text!), project);
            foreach (var label in file)
            {
                string result;
                if (label.Kind == "N-file")
                {
                    clean++;
                    flagged += reports.Count > 0 ? 1 : 0;
                    result = reports.Count > 0 ? "flagged: " + string.Join(", ", reports.Select(r => $"{r.Rule}@{r.Line}")) : "clean";
                }
                else if (label.Kind.StartsWith("N-line ", StringComparison.Ordinal))
                {
                    var rule = label.Kind.Substring("N-line ".Length);
                    var hit = reports.Contains((rule, label.Line));
                    clean++;
                    flagged += hit ? 1 : 0;
                    result = hit ? "flagged" : "clean";
                }
                else
                {
                    var rule = label.Kind.Split(' ')[0];
                    var hit = reports.Contains((rule, label.Line));
                    if (!label.Kind.Contains("AMBIGUOUS", StringComparison.Ordinal))
                    {
                        hazards++;
                        found += hit ? 1 : 0;
                    }

                    result = hit ? "found" : "missed";
                }

                report.AppendLine($"| {label.Repo} | {label.Path} | {label.Line} | {label.Kind} | {result} |");
            }

            var unlabelled = reports.Where(
                r => !file.Any(l => l.Line == r.Line && l.Kind.Contains(r.Rule, StringComparison.Ordinal)) && !file.Any(l => l.Kind == "N-file"));
            foreach (var (rule, line) in unlabelled)
            {
                report.AppendLine($"| {file.Key.Repo} | {file.Key.Path} | {line} | (unlabelled) | {rule} reported |");
            }
        }

        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Dockerfiles: {labels.Select(l => (l.Repo, l.Path)).Distinct().Count()} from {labels.Select(l => l.Repo).Distinct().Count()} repositories, "
            + $"{unreadable} the parser could not read. Clear hazards found: {found}/{hazards} ({Percent(found, hazards)}). "
            + $"Clean constructs flagged: {flagged}/{clean} ({Percent(flagged, clean)}).");
        Console.WriteLine(summary);
        if (args.Length > 2)
        {
            File.WriteAllText(args[2], "# Container-image rules on corpus/dockerfiles.md\n\n" + summary + "\n\n" + report);
        }

        return 0;
    }

    private static List<(string Rule, int Line)> Reports(Dockerfile file, SourceText text, string project)
    {
        int LineOf(TextSpan span) => text.Lines.GetLineFromPosition(span.Start).LineNumber + 1;
        var reports = new List<(string, int)>();
        var has = (string fact) => project.Split(' ').Contains(fact);
        if (FunctionImage.ReadyToRunOff(file, has("r2r") || has("aot")) is { } readyToRun)
        {
            reports.Add(("COLD401", LineOf(readyToRun.Span)));
        }

        if (FunctionImage.SelfContainedWithoutTrimming(file, has("aot") || has("trim")) is { Hazard: true } selfContained)
        {
            reports.Add(("COLD402", LineOf(selfContained.Span)));
        }

        foreach (var (rule, finding) in new[]
        {
            ("COLD406", FunctionImage.SdkInFinalStage(file)),
            ("COLD407", FunctionImage.BuildInFinalStage(file)),
            ("COLD408", FunctionImage.NotLambdaBase(file, has("own-ric"))),
        })
        {
            if (finding is { } found)
            {
                reports.Add((rule, LineOf(found.Span)));
            }
        }

        return reports;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string? Show(string snapshots, string repo, string commit, string path)
    {
        var gitDir = Path.Combine(snapshots, repo.Replace('/', '+'), "repo");
        if (Directory.Exists(Path.Combine(gitDir, ".git")))
        {
            gitDir = Path.Combine(gitDir, ".git");
        }

        var start = new ProcessStartInfo("git", new[] { "--git-dir=" + gitDir, "show", commit + ":" + path })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            Console.Error.WriteLine($"missing snapshot: {repo}@{commit}:{path}");
            return null;
        }

        return output;
    }

    private static Dictionary<string, string> ReadCommits(string corpus)
    {
        return Rows(corpus, "## Repositories").ToDictionary(r => r[0], r => r[1]);
    }

    private static List<Label> ReadLabels(string corpus)
    {
        return Rows(corpus, "## Labels")
            .Select(r => new Label(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3], r[4]))
            .Where(l => l.Kind == "N-file" || l.Kind.StartsWith("N-line ", StringComparison.Ordinal) || Rules.Contains(l.Kind.Split(' ')[0]))
            .ToList();
    }

    private static IEnumerable<string[]> Rows(string corpus, string heading)
    {
        var inSection = false;
        foreach (var line in File.ReadLines(corpus))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line.Trim() == heading;
                continue;
            }

            if (!inSection || !line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| Repo ", StringComparison.Ordinal))
            {
                continue;
            }

            yield return line.Trim('|', ' ').Split(" | ").Select(c => c.Trim()).ToArray();
        }
    }

    private sealed record Label(string Repo, string Path, int Line, string Kind, string Project);
}
