using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ColdStart.Tool.Tracing;

/// <summary>The runtime's own events in a trace: modules, JIT per method, assembly and type loading spans, GCs.</summary>
internal sealed class RuntimeEvents
{
    private readonly Dictionary<string, (string Name, string Path, bool ReadyToRun)> _modules = new();

    public List<JittedMethod> Jitted { get; } = new();

    public PhaseCost AssemblyLoading { get; private set; } = new(0, 0);

    public PhaseCost TypeLoading { get; private set; } = new(0, 0);

    public PhaseCost GarbageCollection { get; private set; } = new(0, 0);

    public List<NamedCost> SlowestTypeLoads { get; } = new();

    /// <summary>Milliseconds of assembly loading per assembly (simple name): each load's outermost span, on its thread.</summary>
    public Dictionary<string, double> LoadMsByAssembly { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Exceptions thrown (first chance), by type, with the first one's message and time.</summary>
    public List<ThrownExceptions> Exceptions { get; } = new();

    /// <summary>Events the sample profiler wrote (one per thread per millisecond), whether or not they carry a stack.</summary>
    public int ProfilerSamples { get; private set; }

    /// <summary>Of those, the ones that carry a stack (none from a Native AOT runtime, whose EventPipe does not walk stacks).</summary>
    public int ProfilerSamplesWithStacks { get; private set; }

    /// <summary>The modules the runtime reported (for a Native AOT build, the executable itself).</summary>
    public IReadOnlyCollection<string> ModuleNames => _modules.Values.Select(m => m.Name).ToList();

    /// <summary>Where a Native AOT executable was mapped (its ModuleLoad event's module id), or 0.</summary>
    public ulong NativeImageBase { get; private set; }

    /// <summary>With <c>nativeStacks</c>: every sample's stack as addresses, innermost first (a Native AOT trace names none of them).</summary>
    public List<NativeSample> NativeSamples { get; } = new();

    public static RuntimeEvents Read(TraceLog log, bool nativeStacks = false)
    {
        var events = new RuntimeEvents();
        var source = log.Events.GetSource();
        var moduleNames = new Dictionary<long, string>();
        void Module(ModuleLoadUnloadTraceData d)
        {
            // A Native AOT runtime reports the executable as a native module whose id is its load address.
            if (d.ModuleILPath.Length == 0 && d.ModuleNativePath.Length > 0 && events.NativeImageBase == 0)
            {
                events.NativeImageBase = (ulong)d.ModuleID;
            }

            var key = Path.GetFileNameWithoutExtension(d.ModuleILPath).ToLowerInvariant();
            moduleNames[d.ModuleID] = key;
            events._modules[key] = (Path.GetFileNameWithoutExtension(d.ModuleILPath), d.ModuleILPath, (d.ModuleFlags & ModuleFlags.ReadyToRunModule) != 0);
        }

        source.Clr.LoaderModuleLoad += Module;
        var rundown = new ClrRundownTraceEventParser(source);
        rundown.LoaderModuleDCStop += Module;

        var jitStarts = new Dictionary<long, double>();
        source.Clr.MethodJittingStarted += d => jitStarts[d.MethodID] = d.TimeStampRelativeMSec;
        var jitLoads = new List<(long MethodId, long ModuleId, string Type, string Name, bool Dynamic, OptimizationTier Tier, double End)>();
        source.Clr.MethodLoadVerbose += d =>
        {
            if (d.IsJitted)
            {
                jitLoads.Add((d.MethodID, d.ModuleID, d.MethodNamespace, d.MethodName, d.IsDynamic, d.OptimizationTier, d.TimeStampRelativeMSec));
            }
        };

        var assemblyDepth = new Dictionary<int, (int Depth, double Start)>();
        var assemblyNames = new Dictionary<int, string>();
        int assemblies = 0;
        double assemblyMs = 0;
        source.Clr.AssemblyLoaderStart += d =>
        {
            var (depth, start) = assemblyDepth.GetValueOrDefault(d.ThreadID);
            assemblyDepth[d.ThreadID] = depth == 0 ? (1, d.TimeStampRelativeMSec) : (depth + 1, start);
            if (depth == 0)
            {
                assemblyNames[d.ThreadID] = SimpleName(d.AssemblyName);
            }
        };
        source.Clr.AssemblyLoaderStop += d =>
        {
            assemblies++;
            if (assemblyDepth.TryGetValue(d.ThreadID, out var open) && open.Depth > 0)
            {
                assemblyDepth[d.ThreadID] = (open.Depth - 1, open.Start);
                if (open.Depth == 1)
                {
                    var ms = d.TimeStampRelativeMSec - open.Start;
                    assemblyMs += ms;
                    if (assemblyNames.Remove(d.ThreadID, out var name))
                    {
                        events.LoadMsByAssembly[name] = events.LoadMsByAssembly.GetValueOrDefault(name) + ms;
                    }
                }
            }
        };

        var typeStarts = new Dictionary<long, (double Start, int Thread)>();
        var typeDepth = new Dictionary<int, int>();
        int types = 0;
        double typeMs = 0;
        var typeCosts = new List<NamedCost>();
        source.Clr.TypeLoadStart += d =>
        {
            typeStarts[d.TypeLoadStartID] = (d.TimeStampRelativeMSec, d.ThreadID);
            typeDepth[d.ThreadID] = typeDepth.GetValueOrDefault(d.ThreadID) + 1;
        };
        source.Clr.TypeLoadStop += d =>
        {
            types++;
            var depth = typeDepth.GetValueOrDefault(d.ThreadID);
            typeDepth[d.ThreadID] = Math.Max(0, depth - 1);
            if (typeStarts.Remove(d.TypeLoadStartID, out var start) && depth == 1)
            {
                var ms = d.TimeStampRelativeMSec - start.Start;
                typeMs += ms;
                typeCosts.Add(new NamedCost(d.TypeName, ms));
            }
        };

        int gcs = 0;
        double gcMs = 0;
        double? gcStart = null;
        source.Clr.GCStart += d =>
        {
            gcs++;
            gcStart = d.TimeStampRelativeMSec;
        };
        source.Clr.GCStop += d =>
        {
            if (gcStart is { } start)
            {
                gcMs += d.TimeStampRelativeMSec - start;
                gcStart = null;
            }
        };

        var thrown = new Dictionary<string, (int Count, string Message, double At)>();
        source.Clr.ExceptionStart += d =>
        {
            var (count, message, at) = thrown.GetValueOrDefault(d.ExceptionType, (0, d.ExceptionMessage, d.TimeStampRelativeMSec));
            thrown[d.ExceptionType] = (count + 1, message, at);
        };

        int profilerSamples = 0;
        int withStacks = 0;
        source.AllEvents += e =>
        {
            if (e.ProviderName == "Microsoft-DotNETCore-SampleProfiler")
            {
                profilerSamples++;
                withStacks += e.CallStackIndex() == CallStackIndex.Invalid ? 0 : 1;
                if (nativeStacks)
                {
                    var addresses = new List<ulong>();
                    for (var frame = e.CallStack(); frame is not null; frame = frame.Caller)
                    {
                        addresses.Add(frame.CodeAddress.Address);
                    }

                    events.NativeSamples.Add(new NativeSample(e.ThreadID, e.TimeStampRelativeMSec, addresses.ToArray()));
                }
            }
        };

        source.Process();

        events.ProfilerSamples = profilerSamples;
        events.ProfilerSamplesWithStacks = withStacks;
        events.Exceptions.AddRange(thrown.Select(t => new ThrownExceptions(t.Key, t.Value.Count, t.Value.Message, t.Value.At)).OrderBy(t => t.FirstAtMs));

        foreach (var load in jitLoads)
        {
            // Tier-1 recompilations happen in the background after a method ran; the cold start waits only for the first compilation.
            if (load.Tier is OptimizationTier.OptimizedTier1 or OptimizationTier.OptimizedTier1OSR or OptimizationTier.OptimizedTier1Instrumented
                || !jitStarts.TryGetValue(load.MethodId, out var started))
            {
                continue;
            }

            var module = moduleNames.GetValueOrDefault(load.ModuleId, "?");
            events.Jitted.Add(new JittedMethod(module, load.Type, load.Name, load.Dynamic, Math.Max(0, load.End - started)));
        }

        events.AssemblyLoading = new PhaseCost(assemblies, assemblyMs);
        events.TypeLoading = new PhaseCost(types, typeMs);
        events.GarbageCollection = new PhaseCost(gcs, gcMs);
        events.SlowestTypeLoads.AddRange(typeCosts.OrderByDescending(t => t.Milliseconds));
        return events;
    }

    /// <summary>Part of the shared framework (System.*, Microsoft.*, from the runtime's folder), not something the function ships.</summary>
    public bool IsFramework(string module)
        => _modules.TryGetValue(module, out var m)
            ? m.Path.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) || m.Path.Contains("Microsoft.AspNetCore.App", StringComparison.Ordinal)
            : module.StartsWith("system.", StringComparison.Ordinal) || module == "mscorlib" || module == "netstandard";

    public bool IsReadyToRun(string module) => _modules.TryGetValue(module, out var m) && m.ReadyToRun;

    public string AssemblyName(string module) => _modules.TryGetValue(module, out var m) ? m.Name : module;

    /// <summary>"Name, Version=…, Culture=…" to "Name".</summary>
    private static string SimpleName(string assemblyName)
        => assemblyName.IndexOf(',', StringComparison.Ordinal) is var comma and > 0 ? assemblyName[..comma] : assemblyName;
}

/// <summary>One sample of a thread: its stack as code addresses, innermost first.</summary>
internal sealed record NativeSample(int Thread, double AtMs, ulong[] Addresses);

/// <summary>A method compiled at run time before it first ran.</summary>
internal sealed record JittedMethod(string Module, string Type, string Name, bool IsDynamic, double Ms);
