using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace ColdStart.Harness;

/// <summary>Writes the harness section of docs/benchmarks.md (between markers), keeping the rest of the page.</summary>
internal static class Report
{
    private const string Start = "<!-- harness:start -->";
    private const string End = "<!-- harness:end -->";

    public static async Task WriteAsync(
        string path,
        IReadOnlyList<VariantResult> results,
        IReadOnlyList<HostOverhead> overheads,
        (double? Before, double? After) load,
        HarnessOptions options,
        string[] args)
    {
        var section = new StringBuilder();
        section.AppendLine(Start);
        section.AppendLine("## Process-level cold starts (`samples/ColdStart.Harness`)");
        section.AppendLine();
        section.AppendLine("```sh");
        section.AppendLine("dotnet run -c Release --project samples/ColdStart.Harness" + (args.Length > 0 ? " -- " + string.Join(" ", args) : string.Empty));
        section.AppendLine("```");
        section.AppendLine();
        section.AppendLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"**Run:** {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, "
                + $".NET {Environment.Version}; {options.Runs} cold starts per variant and event, all variant–event pairs round-robin in a shuffled "
                + $"order each round (seed {options.Seed}).") + LoadNote(load));
        section.AppendLine();
        section.AppendLine(
            "Each cold start is a fresh process that does what Lambda does for a class-library function: create the handler type, read one event, "
            + "deserialise it through the function's own serializer, invoke, serialise the response — then one warm invocation and two warm-up pings, "
            + "timed separately. The processes are started and timed by the tool's launcher (`ColdStartLauncher` in `src/ColdStart.Tool/Measuring`, "
            + "what `dotnet coldstart run` uses), with the environment Lambda sets. Most variants are a host compiled together with the function "
            + "(`samples/ColdStart.Harness/Hosts`) that speaks the tool's host protocol; *in the tool's host* is the function's own publish folder run "
            + "by the tool's host, as `dotnet coldstart run --handler` runs it. **Start → first response** and **start → init done** are measured by the "
            + "launcher from `Process.Start` to the moment the process reports each; the other columns are medians of the process's own timings. The "
            + "ratio is computed round by round against Naive (JIT) on the same event and its median reported.");
        section.AppendLine();
        section.AppendLine(
            "The AWS calls go to a local endpoint inside the harness (`samples/ColdStart.Harness/LocalAws`). It answers DynamoDB `DescribeTable`, "
            + "`GetItem`, `PutItem` and `UpdateItem` (what `DynamoDBContext.SaveAsync` sends) and S3 `PutObject` with minimal valid responses and "
            + "records what it was asked. The functions reach it as a user reaches a local emulator: the SDK's `AWS_ENDPOINT_URL` environment variable "
            + "and dummy credentials. A proxy on a closed port for every other host makes any other request fail, and the run stops if a request was "
            + "unexpected or an event did not take its path. A local round trip is far faster than one to DynamoDB or S3, so the happy-path figures show "
            + "what the function's own code costs, not the network.");
        section.AppendLine();
        foreach (var harnessEvent in HarnessEvent.All)
        {
            section.AppendLine($"### Event: {harnessEvent.Title}");
            section.AppendLine();
            section.AppendLine(Table(results.Where(r => r.Event == harnessEvent.Name).ToList()));
            section.AppendLine();
        }

        section.AppendLine("What the endpoint saw in one cold start (first event, the warm invocation of the same event, two pings):");
        section.AppendLine();
        section.AppendLine(Calls(results));
        section.AppendLine();
        section.AppendLine(Targets(results));
        section.AppendLine();
        section.AppendLine("![Cold start per variant and event](benchmarks/cold-start.png)");
        section.AppendLine();
        section.AppendLine("### The tool's host against a host compiled with the function");
        section.AppendLine();
        section.AppendLine(ToolHost(overheads));
        section.AppendLine();
        section.AppendLine("### SnapStart priming (simulated)");
        section.AppendLine();
        section.AppendLine(SnapStart(results));
        section.AppendLine();
        section.AppendLine(
            "The framework-dependent variants start through the `dotnet` host, the Native AOT ones as their own executables. The two empty programs "
            + "are the floor, measured in the same rounds: they answer the harness at once, with nothing behind it. What a local process is not: it "
            + "excludes Lambda's own sandbox start-up, the download and unpacking of the deployment package, and the runtime API round trips; with 1,024 "
            + "MB a Lambda environment also has less CPU than this VM. Optimized's *warm-up ping* column is its first ping, which runs the warm-up work "
            + "(priming the lazy clients); *ping* is a later ping. Naive has no prewarm short-circuit: its pings are ordinary invocations.");
        section.AppendLine(End);

        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n";
        var begin = existing.IndexOf(Start, StringComparison.Ordinal);
        var finish = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = begin >= 0 && finish > begin
            ? existing.Substring(0, begin) + section.ToString().TrimEnd() + existing.Substring(finish + End.Length)
            : existing.TrimEnd() + Environment.NewLine + Environment.NewLine + section;
        await File.WriteAllTextAsync(path, updated.TrimEnd() + Environment.NewLine);
    }

    /// <summary>The machine's load when the rounds began and ended: figures from a loaded machine spread wider.</summary>
    private static string LoadNote((double? Before, double? After) load)
        => load is { Before: { } before, After: { } after }
            ? string.Create(
                CultureInfo.InvariantCulture,
                $" Load average (1 min) when the rounds began and ended: {before:F2} and {after:F2}; other work shares the cores, so compare "
                + $"within a run (the ratios), not across runs.")
            : string.Empty;

    /// <summary>One table per event, for the console.</summary>
    public static string Tables(IReadOnlyList<VariantResult> results)
    {
        return string.Join(
            Environment.NewLine + Environment.NewLine,
            HarnessEvent.All.Select(e => e.Title + Environment.NewLine + Table(results.Where(r => r.Event == e.Name).ToList())));
    }

    private static string Calls(IReadOnlyList<VariantResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| variant | " + string.Join(" | ", HarnessEvent.All.Select(e => e.Name)) + " |");
        table.AppendLine("|---|" + string.Concat(HarnessEvent.All.Select(_ => "---|")));
        foreach (var variant in results.Select(r => (r.Name, r.Title)).Distinct().Where(v => !v.Name.StartsWith("empty", StringComparison.Ordinal)))
        {
            var cells = HarnessEvent.All.Select(e => results.Single(r => r.Name == variant.Name && r.Event == e.Name).EndpointCalls);
            table.AppendLine($"| {variant.Title} | {string.Join(" | ", cells)} |");
        }

        return table.ToString().TrimEnd();
    }

    /// <summary>The issues' targets, checked against this run: the happy path first.</summary>
    private static string Targets(IReadOnlyList<VariantResult> results)
    {
        string Check(bool met) => met ? "met" : "**missed**";
        VariantResult? Find(string variant, string harnessEvent) => results.FirstOrDefault(r => r.Name == variant && r.Event == harnessEvent);
        var lines = new List<string> { "Targets:" };
        foreach (var harnessEvent in HarnessEvent.All)
        {
            if (Find(Variant.OptimizedReadyToRun, harnessEvent.Name) is { } r2r)
            {
                lines.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"- {harnessEvent.Title}: Optimized (ReadyToRun) ≤ 0.45 × Naive (JIT): {r2r.RatioToNaiveJit:F2} — "
                        + $"{Check(r2r.RatioToNaiveJit <= 0.45)}."));
            }

            if (Find(Variant.OptimizedNativeAot, harnessEvent.Name) is { } aot)
            {
                lines.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"- {harnessEvent.Title}: Optimized (Native AOT) ≤ 0.10 × Naive (JIT): {aot.RatioToNaiveJit:F2} — "
                        + $"{Check(aot.RatioToNaiveJit <= 0.10)}."));
                if (Find(Variant.EmptyNativeAot, harnessEvent.Name) is { } floor)
                {
                    var ratio = aot.P50Ms / floor.P50Ms;
                    lines.Add(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"- {harnessEvent.Title}: Optimized (Native AOT) within 2.5 × an empty Native AOT program, same run: {aot.P50Ms:F1} ms ÷ "
                            + $"{floor.P50Ms:F1} ms = {ratio:F2} × — {Check(ratio <= 2.5)}."));
                }
            }
        }

        if (Find(Variant.OptimizedReadyToRun, HarnessEvent.ValidationFailure) is { } pinged)
        {
            lines.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"- A warm-up ping answered in under 1 ms after init: {pinged.PingMs:F3} ms — {Check(pinged.PingMs < 1)}."));
        }

        if (results.All(r => r.Name != Variant.OptimizedNativeAot))
        {
            lines.Add("- Optimized (Native AOT): not measured — the native toolchain could not publish it on this machine.");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The SnapStart simulation: the first invocation after priming against the same build without it, per event.</summary>
    private static string SnapStart(IReadOnlyList<VariantResult> results)
    {
        var lines = new List<string>
        {
            "**This is a simulation.** No snapshot is taken on this machine. The *SnapStart primed* variant is the same ReadyToRun build as *Optimized "
            + "(ReadyToRun)*, started with `AWS_LAMBDA_INITIALIZATION_TYPE=snap-start`. The function's generated module initializer therefore registers "
            + "its hooks (`[Prewarm(SnapStart = true)]`). After init, the host runs them the way the Lambda runtime does around a snapshot: "
            + "before-snapshot (priming), then after-restore. It then times the first invocation, which is what a restored environment pays for code that "
            + "was not primed.",
            "",
            "What it leaves out: restoring the snapshot itself, and the page faults of a restored process touching its memory for the first time. "
            + "Priming ran in the same process, so nothing it compiled or allocated has to be restored, and the connection pool it warmed would, after a "
            + "real restore, hold connections that may be stale. The *start → first response* column of this variant includes the priming, which a "
            + "restored environment does not pay; compare *first invoke*.",
            "",
            "| event | first invoke, primed | first invoke, unprimed | primed ÷ unprimed (goal ≤ 0.5) | priming, before the snapshot |",
            "|---|---:|---:|---:|---:|",
        };
        foreach (var harnessEvent in HarnessEvent.All)
        {
            var primed = results.FirstOrDefault(r => r.Name == Variant.OptimizedSnapStart && r.Event == harnessEvent.Name);
            var unprimed = results.FirstOrDefault(r => r.Name == Variant.OptimizedReadyToRun && r.Event == harnessEvent.Name);
            if (primed is not null && unprimed is not null)
            {
                var ratio = primed.FirstInvokeMs / unprimed.FirstInvokeMs;
                lines.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {harnessEvent.Title} | {primed.FirstInvokeMs:F2} ms | {unprimed.FirstInvokeMs:F2} ms | "
                        + $"{ratio:F2} ({(ratio <= 0.5 ? "met" : "**missed**")}) | {primed.PrimeMs:F1} ms |"));
            }
        }

        lines.Add("");
        lines.Add(
            "AWS's published field figures, for scale and not measured here: on its .NET 8 demo (aws-samples/serverless-dotnet-demo, 1,024 MB) p50 "
            + "cold start was 860 ms with ReadyToRun alone, 689 ms with SnapStart, 322 ms with Native AOT.");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The overhead of the tool's reflection host over the harness's direct start, from the same rounds.</summary>
    private static string ToolHost(IReadOnlyList<HostOverhead> overheads)
    {
        var lines = new List<string>
        {
            "The same Naive.Function build (JIT) started two ways in the same rounds: by the harness's host, compiled with the function (it constructs "
            + "`OrderFunction` and calls the serializer directly), and by the tool's host, which loads the function's assembly from its publish folder "
            + "and finds the serializer, the type and the handler by reflection, as Lambda's managed runtime does. Ratios are tool's host / direct: "
            + "the Hodges–Lehmann estimate with a 95 % bootstrap interval, as `dotnet coldstart compare` computes them.",
            "",
            "| event | start → first response, direct | in the tool's host | tool / direct (95 % CI) | start → init done, direct | in the tool's host "
            + "| tool / direct (95 % CI) |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var o in overheads)
        {
            lines.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {o.EventTitle} | {o.DirectFirstResponseMs:F1} ms | {o.ToolFirstResponseMs:F1} ms | {o.FirstResponseRatio.Ratio:F2} "
                    + $"({o.FirstResponseRatio.Low:F2}–{o.FirstResponseRatio.High:F2}) | {o.DirectInitDoneMs:F1} ms | {o.ToolInitDoneMs:F1} ms | "
                    + $"{o.InitDoneRatio.Ratio:F2} ({o.InitDoneRatio.Low:F2}–{o.InitDoneRatio.High:F2}) |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Table(IReadOnlyList<VariantResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine(
            "| variant | p50 start → first response | p90 | min | max | start → init done | priming | first invoke | warm invoke | warm-up ping | ping "
            + "| peak memory | ratio to Naive (JIT) |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            table.AppendLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {r.Title} | {r.P50Ms:F1} ms | {r.P90Ms:F1} ms | {r.MinMs:F1} ms | {r.MaxMs:F1} ms | {r.InitMs:F1} ms | {r.PrimeMs:F1} ms | "
                    + $"{r.FirstInvokeMs:F1} ms | {r.WarmMs:F3} ms | {r.WarmUpPingMs:F2} ms | {r.PingMs:F3} ms | {r.PeakMb:F0} MB | "
                    + $"{r.RatioToNaiveJit:F2} |"));
        }

        return table.ToString().TrimEnd();
    }
}
