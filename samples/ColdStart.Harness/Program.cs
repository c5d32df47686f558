using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace ColdStart.Harness;

/// <summary>
/// Publishes each function variant, starts each as a fresh process many times (round-robin, shuffled per round),
/// and reports start → first response, the init / first-invoke split, warm invocation, ping and peak memory, with
/// ratios to Naive (JIT) computed round by round. Writes docs/benchmarks.md (its harness section),
/// docs/benchmarks/results.json and docs/benchmarks/cold-start.png.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = HarnessOptions.Parse(args);
        var root = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "coldstart-harness");
        Directory.CreateDirectory(work);

        var variants = new List<Variant>();
        foreach (var definition in Variant.All)
        {
            Console.WriteLine($"publishing {definition.Name} …");
            var output = Path.Combine(work, definition.Name);
            var (exitCode, log) = await Run("dotnet", root, definition.PublishArguments(Path.Combine(root, "samples", "ColdStart.Harness", "Hosts"), output));
            if (exitCode != 0)
            {
                Console.WriteLine($"  {definition.Name} could not be published and is left out:{Environment.NewLine}{Tail(log)}");
                continue;
            }

            variants.Add(definition with { Directory = output });
        }

        if (variants.All(v => v.Name != Variant.Baseline))
        {
            Console.Error.WriteLine("Naive (JIT) could not be published: nothing to compare against.");
            return 1;
        }

        var events = Path.Combine(root, "samples", "ColdStart.Harness", "Events");
        var samples = variants.ToDictionary(v => v.Name, _ => new List<Sample>());
        var random = new Random(options.Seed);
        for (var round = 1; round <= options.Runs; round++)
        {
            foreach (var variant in variants.OrderBy(_ => random.Next()))
            {
                Console.Write($"\r{variant.Name,-14} run {round} of {options.Runs}   ");
                samples[variant.Name].Add(await Measure(variant, Path.Combine(events, "order.json"), Path.Combine(events, "ping.json")));
            }
        }

        Console.WriteLine();
        var results = Summarise(samples);
        var docs = Path.Combine(root, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "benchmarks"));
        await File.WriteAllTextAsync(Path.Combine(docs, "benchmarks", "results.json"), ResultsJson(results));
        Chart.Write(results, Path.Combine(docs, "benchmarks", "cold-start.png"));
        await Report.WriteAsync(Path.Combine(docs, "benchmarks.md"), results, options, args);
        Console.WriteLine(Report.Table(results));
        return 0;
    }

    private static async Task<Sample> Measure(Variant variant, string eventPath, string pingPath)
    {
        var start = new ProcessStartInfo(variant.Command, variant.Arguments(eventPath, pingPath))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = variant.Directory,
        };

        // What the Lambda service sets in every execution environment; no AWS call leaves the machine.
        start.Environment["AWS_REGION"] = "eu-west-1";
        start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDCOLDSTARTHARNESS";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "harness";
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "harness";
        if (variant.SimulatesSnapStart)
        {
            start.Environment["AWS_LAMBDA_INITIALIZATION_TYPE"] = "snap-start";
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        double firstResponse = -1;
        string? timings = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == "FIRST_RESPONSE")
            {
                firstResponse = clock.Elapsed.TotalMilliseconds;
            }
            else if (line.StartsWith("{\"init_ms\"", StringComparison.Ordinal))
            {
                timings = line;
            }
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || firstResponse < 0 || timings is null)
        {
            throw new InvalidOperationException($"{variant.Name} failed (exit {process.ExitCode}):{Environment.NewLine}{await stderr}");
        }

        using var json = JsonDocument.Parse(timings);
        double Get(string name) => json.RootElement.GetProperty(name).GetDouble();
        return new Sample(firstResponse, Get("init_ms"), Get("first_invoke_ms"), Get("warm_ms"), Get("warmup_ping_ms"), Get("ping_ms"), Get("peak_mb"), Get("prime_ms"));
    }

    private static List<VariantResult> Summarise(Dictionary<string, List<Sample>> samples)
    {
        var baseline = samples[Variant.Baseline];
        return samples.Select(pair =>
        {
            var runs = pair.Value;
            var starts = runs.Select(s => s.StartToFirstResponseMs).OrderBy(x => x).ToList();
            var ratios = runs.Select((s, i) => s.StartToFirstResponseMs / baseline[i].StartToFirstResponseMs).OrderBy(x => x).ToList();
            return new VariantResult(
                pair.Key,
                Variant.All.Single(v => v.Name == pair.Key).Title,
                Percentile(starts, 0.5),
                Percentile(starts, 0.9),
                starts.First(),
                starts.Last(),
                Median(runs.Select(s => s.InitMs)),
                Median(runs.Select(s => s.FirstInvokeMs)),
                Median(runs.Select(s => s.WarmMs)),
                Median(runs.Select(s => s.WarmUpPingMs)),
                Median(runs.Select(s => s.PingMs)),
                Median(runs.Select(s => s.PeakMb)),
                Median(runs.Select(s => s.PrimeMs)),
                Percentile(ratios, 0.5),
                runs.Count);
        }).OrderBy(r => Array.FindIndex(Variant.All, v => v.Name == r.Name)).ToList();
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.OrderBy(x => x).ToList(), 0.5);

    private static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    private static string ResultsJson(IEnumerable<VariantResult> results)
    {
        var builder = new StringBuilder("{\n");
        builder.Append(string.Join(",\n", results.Select(r => string.Format(
            CultureInfo.InvariantCulture,
            "  \"{0}\": {{ \"p50_ms\": {1:F1}, \"p90_ms\": {2:F1}, \"init_ms\": {3:F2}, \"first_invoke_ms\": {4:F2}, \"warm_ms\": {5:F3}, \"ping_ms\": {6:F3}, \"peak_mb\": {7:F1}, \"ratio_to_naive_jit\": {8:F3}, \"prime_ms\": {9:F2} }}",
            r.Name, r.P50Ms, r.P90Ms, r.InitMs, r.FirstInvokeMs, r.WarmMs, r.PingMs, r.PeakMb, r.RatioToNaiveJit, r.PrimeMs))));
        builder.Append("\n}\n");
        return builder.ToString();
    }

    internal static async Task<(int ExitCode, string Output)> Run(string command, string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Tail(string log) => string.Join(Environment.NewLine, log.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ColdStart.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the harness from inside the repository (ColdStart.Analyzers.sln not found above it).");
    }
}
