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

    public static async Task WriteAsync(string path, IReadOnlyList<VariantResult> results, HarnessOptions options, string[] args)
    {
        var section = new StringBuilder();
        section.AppendLine(Start);
        section.AppendLine("## Process-level cold starts (`samples/ColdStart.Harness`)");
        section.AppendLine();
        section.AppendLine("```sh");
        section.AppendLine("dotnet run -c Release --project samples/ColdStart.Harness" + (args.Length > 0 ? " -- " + string.Join(" ", args) : string.Empty));
        section.AppendLine("```");
        section.AppendLine();
        section.AppendLine(string.Create(CultureInfo.InvariantCulture, $"**Run:** {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {options.Runs} cold starts per variant, round-robin in a shuffled order each round (seed {options.Seed})."));
        section.AppendLine();
        section.AppendLine("Each cold start is a fresh process that does what Lambda does for a class-library function: create the handler type, read one event, deserialise it through the function's own serializer, invoke, serialise the response — then one warm invocation and two warm-up pings, timed separately. **Start → first response** is measured by the harness from `Process.Start` to the moment the response is written; the other columns are medians of the process's own timings. The ratio is computed round by round against Naive (JIT) and its median reported.");
        section.AppendLine();
        section.AppendLine(Table(results));
        section.AppendLine();
        section.AppendLine(Targets(results));
        section.AppendLine();
        section.AppendLine("![Cold start per variant](benchmarks/cold-start.png)");
        section.AppendLine();
        section.AppendLine("The framework-dependent variants start through the `dotnet` host, the Native AOT one as its own executable. What a local process is not: it excludes Lambda's own sandbox start-up, the download and unpacking of the deployment package, and the runtime API round trips; with 1,024 MB a Lambda environment also has less CPU than this VM. The event takes the validation-failure path (one order line has quantity 0) so that no AWS call leaves the machine: client construction on the happy path is measured by the BenchmarkDotNet suite above. Optimized's *warm-up ping* column is its first ping, which runs the warm-up work (priming the lazy clients); *ping* is a later ping. Naive has no prewarm short-circuit: its pings are ordinary invocations.");
        section.AppendLine(End);

        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n";
        var begin = existing.IndexOf(Start, StringComparison.Ordinal);
        var finish = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = begin >= 0 && finish > begin
            ? existing.Substring(0, begin) + section.ToString().TrimEnd() + existing.Substring(finish + End.Length)
            : existing.TrimEnd() + Environment.NewLine + Environment.NewLine + section;
        await File.WriteAllTextAsync(path, updated.TrimEnd() + Environment.NewLine);
    }

    /// <summary>The targets, checked against this run.</summary>
    private static string Targets(IReadOnlyList<VariantResult> results)
    {
        string Check(bool met) => met ? "met" : "**missed**";
        var lines = new List<string> { "Targets:" };
        if (results.FirstOrDefault(r => r.Name == "optimized-r2r") is { } r2r)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"- Optimized (ReadyToRun) ≤ 0.45 × Naive (JIT): {r2r.RatioToNaiveJit:F2} — {Check(r2r.RatioToNaiveJit <= 0.45)}."));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"- A warm-up ping answered in under 1 ms after init: {r2r.PingMs:F3} ms — {Check(r2r.PingMs < 1)}."));
        }

        if (results.FirstOrDefault(r => r.Name == "optimized-aot") is { } aot)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"- Optimized (Native AOT) ≤ 0.10 × Naive (JIT): {aot.RatioToNaiveJit:F2} — {Check(aot.RatioToNaiveJit <= 0.10)}."));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"- Optimized (Native AOT) within 2.5 × an empty Native AOT program (6.9 ms in costs.md, not re-measured here): {aot.P50Ms / 6.9:F2} × — {Check(aot.P50Ms <= 2.5 * 6.9)}."));
        }
        else
        {
            lines.Add("- Optimized (Native AOT): not measured — the native toolchain could not publish it on this machine.");
        }

        return string.Join(Environment.NewLine, lines);
    }

    public static string Table(IReadOnlyList<VariantResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| variant | p50 start → first response | p90 | min | max | init | first invoke | warm invoke | warm-up ping | ping | peak memory | ratio to Naive (JIT) |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Title} | {r.P50Ms:F1} ms | {r.P90Ms:F1} ms | {r.MinMs:F1} ms | {r.MaxMs:F1} ms | {r.InitMs:F2} ms | {r.FirstInvokeMs:F1} ms | {r.WarmMs:F3} ms | {r.WarmUpPingMs:F2} ms | {r.PingMs:F3} ms | {r.PeakMb:F0} MB | {r.RatioToNaiveJit:F2} |"));
        }

        return table.ToString().TrimEnd();
    }
}
