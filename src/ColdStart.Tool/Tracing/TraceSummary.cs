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
    IReadOnlyList<Contributor> Packages,
    IReadOnlyList<Contributor> StaticConstructors,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<NamedCost> SlowestTypeLoads,
    double SampledMs);

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
