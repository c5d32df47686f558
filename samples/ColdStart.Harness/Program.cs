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
        var pairs = variants.SelectMany(v => HarnessEvent.All.Select(e => (Variant: v, Event: e))).ToList();
        var samples = pairs.ToDictionary(p => (p.Variant.Name, p.Event.Name), _ => new List<Sample>());
        var calls = new Dictionary<(string, string), string>();
        var random = new Random(options.Seed);
        using var endpoint = new LocalAws.LocalAwsEndpoint();
        for (var round = 1; round <= options.Runs; round++)
        {
            foreach (var (variant, harnessEvent) in pairs.OrderBy(_ => random.Next()))
            {
                Console.Write($"\r{variant.Name,-24} {harnessEvent.Name,-18} run {round} of {options.Runs}   ");
                samples[(variant.Name, harnessEvent.Name)].Add(
                    await Measure(variant, Path.Combine(events, harnessEvent.File), Path.Combine(events, "ping.json"), endpoint));
                var seen = DescribeCalls(endpoint.TakeCalls());
                if (calls.TryGetValue((variant.Name, harnessEvent.Name), out var before) && before != seen)
                {
                    throw new InvalidOperationException(
                        $"{variant.Name} on {harnessEvent.Name} called the endpoint differently between runs: {before} / {seen}");
                }

                calls[(variant.Name, harnessEvent.Name)] = seen;
            }
        }

        Console.WriteLine();
        CheckEveryPathWasTaken(calls, endpoint);
        var results = Summarise(samples, calls);
        var docs = Path.Combine(root, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "benchmarks"));
        await File.WriteAllTextAsync(Path.Combine(docs, "benchmarks", "results.json"), ResultsJson(results));
        Chart.Write(results, Path.Combine(docs, "benchmarks", "cold-start.png"));
        await Report.WriteAsync(Path.Combine(docs, "benchmarks.md"), results, options, args);
        Console.WriteLine(Report.Tables(results));
        return 0;
    }

    /// <summary>
    /// The happy-path events must reach the endpoint (a function that took a failure path would be measured instead),
    /// and nothing may ask for more than the endpoint serves.
    /// </summary>
    private static void CheckEveryPathWasTaken(Dictionary<(string Variant, string Event), string> calls, LocalAws.LocalAwsEndpoint endpoint)
    {
        if (endpoint.Unexpected.Count > 0)
        {
            throw new InvalidOperationException(
                "The functions made calls the local endpoint does not serve: " + string.Join("; ", endpoint.Unexpected.Distinct()));
        }

        foreach (var ((variant, harnessEvent), seen) in calls.Where(c => !c.Key.Variant.StartsWith("empty", StringComparison.Ordinal)))
        {
            // Writes tell the paths apart; a warm-up ping may read (Optimized primes its table on the first ping).
            var expected = harnessEvent switch
            {
                HarnessEvent.SmallOrder => new[] { "DynamoDB.UpdateItem" },
                HarnessEvent.LargeOrder => new[] { "DynamoDB.UpdateItem", "S3.PutObject" },
                _ => Array.Empty<string>(),
            };
            var writes = new[] { "DynamoDB.UpdateItem", "DynamoDB.PutItem", "S3.PutObject" }.Where(call => seen.Contains(call, StringComparison.Ordinal));
            if (!writes.OrderBy(w => w, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(e => e, StringComparer.Ordinal)))
            {
                throw new InvalidOperationException($"{variant} on {harnessEvent} did not take the path the event is for; the endpoint saw: {seen}");
            }
        }
    }

    /// <summary>What one process asked the endpoint, e.g. "DynamoDB.DescribeTable Orders ×1, DynamoDB.PutItem Orders ×2".</summary>
    private static string DescribeCalls(IReadOnlyList<string> calls)
    {
        return calls.Count == 0
            ? "none"
            : string.Join(", ", calls.GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));
    }

    private static async Task<Sample> Measure(Variant variant, string eventPath, string pingPath, LocalAws.LocalAwsEndpoint endpoint)
    {
        var start = new ProcessStartInfo(variant.Command, variant.Arguments(eventPath, pingPath))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = variant.Directory,
        };

        // What the Lambda service sets in every execution environment, with AWS itself replaced by the local endpoint.
        foreach (var (name, value) in endpoint.Environment)
        {
            start.Environment[name] = value;
        }

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
        return new Sample(
            firstResponse, Get("init_ms"), Get("first_invoke_ms"), Get("warm_ms"), Get("warmup_ping_ms"), Get("ping_ms"), Get("peak_mb"), Get("prime_ms"));
    }

    private static List<VariantResult> Summarise(Dictionary<(string Variant, string Event), List<Sample>> samples, Dictionary<(string, string), string> calls)
    {
        return samples.Select(pair =>
        {
            var runs = pair.Value;
            var baseline = samples[(Variant.Baseline, pair.Key.Event)];
            var starts = runs.Select(s => s.StartToFirstResponseMs).OrderBy(x => x).ToList();
            var ratios = runs.Select((s, i) => s.StartToFirstResponseMs / baseline[i].StartToFirstResponseMs).OrderBy(x => x).ToList();
            return new VariantResult(
                pair.Key.Variant,
                pair.Key.Event,
                Variant.All.Single(v => v.Name == pair.Key.Variant).Title,
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
                runs.Count,
                calls[pair.Key]);
        }).OrderBy(r => Array.FindIndex(HarnessEvent.All, e => e.Name == r.Event)).ThenBy(r => Array.FindIndex(Variant.All, v => v.Name == r.Name)).ToList();
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.OrderBy(x => x).ToList(), 0.5);

    private static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    /// <summary>
    /// One entry per variant at the top level for the validation-failure event (the keys earlier runs wrote), and one
    /// per variant and event under "events".
    /// </summary>
    private static string ResultsJson(IReadOnlyList<VariantResult> results)
    {
        static string Entry(VariantResult r, string indent) => string.Format(
            CultureInfo.InvariantCulture,
            "{0}\"{1}\": {{ \"p50_ms\": {2:F1}, \"p90_ms\": {3:F1}, \"init_ms\": {4:F2}, \"first_invoke_ms\": {5:F2}, \"warm_ms\": {6:F3}, \"ping_ms\": "
            + "{7:F3}, \"peak_mb\": {8:F1}, \"ratio_to_naive_jit\": {9:F3}, \"prime_ms\": {10:F2}, \"endpoint_calls\": \"{11}\" }}",
            indent, r.Name, r.P50Ms, r.P90Ms, r.InitMs, r.FirstInvokeMs, r.WarmMs, r.PingMs, r.PeakMb, r.RatioToNaiveJit, r.PrimeMs, r.EndpointCalls);

        var builder = new StringBuilder("{\n");
        foreach (var result in results.Where(r => r.Event == HarnessEvent.ValidationFailure))
        {
            builder.Append(Entry(result, "  ")).Append(",\n");
        }

        builder.Append("  \"events\": {\n");
        builder.Append(string.Join(",\n", results.GroupBy(r => r.Event).Select(group =>
            "    \"" + group.Key + "\": {\n" + string.Join(",\n", group.Select(r => Entry(r, "      "))) + "\n    }")));
        builder.Append("\n  }\n}\n");
        return builder.ToString();
    }

    internal static async Task<(int ExitCode, string Output)> Run(string command, string directory, IEnumerable<string> arguments)
    {
        var start =
            new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false };
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

    private static string Tail(string log)
        => string.Join(Environment.NewLine, log.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5));

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
