using System.Globalization;
using System.Linq;
using System.Text;

namespace ColdStart.Tool.Tracing;

/// <summary>The one-page summary of a trace, as Markdown (written next to the trace and printed).</summary>
public static class TraceReport
{
    public static string Markdown(TraceSummary s, string nettrace, string? speedscope)
    {
        System.ArgumentNullException.ThrowIfNull(s);
        var b = new StringBuilder();
        string Ms(double ms) => ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";
        var runtime = s.NativeAot ? " (Native AOT)" : "";
        b.AppendLine(CultureInfo.InvariantCulture, $"# Cold start of {s.Function}{runtime}: first response at {Ms(s.FirstResponseMs)}");
        if (s.NotAvailable.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("## Not in this trace, and why");
            b.AppendLine();
            foreach (var missing in s.NotAvailable)
            {
                b.AppendLine("- " + missing + ".");
            }
        }

        if (!s.NativeAot || s.Findings.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("## What the rules would remove");
            b.AppendLine();
            b.AppendLine("| ms | rule | what | why it costs |");
            b.AppendLine("|---:|---|---|---|");
            foreach (var f in s.Findings)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {Ms(f.Milliseconds)} | {f.Rule} | {f.What} | {f.Why} |");
            }
        }

        b.AppendLine();
        b.AppendLine("## Where the runtime spent it");
        b.AppendLine();
        b.AppendLine("| phase | count | ms |");
        b.AppendLine("|---|---:|---:|");
        if (s.NativeAot)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| modules the runtime reported | {s.Modules} | |");
        }
        else
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| assembly loading | {s.AssemblyLoading.Count} | {Ms(s.AssemblyLoading.Milliseconds)} |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| JIT (first compilations) | {s.Jit.Count} methods | {Ms(s.Jit.Milliseconds)} |");
            b.AppendLine(CultureInfo.InvariantCulture,
                $"| of which in ReadyToRun assemblies (code R2R did not provide or that was rejected) | {s.ReadyToRunRejections} methods | |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| type loading | {s.TypeLoading.Count} types | {Ms(s.TypeLoading.Milliseconds)} |");
        }

        b.AppendLine(CultureInfo.InvariantCulture, $"| garbage collection | {s.GarbageCollection.Count} GCs | {Ms(s.GarbageCollection.Milliseconds)} |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| exceptions thrown (first chance) | {s.Exceptions.Sum(e => e.Count)} | |");
        b.AppendLine(CultureInfo.InvariantCulture,
            $"| sample profiler events (thread time, all threads), of which with a stack | {s.CpuSamples}, {s.SamplesWithStacks} | |");
        if (!s.NativeAot)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"| sampled time in the function's code and packages (all threads) | | {Ms(s.SampledMs)} |");
        }
        else if (s.NamedSamples > 0)
        {
            var symbols = System.IO.Path.GetFileName(s.SymbolsFile);
            b.AppendLine(CultureInfo.InvariantCulture, $"| samples named from the symbols of {symbols} | {s.NamedSamples} | |");
            b.AppendLine(CultureInfo.InvariantCulture, $"| sampled time in the app's own code (all threads) | | {Ms(s.SampledMs)} |");
        }

        if (s.Exceptions.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("### Exceptions thrown before the first response");
            b.AppendLine();
            b.AppendLine("| type | count | first at | first message |");
            b.AppendLine("|---|---:|---:|---|");
            foreach (var e in s.Exceptions)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {e.Type} | {e.Count} | {Ms(e.FirstAtMs)} | {e.FirstMessage.ReplaceLineEndings(" ")} |");
            }
        }

        if (!s.NativeAot)
        {
            b.AppendLine();
            b.AppendLine("### JIT by assembly");
            b.AppendLine();
            b.AppendLine("| assembly | methods | ms | JIT-compiled although ReadyToRun |");
            b.AppendLine("|---|---:|---:|---:|");
            foreach (var j in s.JitByAssembly)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {j.Assembly}{Kind(j)} | {j.Methods} | {Ms(j.Milliseconds)} | {j.ReadyToRunRejected} |");
            }
        }

        if (!s.NativeAot)
        {
            Packages(b, s, Ms);
            Section(b, "The function's own members (innermost own frame in the samples)", s.Members, Ms);
            Section(b, "Static constructors (inclusive)", s.StaticConstructors, Ms);
        }
        else if (s.NamedSamples > 0)
        {
            Section(b, "Hottest functions (innermost frame, compiler's symbol names)", s.HottestFunctions, Ms);
            Section(b, "The app's own code (innermost frame of the app's assemblies)", s.Members, Ms);
            Section(b, "Static constructors (inclusive; the ones the compiler did not run at build time)", s.StaticConstructors, Ms);
        }

        if (!s.NativeAot)
        {
            b.AppendLine();
            b.AppendLine("### Slowest type loads");
            b.AppendLine();
            b.AppendLine("| type | ms |");
            b.AppendLine("|---|---:|");
            foreach (var t in s.SlowestTypeLoads)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {t.Name} | {Ms(t.Milliseconds)} |");
            }
        }

        b.AppendLine();
        b.AppendLine(speedscope is null
            ? $"Trace: `{nettrace}` (no flame graph: no frame of the samples could be named)."
            : $"Trace: `{nettrace}`. Flame graph: `{speedscope}` (open it at https://www.speedscope.app or in PerfView).");
        return b.ToString();
    }

    /// <summary>By NuGet package (from the deps.json), then by assembly: JIT, loading and sampled time.</summary>
    private static void Packages(StringBuilder b, TraceSummary s, System.Func<double, string> ms)
    {
        b.AppendLine();
        b.AppendLine("### By package (NuGet id and version from the deps.json)");
        b.AppendLine();
        b.AppendLine("| package | version | JIT methods | JIT ms | load ms | sampled ms | assemblies | rule |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---|---|");
        foreach (var p in s.Packages)
        {
            var assemblies = string.Join(", ", p.Assemblies);
            b.AppendLine(CultureInfo.InvariantCulture,
                $"| {p.Package} | {p.Version} | {p.JitMethods} | {ms(p.JitMs)} | {ms(p.LoadMs)} | {ms(p.SampledMs)} | {assemblies} | {p.Rule} |");
        }

        b.AppendLine();
        b.AppendLine("### By assembly");
        b.AppendLine();
        b.AppendLine("| assembly | from | JIT methods | JIT ms | load ms | sampled ms |");
        b.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var a in s.Assemblies)
        {
            var from = a.Origin switch
            {
                AssemblyOrigin.Package => "package " + a.Package,
                AssemblyOrigin.Project => "the app's project",
                AssemblyOrigin.Framework => "framework",
                AssemblyOrigin.ToolHost => "the tool's host",
                _ => "other",
            };
            b.AppendLine(CultureInfo.InvariantCulture,
                $"| {a.Assembly} | {from} | {a.JitMethods} | {ms(a.JitMs)} | {ms(a.LoadMs)} | {ms(a.SampledMs)} |");
        }

        b.AppendLine();
        b.AppendLine("Sampled ms: samples whose innermost frame of the function's or a package's code is in it (with the framework code it called).");
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
