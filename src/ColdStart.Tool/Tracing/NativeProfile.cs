using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ColdStart.Tool.Tracing;

/// <summary>
/// A Native AOT trace's samples named from the executable's symbols: the hottest functions, the app's own code, static
/// constructors, and a speedscope flame graph. Each sample stands for one millisecond of one thread (the sample
/// profiler's interval), as in a JIT trace.
/// </summary>
internal sealed class NativeProfile
{
    private const double SampleMs = 1.0;

    private NativeProfile(string symbolsFile, int named, List<Contributor> hottest, List<Contributor> own, List<Contributor> cctors, double ownMs)
    {
        SymbolsFile = symbolsFile;
        NamedSamples = named;
        Hottest = hottest;
        Own = own;
        StaticConstructors = cctors;
        OwnMs = ownMs;
    }

    public string SymbolsFile { get; }

    /// <summary>Samples whose innermost frame has a name.</summary>
    public int NamedSamples { get; }

    /// <summary>By innermost named frame (exclusive).</summary>
    public List<Contributor> Hottest { get; }

    /// <summary>By innermost frame of the app's own assemblies (with what it called).</summary>
    public List<Contributor> Own { get; }

    /// <summary>Static constructors, inclusive.</summary>
    public List<Contributor> StaticConstructors { get; }

    /// <summary>Sampled time with a frame of the app's own code on the stack.</summary>
    public double OwnMs { get; }

    /// <summary>
    /// Names <paramref name="samples"/> with the symbols of <paramref name="executable"/> mapped at <paramref name="imageBase"/>;
    /// the app's own code is what its assemblies (<paramref name="appAssemblies"/>) compiled to. Null without symbols.
    /// </summary>
    public static NativeProfile? Build(
        IReadOnlyList<NativeSample> samples, ulong imageBase, string executable, IEnumerable<string> appAssemblies, string speedscopePath, int top)
    {
        if (imageBase == 0 || samples.Count == 0 || NativeSymbols.Load(executable) is not { } symbols)
        {
            return null;
        }

        // The compiler names a method Assembly_Namespace_Type__Method, the assembly's dots made underscores.
        var prefixes = appAssemblies.Select(a => a.Replace('.', '_') + "_").Distinct().ToList();
        bool IsOwn(string name) => prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
        var named = samples
            .Select(s => (s.Thread, s.AtMs, Frames: s.Addresses.Select(a => a >= imageBase ? symbols.Name(a - imageBase) : null).ToArray()))
            .ToList();

        var hottest = new Dictionary<string, double>();
        var own = new Dictionary<string, double>();
        var cctors = new Dictionary<string, double>();
        double ownMs = 0;
        foreach (var (_, _, frames) in named)
        {
            if (frames.FirstOrDefault(f => f is not null) is { } innermost)
            {
                hottest[innermost] = hottest.GetValueOrDefault(innermost) + SampleMs;
            }

            if (frames.FirstOrDefault(f => f is not null && IsOwn(f)) is { } innermostOwn)
            {
                own[innermostOwn] = own.GetValueOrDefault(innermostOwn) + SampleMs;
                ownMs += SampleMs;
            }

            foreach (var cctor in frames.Where(f => f is not null && f.EndsWith("___cctor", StringComparison.Ordinal)).Distinct())
            {
                cctors[cctor!] = cctors.GetValueOrDefault(cctor!) + SampleMs;
            }
        }

        WriteSpeedscope(named, Path.GetFileName(executable), speedscopePath);
        List<Contributor> Top(Dictionary<string, double> totals, Func<string, string?> rule)
            => totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(top)
                .Select(t => new Contributor(t.Key, t.Value, rule(t.Key), null)).ToList();
        return new NativeProfile(
            symbols.File,
            named.Count(s => s.Frames.Any(f => f is not null)),
            Top(hottest, _ => null),
            Top(own, name => name.EndsWith("___cctor", StringComparison.Ordinal) ? "COLD101" : null),
            Top(cctors, name => IsOwn(name) ? "COLD101" : null),
            ownMs);
    }

    /// <summary>One sampled profile per thread, outermost frame first, as speedscope's file format has it.</summary>
    private static void WriteSpeedscope(List<(int Thread, double AtMs, string?[] Frames)> samples, string name, string path)
    {
        var frames = new Dictionary<string, int>(StringComparer.Ordinal);
        int Frame(string? frame) => frames.TryGetValue(frame ?? "?", out var index) ? index : frames[frame ?? "?"] = frames.Count;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        var threads = samples.GroupBy(s => s.Thread).OrderBy(g => g.Min(s => s.AtMs)).ToList();
        var stacks = threads.Select(g => g.OrderBy(s => s.AtMs).Select(s => s.Frames.Reverse().Select(Frame).ToArray()).ToList()).ToList();
        json.WriteStartObject();
        json.WriteString("$schema", "https://www.speedscope.app/file-format-schema.json");
        json.WriteString("name", name);
        json.WriteString("exporter", "dotnet-coldstart");
        json.WriteStartObject("shared");
        json.WriteStartArray("frames");
        foreach (var frame in frames.OrderBy(f => f.Value))
        {
            json.WriteStartObject();
            json.WriteString("name", frame.Key);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("profiles");
        for (var t = 0; t < threads.Count; t++)
        {
            json.WriteStartObject();
            json.WriteString("type", "sampled");
            json.WriteString("name", "Thread " + threads[t].Key.ToString(CultureInfo.InvariantCulture));
            json.WriteString("unit", "milliseconds");
            json.WriteNumber("startValue", 0);
            json.WriteNumber("endValue", stacks[t].Count * SampleMs);
            json.WriteStartArray("samples");
            foreach (var stack in stacks[t])
            {
                json.WriteStartArray();
                foreach (var index in stack)
                {
                    json.WriteNumberValue(index);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("weights");
            foreach (var _ in stacks[t])
            {
                json.WriteNumberValue(SampleMs);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
