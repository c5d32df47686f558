using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ColdStart.Tool.Measuring;
using Microsoft.Diagnostics.Symbols;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Microsoft.Diagnostics.Tracing.Stacks;
using Microsoft.Diagnostics.Tracing.Stacks.Formats;

namespace ColdStart.Tool.Tracing;

/// <summary>
/// Reads a cold start's .nettrace: the runtime's events give assembly loading, JIT (per method and assembly, and
/// ReadyToRun code left unused), type loading and GC; the sample profiler's stacks (thread time, 1 ms) give where the
/// function's own members and its packages spent time. Patterns in those stacks are tied to the COLD rules.
/// </summary>
public static partial class TraceAnalyzer
{
    private const string Host = "coldstart.tool.host";

    public static TraceSummary Analyze(string nettracePath, string speedscopePath, string functionAssembly, double firstResponseMs, int top)
        => Analyze(nettracePath, speedscopePath, functionAssembly, nativeAot: null, PackageMap.Empty, firstResponseMs, top);

    /// <summary>The trace of <paramref name="target"/>: a Native AOT executable's is read for what its runtime emits.</summary>
    public static TraceSummary Analyze(string nettracePath, string speedscopePath, FunctionTarget target, double firstResponseMs, int top)
    {
        ArgumentNullException.ThrowIfNull(target);
        var app = Path.GetFileNameWithoutExtension(target.EntryPoint);
        var nativeAot = target.Kind == FunctionKind.NativeExecutable ? target : null;
        return Analyze(nettracePath, speedscopePath, app, nativeAot, PackageMap.FromPublishDirectory(target.PublishDirectory, app), firstResponseMs, top);
    }

