using System.Collections.Generic;

namespace ColdStart.Tool.Tracing;

/// <summary>
/// What one cold start spent its time on, from its EventPipe trace: the runtime's own phases (assembly loading, JIT,
/// type loading, GC) and the sampled stacks, attributed to the function's members and to the packages it ships, each
/// with the COLD rule that removes the cost where one does.
/// </summary>
public sealed record TraceSummary(
    string Function,
    double FirstResponseMs,
    PhaseCost AssemblyLoading,
    PhaseCost Jit,
    PhaseCost TypeLoading,
    PhaseCost GarbageCollection,
    int ReadyToRunRejections,
    IReadOnlyList<JitByAssembly> JitByAssembly,
    IReadOnlyList<Contributor> Members,
    IReadOnlyList<PackageCost> Packages,
    IReadOnlyList<Contributor> StaticConstructors,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<NamedCost> SlowestTypeLoads,
    double SampledMs)
{
    /// <summary>The function is a Native AOT executable: no JIT, no type or assembly loading at run time.</summary>
    public bool NativeAot { get; init; }

    /// <summary>How many thread-time samples the sample profiler wrote (all threads).</summary>
    public int CpuSamples { get; init; }

    /// <summary>How many of them carry a stack (none in a Native AOT trace).</summary>
    public int SamplesWithStacks { get; init; }

    /// <summary>What this trace cannot show for this kind of build, and why; empty for a JIT or ReadyToRun build.</summary>
    public IReadOnlyList<string> NotAvailable { get; init; } = [];

    /// <summary>Exceptions thrown before the first response (first chance), by type.</summary>
    public IReadOnlyList<ThrownExceptions> Exceptions { get; init; } = [];

    /// <summary>The modules the runtime reported loading.</summary>
    public int Modules { get; init; }

    /// <summary>Native AOT: the functions the samples spent most time in (innermost named frame, exclusive).</summary>
    public IReadOnlyList<Contributor> HottestFunctions { get; init; } = [];

    /// <summary>Native AOT: the file whose symbol table named the samples' addresses, if one did.</summary>
    public string? SymbolsFile { get; init; }

    /// <summary>Native AOT: how many samples had a named innermost frame.</summary>
    public int NamedSamples { get; init; }

    /// <summary>The costliest assemblies (JIT, loading, sampled time), each with its NuGet package where it came from one.</summary>
    public IReadOnlyList<AssemblyCost> Assemblies { get; init; } = [];
}

/// <summary>Where an assembly of the cold start came from.</summary>
public enum AssemblyOrigin
{
    /// <summary>A NuGet package listed in the app's deps.json.</summary>
    Package,

    /// <summary>The function's own project or a project it references.</summary>
    Project,

    /// <summary>The shared framework.</summary>
    Framework,

    /// <summary>The tool's class-library host, playing Lambda's managed runtime.</summary>
    ToolHost,

    /// <summary>Anything else: a dynamic module, or an assembly the deps.json does not list.</summary>
    Other,
}

/// <summary>
/// What one assembly cost the cold start: first JIT compilations (methods, ms), loading (ms, outermost spans), and sampled
/// time with its innermost frame of the function's or a package's code in it (ms, framework code it called included;
/// none for the framework's own assemblies).
/// </summary>
public sealed record AssemblyCost(
    string Assembly, AssemblyOrigin Origin, NuGetPackage? Package, int JitMethods, double JitMs, double LoadMs, double SampledMs);

/// <summary>The same costs summed over a NuGet package's assemblies, with the COLD rule that addresses the package where one does.</summary>
public sealed record PackageCost(
    string Package, string Version, IReadOnlyList<string> Assemblies, int JitMethods, double JitMs, double LoadMs, double SampledMs, string? Rule);

/// <summary>Exceptions of one type thrown during the cold start: how many, the first one's message and when (ms into the trace).</summary>
public sealed record ThrownExceptions(string Type, int Count, string FirstMessage, double FirstAtMs);

/// <summary>How many of something and how long they took in all (outermost spans, so nested work is counted once).</summary>
public sealed record PhaseCost(int Count, double Milliseconds);

/// <summary>Methods compiled at run time in one assembly: how many, how long, and how many of them had ReadyToRun code that was not used.</summary>
public sealed record JitByAssembly(string Assembly, bool IsFramework, int Methods, double Milliseconds, int ReadyToRunRejected);

/// <summary>A member or a package and the sampled time spent in it (and what it called that is not the function's own code).</summary>
public sealed record Contributor(string Name, double Milliseconds, string? Rule, string? Why);

/// <summary>Something the trace shows that a COLD rule addresses, with what it cost.</summary>
public sealed record Finding(string What, double Milliseconds, string Rule, string Why);

/// <summary>A name and a duration.</summary>
public sealed record NamedCost(string Name, double Milliseconds);
