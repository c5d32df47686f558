using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;

namespace ColdStart.Harness;

/// <summary>
/// Publishes each function variant, starts each as a fresh process many times (round-robin, shuffled per round) through
/// the tool's launcher (<see cref="ColdStartLauncher"/>, what <c>dotnet coldstart run</c> uses), and reports start → first
/// response, the init / first-invoke split, warm invocation, ping and peak memory, with ratios to Naive (JIT) computed
/// round by round, and the tool's host against a direct start. Writes docs/benchmarks.md (its harness section),
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

        var targets = new Dictionary<Variant, FunctionTarget>();
        foreach (var variant in Variant.All)
        {
            Console.WriteLine($"publishing {variant.Name} …");
            try
            {
                var properties = variant.PublishProperties.Append("UseSharedCompilation=false").ToList();
                var output = await FunctionPublisher.PublishOrUseAsync(Path.Combine(root, variant.Project), Path.Combine(work, variant.Name), properties);
                targets[variant] = variant.Target(output);
            }
            catch (ColdStartException e)
            {
                Console.WriteLine($"  {variant.Name} could not be published and is left out: {e.Message}{Environment.NewLine}{e.Output}");
            }
        }

        if (targets.Keys.All(v => v.Name != Variant.Baseline))
        {
            Console.Error.WriteLine("Naive (JIT) could not be published: nothing to compare against.");
            return 1;
        }

        var events = Path.Combine(root, "samples", "ColdStart.Harness", "Events");
        var pairs = targets.Keys.SelectMany(v => HarnessEvent.All.Select(e => (Variant: v, Event: e))).ToList();
        var samples = pairs.ToDictionary(p => (p.Variant.Name, p.Event.Name), _ => new List<ColdStartSample>());
        var calls = new Dictionary<(string, string), string>();
        var random = new Random(options.Seed);
        using var endpoint = new LocalAws.LocalAwsEndpoint();
        var launchers = targets.Keys.ToDictionary(v => v, v => new ColdStartLauncher(v.Environment(endpoint), TimeSpan.FromSeconds(60)));

        // After the first and the warm invocation of the event, two pings: the first does the warm-up work, the second
        // shows what answering a ping costs afterwards.
        var pings = new[] { Path.Combine(events, "ping.json"), Path.Combine(events, "ping.json") };
        var loadBefore = LoadAverage();
        for (var round = 1; round <= options.Runs; round++)
        {
            foreach (var (variant, harnessEvent) in pairs.OrderBy(_ => random.Next()))
            {
                Console.Write($"\r{variant.Name,-24} {harnessEvent.Name,-18} run {round} of {options.Runs}   ");
                samples[(variant.Name, harnessEvent.Name)].Add(
                    await launchers[variant].StartAsync(targets[variant], Path.Combine(events, harnessEvent.File), pings));
                var seen = DescribeCalls(endpoint.TakeCalls());
                if (calls.TryGetValue((variant.Name, harnessEvent.Name), out var before) && before != seen)
                {
                    throw new InvalidOperationException(
                        $"{variant.Name} on {harnessEvent.Name} called the endpoint differently between runs: {before} / {seen}");
                }

                calls[(variant.Name, harnessEvent.Name)] = seen;
            }
        }

        var load = (loadBefore, LoadAverage());
        Console.WriteLine();
        CheckEveryPathWasTaken(calls, endpoint);
        var results = Summarise(samples, calls);
        var overheads = HostOverheads(samples);
        var docs = Path.Combine(root, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "benchmarks"));
        await File.WriteAllTextAsync(Path.Combine(docs, "benchmarks", "results.json"), ResultsJson(results));
        Chart.Write(results, Path.Combine(docs, "benchmarks", "cold-start.png"));
        await Report.WriteAsync(Path.Combine(docs, "benchmarks.md"), results, overheads, load, options, args);
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

    private static List<VariantResult> Summarise(
        Dictionary<(string Variant, string Event), List<ColdStartSample>> samples, Dictionary<(string, string), string> calls)
    {
        return samples.Select(pair =>
        {
            var runs = pair.Value;
            var baseline = samples[(Variant.Baseline, pair.Key.Event)];
            var starts = Statistics.Describe(runs.Select(s => s.FirstResponseMs));
            return new VariantResult(
                pair.Key.Variant,
                pair.Key.Event,
                Variant.All.Single(v => v.Name == pair.Key.Variant).Title,
                starts.P50,
                starts.P90,
                starts.Min,
                starts.Max,
                Statistics.Median(runs.Select(s => s.InitDoneMs)),
                Statistics.Median(runs.Select(s => s.FirstInvocationMs)),
                Statistics.Median(runs.Select(s => s.WarmInvocationMs)),
                Statistics.Median(runs.Select(s => s.LaterInvocationsMs[0])),
                Statistics.Median(runs.Select(s => s.LaterInvocationsMs[1])),
                Statistics.Median(runs.Select(s => s.PeakMemoryMb)),
                Statistics.Median(runs.Select(s => s.SnapStartHooksMs)),
                Statistics.Median(runs.Select((s, i) => s.FirstResponseMs / baseline[i].FirstResponseMs)),
                runs.Count,
                calls[pair.Key]);
        }).OrderBy(r => Array.FindIndex(HarnessEvent.All, e => e.Name == r.Event)).ThenBy(r => Array.FindIndex(Variant.All, v => v.Name == r.Name)).ToList();
    }

    /// <summary>
    /// The tool's host against the harness's host compiled with the function, same function and build, same rounds, per
    /// event: the ratio of process start → first response and → init done, as <c>dotnet coldstart compare</c> computes it.
    /// </summary>
    private static List<HostOverhead> HostOverheads(Dictionary<(string Variant, string Event), List<ColdStartSample>> samples)
    {
        return HarnessEvent.All
            .Where(e => samples.ContainsKey((Variant.NaiveToolHost, e.Name)))
            .Select(e =>
            {
                var direct = samples[(Variant.Baseline, e.Name)];
                var tool = samples[(Variant.NaiveToolHost, e.Name)];
                return new HostOverhead(
                    e.Title,
                    Statistics.Median(direct.Select(s => s.FirstResponseMs)),
                    Statistics.Median(tool.Select(s => s.FirstResponseMs)),
                    Statistics.Ratio(direct.Select(s => s.FirstResponseMs).ToList(), tool.Select(s => s.FirstResponseMs).ToList()),
                    Statistics.Median(direct.Select(s => s.InitDoneMs)),
                    Statistics.Median(tool.Select(s => s.InitDoneMs)),
                    Statistics.Ratio(direct.Select(s => s.InitDoneMs).ToList(), tool.Select(s => s.InitDoneMs).ToList()));
            })
            .ToList();
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

    /// <summary>The 1-minute load average (Linux), or null: other work on the machine shares its cores with the cold starts.</summary>
    private static double? LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) && double.TryParse(File.ReadAllText(path).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;
    }

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