    private static TraceSummary Analyze(
        string nettracePath, string speedscopePath, string functionAssembly, FunctionTarget? nativeAot, PackageMap packages, double firstResponseMs, int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettracePath, Path.ChangeExtension(nettracePath, ".etlx"));
        try
        {
            using var log = new TraceLog(etlx);
            var runtime = RuntimeEvents.Read(log, nativeStacks: nativeAot is not null);
            var stacks = new MutableTraceEventStackSource(log);
            new SampleProfilerThreadTimeComputer(log, new SymbolReader(TextWriter.Null)).GenerateThreadTimeStacks(stacks);
            var samples = Samples(stacks);
            var withStacks = samples.Count(sample => sample.Frames.Length > 0);
            if (withStacks > 0)
            {
                SpeedScopeStackSourceWriter.WriteStackViewAsJson(stacks, speedscopePath);
            }

            var summary = Summarise(runtime, samples, functionAssembly, packages, firstResponseMs, top) with
            {
                CpuSamples = runtime.ProfilerSamples,
                SamplesWithStacks = runtime.ProfilerSamplesWithStacks,
                Exceptions = runtime.Exceptions.Take(top).ToList(),
                Modules = runtime.ModuleNames.Count,
            };
            return nativeAot is null ? summary : NativeAotSummary(summary, runtime, nativeAot, speedscopePath, top);
        }
        finally
        {
            File.Delete(etlx);
        }
    }

    /// <summary>
    /// A Native AOT build's trace: its samples named from the executable's symbols where the publish kept them (the app's
    /// own code is what the assemblies with a .pdb in the publish folder, and the executable's own, compiled to), and
    /// what the trace cannot hold, and why.
    /// </summary>
    private static TraceSummary NativeAotSummary(TraceSummary summary, RuntimeEvents runtime, FunctionTarget target, string speedscopePath, int top)
    {
        var appAssemblies = Directory.GetFiles(target.PublishDirectory, "*.pdb").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Append(Path.GetFileName(target.EntryPoint));
        var profile = NativeProfile.Build(runtime.NativeSamples, runtime.NativeImageBase, target.EntryPoint, appAssemblies, speedscopePath, top);
        summary = summary with { NativeAot = true, NotAvailable = NotInNativeAot(runtime.ProfilerSamples, profile) };
        return profile is null || profile.NamedSamples == 0
            ? summary
            : summary with
            {
                Members = profile.Own,
                StaticConstructors = profile.StaticConstructors,
                SampledMs = profile.OwnMs,
                HottestFunctions = profile.Hottest,
                SymbolsFile = profile.SymbolsFile,
                NamedSamples = profile.NamedSamples,
            };
    }

    /// <summary>
    /// What a Native AOT build's trace cannot hold, and why: its runtime's EventPipe emits GC, exception, module, lock and
    /// thread-pool events only, and no method events to name its samples' native stacks (the executable's symbols may).
    /// </summary>
    private static List<string> NotInNativeAot(int samples, NativeProfile? profile)
    {
        var missing = new List<string>
        {
            "JIT: none by design; Native AOT compiles every method ahead of time, so there is nothing to compile at start-up (and COLD401 does not apply)",
            "assembly loading: none at run time; the assemblies were compiled into the one executable",
            "type loading and static constructors as events: the Native AOT runtime emits no type-load events, and the compiler "
            + "runs many static constructors at build time (preinitialisation); the static constructors below are the ones the samples caught",
            "packages: a Native AOT publish has no deps.json, and its symbols carry assembly names only as mangled prefixes",
        };
        if (profile is null || profile.NamedSamples == 0)
        {
            missing.Add($"where the CPU time went (the function's members, static constructors, the flame graph): the sample profiler wrote "
                + $"{samples} samples with native stacks, but the Native AOT runtime emits no method events to name their addresses, and "
                + "the executable has no symbol table here (neither a .dbg file next to it nor its own); publish with the default "
                + "StripSymbols so the .dbg file is there, or profile with perf");
        }
        else
        {
            missing.Add("the rule findings that come from stacks (COLD101 file reads, COLD102, COLD103, COLD201, COLD202, COLD301, COLD302): "
                + "they match the managed frame names of a JIT build, not the compiler's symbol names; trace a JIT build of the same "
                + "function for them");
        }

        return missing;
    }

    /// <summary>Every sample as its frames, innermost first, each split into module and member, with its weight in ms.</summary>
    private static List<(Frame[] Frames, double Ms)> Samples(MutableTraceEventStackSource stacks)
    {
        var samples = new List<(Frame[], double)>();
        stacks.ForEach(sample =>
        {
            var frames = new List<Frame>();
            for (var index = sample.StackIndex; index != StackSourceCallStackIndex.Invalid; index = stacks.GetCallerIndex(index))
            {
                var name = stacks.GetFrameName(stacks.GetFrameIndex(index), false);
                var bang = name.IndexOf('!', StringComparison.Ordinal);
                // "?!?" is a frame nobody could name: a Native AOT stack, or native code.
                if (bang > 0 && name != "?!?")
                {
                    frames.Add(new Frame(name[..bang].ToLowerInvariant(), MemberName(name[(bang + 1)..])));
                }
            }

            samples.Add((frames.ToArray(), sample.Metric));
        });
        return samples;
    }

    private static TraceSummary Summarise(
        RuntimeEvents runtime, List<(Frame[] Frames, double Ms)> samples, string functionAssembly, PackageMap packageMap, double firstResponseMs, int top)
    {
        var own = functionAssembly.ToLowerInvariant();
        bool IsOwn(Frame f) => f.Module == own;
        bool IsPackage(Frame f) => f.Module != own && f.Module != Host && !runtime.IsFramework(f.Module);

        var members = new Dictionary<string, double>();
        var sampledByModule = new Dictionary<string, double>();
        var staticConstructors = new Dictionary<(string Member, bool Own), double>();
        var findings = new Dictionary<(string What, string Rule, string Why), double>();
        void Add<TKey>(Dictionary<TKey, double> totals, TKey key, double ms)
            where TKey : notnull
            => totals[key] = totals.GetValueOrDefault(key) + ms;

        foreach (var (frames, ms) in samples)
        {
            var innermostOwn = frames.FirstOrDefault(IsOwn);
            if (innermostOwn is not null)
            {
                Add(members, innermostOwn.Member, ms);
            }

            // The function's or a package's innermost frame: its own time and that of the framework code it called.
            var innermostShipped = frames.FirstOrDefault(f => IsOwn(f) || IsPackage(f));
            if (innermostShipped is not null)
            {
                Add(sampledByModule, innermostShipped.Module, ms);
            }

            foreach (var cctor in frames.Where(f => (IsOwn(f) || IsPackage(f)) && f.Member.EndsWith("..cctor", StringComparison.Ordinal)).Distinct())
            {
                Add(staticConstructors, (cctor.Member, IsOwn(cctor)), ms);
            }

            foreach (var finding in FindingsOf(frames, IsOwn, IsPackage))
            {
                Add(findings, finding, ms);
            }
        }

        var jitByAssembly = runtime.Jitted
            .GroupBy(m => m.Module)
            .Select(g => new JitByAssembly(
                runtime.AssemblyName(g.Key), runtime.IsFramework(g.Key), g.Count(), g.Sum(m => m.Ms), g.Count(m => runtime.IsReadyToRun(m.Module))))
            .OrderByDescending(j => j.Milliseconds)
            .ToList();

        var assemblies = AssemblyCosts(runtime, sampledByModule, own, packageMap);
        var allFindings = findings.Select(f => new Finding(f.Key.What, f.Value, f.Key.Rule, f.Key.Why)).ToList();
        allFindings.AddRange(JitFindings(runtime, samples, own));
        return new TraceSummary(
            functionAssembly,
            firstResponseMs,
            runtime.AssemblyLoading,
            new PhaseCost(runtime.Jitted.Count, runtime.Jitted.Sum(m => m.Ms)),
            runtime.TypeLoading,
            runtime.GarbageCollection,
            runtime.Jitted.Count(m => runtime.IsReadyToRun(m.Module)),
            jitByAssembly.Take(top).ToList(),
            members.OrderByDescending(m => m.Value).Take(top).Select(m => new Contributor(m.Key, m.Value, RuleOfMember(m.Key), null)).ToList(),
            // A package's rule is named where the trace found what the rule addresses, not for every package it could apply to.
            ByPackage(assemblies).Take(top)
                .Select(p => p.Rule is { } rule && allFindings.Any(f => rule.Contains(f.Rule, StringComparison.Ordinal)) ? p : p with { Rule = null })
                .ToList(),
            staticConstructors.OrderByDescending(c => c.Value).Take(top)
                .Select(c => new Contributor(c.Key.Member, c.Value, c.Key.Own ? "COLD101" : null, c.Key.Own ? null : "a package's own initialisation"))
                .ToList(),
            allFindings.OrderByDescending(f => f.Milliseconds).ToList(),
            runtime.SlowestTypeLoads.Take(top).ToList(),
            samples.Where(s => s.Frames.Any(f => IsOwn(f) || IsPackage(f))).Sum(s => s.Ms))
        {
            Assemblies = assemblies.Take(top).ToList(),
        };
    }

    /// <summary>What one stack shows that a rule addresses.</summary>
    private static IEnumerable<(string What, string Rule, string Why)> FindingsOf(Frame[] frames, Func<Frame, bool> isOwn, Func<Frame, bool> isPackage)
    {
        var ownFrames = frames.Where(isOwn).ToList();
        var cctor = ownFrames.FirstOrDefault(f => f.Member.EndsWith("..cctor", StringComparison.Ordinal));
        var ctor = ownFrames.FirstOrDefault(f => f.Member.EndsWith("..ctor", StringComparison.Ordinal));
        var init = cctor ?? ctor;
        // A file the static constructor reads itself: nothing but framework code between the read and the constructor.
        var read = Array.FindIndex(frames, f => f.Member.StartsWith("System.IO.File.", StringComparison.Ordinal));
        var reader = read < 0 ? null : frames.Skip(read + 1).FirstOrDefault(f => isOwn(f) || isPackage(f));
        var file = read < 0 ? null : frames[read];
        if (cctor is not null && file is not null && reader == cctor)
        {
            yield return ($"{TypeOf(cctor.Member)}'s static constructor reads a file ({file.Member})", "COLD101",
                "file I/O in static initialisation is paid on every cold start");
        }

        // The outermost client constructor is the type the code built; the inner ones are its base classes.
        var client = frames.Select(f => ClientConstructor().Match(f.Member)).LastOrDefault(m => m.Success);
        if (client is not null && ownFrames.Count > 0)
        {
            var clientType = client.Groups[1].Value;
            yield return init is not null
                ? ($"{clientType} constructed during init ({init.Member})", "COLD302", "built on every cold start, used on some paths only")
                : ($"{clientType} constructed in the handler ({ownFrames[^1].Member})", "COLD301", "built again on every invocation");
        }

        if (frames.Any(f => f.Member.Contains("DefaultLambdaJsonSerializer", StringComparison.Ordinal)
            || f.Member.Contains("CamelCaseLambdaJsonSerializer", StringComparison.Ordinal)))
        {
            yield return ("reflection-based Lambda serializer (DefaultLambdaJsonSerializer) reading the event and writing the response", "COLD202",
                "reflection metadata and JIT on the first invocation");
        }
        else if (ownFrames.Count > 0
            && frames.TakeWhile(f => !isOwn(f)).Any(f => f.Member.StartsWith("System.Text.Json.JsonSerializer.", StringComparison.Ordinal))
            && !frames.Any(f => f.Member.Contains("JsonTypeInfo`1", StringComparison.Ordinal) && f.Member.Contains("Generated", StringComparison.Ordinal)))
        {
            yield return ($"System.Text.Json called without a source-generated context ({ownFrames[0].Member})", "COLD201",
                "reflection metadata and JIT on first use");
        }

        if (ownFrames.Count > 0 && frames.Any(f => f.Module == "newtonsoft.json"))
        {
            yield return ($"Newtonsoft.Json serialisation ({ownFrames[0].Member})", "COLD201", "reflection only, heavy JIT on first use");
        }

        var scan = Array.FindIndex(frames, f => f.Member.StartsWith("System.Reflection.RuntimeAssembly.GetTypes", StringComparison.Ordinal)
            || f.Member.StartsWith("System.Activator.CreateInstance", StringComparison.Ordinal));
        var scanner = scan < 0 ? null : frames.Skip(scan).FirstOrDefault(isOwn);
        if (init is not null && scanner is not null)
        {
            yield return ($"reflection scanning during init ({scanner.Member} calls {frames[scan].Member})", "COLD103",
                "assembly scanning and Activator at start-up");
        }

        if (init is not null
            && frames.Any(f => f.Member.Contains("TaskAwaiter", StringComparison.Ordinal) && f.Member.EndsWith(".GetResult", StringComparison.Ordinal)))
        {
            yield return ($"blocking on asynchronous work during init ({init.Member})", "COLD102", "a thread waits while the function initialises");
        }
    }

    /// <summary>JIT in the function's and its packages' assemblies: ReadyToRun (COLD401) and the reflection serialisers (COLD201/202).</summary>
    private static IEnumerable<Finding> JitFindings(RuntimeEvents runtime, List<(Frame[] Frames, double Ms)> samples, string own)
    {
        var notPrecompiled = runtime.Jitted.Where(m => !runtime.IsFramework(m.Module) && m.Module != Host && !runtime.IsReadyToRun(m.Module)).ToList();
        if (notPrecompiled.Count > 0)
        {
            yield return new Finding(
                $"{notPrecompiled.Count} methods of the function and its packages JIT-compiled "
                + "(" + string.Join(", ", notPrecompiled.GroupBy(m => runtime.AssemblyName(m.Module)).OrderByDescending(g => g.Sum(m => m.Ms))
                    .Take(4).Select(g => g.Key)) + ")",
                notPrecompiled.Sum(m => m.Ms),
                "COLD401",
                "ReadyToRun would precompile them");
        }

        var reflectionSerializer = samples.Any(s => s.Frames.Any(f => f.Member.Contains("DefaultLambdaJsonSerializer", StringComparison.Ordinal)));
        var json = runtime.Jitted.Where(m => runtime.AssemblyName(m.Module) == "System.Text.Json" || m.IsDynamic).ToList();
        if (json.Count > 0 && (reflectionSerializer || runtime.Jitted.Any(m => m.Type.Contains("DefaultJsonTypeInfoResolver", StringComparison.Ordinal))))
        {
            yield return new Finding(
                $"JIT of the reflection-based JSON serialiser: {json.Count} System.Text.Json and generated accessor methods",
                json.Sum(m => m.Ms),
                reflectionSerializer ? "COLD202" : "COLD201",
                "a source-generated context needs none of it");
        }

        var newtonsoft = runtime.Jitted.Where(m => runtime.AssemblyName(m.Module) == "Newtonsoft.Json").ToList();
        if (newtonsoft.Count > 0)
        {
            yield return new Finding(
                $"JIT of Newtonsoft.Json: {newtonsoft.Count} methods", newtonsoft.Sum(m => m.Ms), "COLD201", "reflection only, never precompiled here");
        }

        _ = own;
    }

    /// <summary>
    /// Every assembly with a cost (JIT, loading, sampled time), each with where it came from: a NuGet package of the
    /// deps.json, one of the app's projects, the framework, or the tool's host. Costliest first.
    /// </summary>
    private static List<AssemblyCost> AssemblyCosts(RuntimeEvents runtime, Dictionary<string, double> sampledByModule, string own, PackageMap packageMap)
    {
        var jit = runtime.Jitted.GroupBy(m => m.Module).ToDictionary(g => g.Key, g => (Methods: g.Count(), Ms: g.Sum(m => m.Ms)));
        var loads = runtime.LoadMsByAssembly.ToDictionary(l => l.Key.ToLowerInvariant(), l => (Name: l.Key, Ms: l.Value));
        var modules = jit.Keys.Concat(loads.Keys).Concat(sampledByModule.Keys).Where(m => m != "?").Distinct();
        return modules
            .Select(module =>
            {
                var name = loads.TryGetValue(module, out var load) && runtime.AssemblyName(module) == module ? load.Name : runtime.AssemblyName(module);
                var package = packageMap.PackageOf(name);
                var origin = module == Host ? AssemblyOrigin.ToolHost
                    : package is not null ? AssemblyOrigin.Package
                    : module == own || packageMap.IsProject(name) ? AssemblyOrigin.Project
                    : runtime.IsFramework(module) ? AssemblyOrigin.Framework
                    : AssemblyOrigin.Other;
                var (methods, jitMs) = jit.GetValueOrDefault(module);
                return new AssemblyCost(name, origin, package, methods, jitMs, load.Ms, sampledByModule.GetValueOrDefault(module));
            })
            .OrderByDescending(a => a.JitMs + a.LoadMs + a.SampledMs)
            .ToList();
    }

    /// <summary>The assemblies' costs summed per NuGet package (the app's projects, the framework and the host are left out), costliest first.</summary>
    internal static IEnumerable<PackageCost> ByPackage(IEnumerable<AssemblyCost> assemblies)
        => assemblies
            .Where(a => a.Package is not null)
            .GroupBy(a => a.Package!)
            .Select(g => new PackageCost(
                g.Key.Id,
                g.Key.Version,
                g.Select(a => a.Assembly).Order(StringComparer.Ordinal).ToList(),
                g.Sum(a => a.JitMethods),
                g.Sum(a => a.JitMs),
                g.Sum(a => a.LoadMs),
                g.Sum(a => a.SampledMs),
                RuleOfPackage(g.Key.Id)))
            .OrderByDescending(p => p.JitMs + p.LoadMs + p.SampledMs);

    private static string? RuleOfMember(string member) => member.EndsWith("..cctor", StringComparison.Ordinal) ? "COLD101" : null;

    private static string? RuleOfPackage(string assembly) => assembly switch
    {
        "Newtonsoft.Json" => "COLD201",
        _ when assembly.StartsWith("AWSSDK.", StringComparison.Ordinal) => "COLD301/COLD302",
        _ => null,
    };

    private static string TypeOf(string member) => member[..member.LastIndexOf('.', member.Length - ".cctor".Length - 1)];

    /// <summary>Type.Method without the argument list; an async state machine's MoveNext is named after its method.</summary>
    internal static string MemberName(string frame)
    {
        var name = frame.IndexOf('(', StringComparison.Ordinal) is var paren and > 0 ? frame[..paren] : frame;
        var asyncMethod = AsyncStateMachine().Match(name);
        return asyncMethod.Success ? name[..asyncMethod.Index] + "." + asyncMethod.Groups[1].Value + " (async)" : name;
    }

    [GeneratedRegex(@"\+<(\w+)>d__\d+\.MoveNext$")]
    private static partial Regex AsyncStateMachine();

    [GeneratedRegex(@"^(Amazon\.[\w\.]+\.Amazon\w+Client)\.\.ctor$")]
    private static partial Regex ClientConstructor();

    private sealed record Frame(string Module, string Member);
}
