using System.Globalization;
using System.Linq;
using System.Text;

namespace ColdStart.Tool.Tracing;

/// <summary>The one-page summary of a trace, as Markdown (written next to the trace and printed).</summary>
public static class TraceReport
{
    public static string Markdown(TraceSummary s, string nettrace, string speedscope)
    {
        System.ArgumentNullException.ThrowIfNull(s);
        var b = new StringBuilder();
        string Ms(double ms) => ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";
        b.AppendLine(CultureInfo.InvariantCulture, $"# Cold start of {s.Function}: first response at {Ms(s.FirstResponseMs)}");
        b.AppendLine();
        b.AppendLine("## What the rules would remove");
        b.AppendLine();
        b.AppendLine("| ms | rule | what | why it costs |");
        b.AppendLine("|---:|---|---|---|");
        foreach (var f in s.Findings)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {Ms(f.Milliseconds)} | {f.Rule} | {f.What} | {f.Why} |");
        }

        b.AppendLine();
        b.AppendLine("## Where the runtime spent it");
        b.AppendLine();
        b.AppendLine("| phase | count | ms |");
        b.AppendLine("|---|---:|---:|");
        b.AppendLine(CultureInfo.InvariantCulture, $"| assembly loading | {s.AssemblyLoading.Count} | {Ms(s.AssemblyLoading.Milliseconds)} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| JIT (first compilations) | {s.Jit.Count} methods | {Ms(s.Jit.Milliseconds)} |");
        b.AppendLine(CultureInfo.InvariantCulture,
            $"| of which in ReadyToRun assemblies (code R2R did not provide or that was rejected) | {s.ReadyToRunRejections} methods | |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| type loading | {s.TypeLoading.Count} types | {Ms(s.TypeLoading.Milliseconds)} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| garbage collection | {s.GarbageCollection.Count} GCs | {Ms(s.GarbageCollection.Milliseconds)} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| sampled time in the function's code and packages (all threads) | | {Ms(s.SampledMs)} |");
        b.AppendLine();
        b.AppendLine("### JIT by assembly");
        b.AppendLine();
        b.AppendLine("| assembly | methods | ms | JIT-compiled although ReadyToRun |");
        b.AppendLine("|---|---:|---:|---:|");
        foreach (var j in s.JitByAssembly)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {j.Assembly}{Kind(j)} | {j.Methods} | {Ms(j.Milliseconds)} | {j.ReadyToRunRejected} |");
        }

        Section(b, "The function's own members (innermost own frame in the samples)", s.Members, Ms);
        Section(b, "Packages (innermost package frame in the samples)", s.Packages, Ms);
        Section(b, "Static constructors (inclusive)", s.StaticConstructors, Ms);
        b.AppendLine();
        b.AppendLine("### Slowest type loads");
        b.AppendLine();
        b.AppendLine("| type | ms |");
        b.AppendLine("|---|---:|");
        foreach (var t in s.SlowestTypeLoads)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {t.Name} | {Ms(t.Milliseconds)} |");
        }

        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"Trace: `{nettrace}`. Flame graph: `{speedscope}` (open it at https://www.speedscope.app or in PerfView).");
        return b.ToString();
    }

    private static string Kind(JitByAssembly j)
        => j.IsFramework ? " (framework)" : j.Assembly == "ColdStart.Tool.Host" ? " (the tool's host, playing Lambda's runtime)" : "";

    private static void Section(StringBuilder b, string title, System.Collections.Generic.IReadOnlyList<Contributor> items, System.Func<double, string> ms)
    {
        b.AppendLine();
        b.AppendLine("### " + title);
        b.AppendLine();
        b.AppendLine("| ms | name | rule |");
        b.AppendLine("|---:|---|---|");
        foreach (var c in items)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| {ms(c.Milliseconds)} | {c.Name} | {c.Rule ?? ""} |");
        }
    }
}
