using System;
using System.Collections.Generic;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// One cold start, in milliseconds from the moment the process was started: when init was done (the handler type was
/// constructed, or the function first asked the Runtime API for work) and when the first response arrived; the first
/// and a warm invocation's own durations (timed by the host in its process, or between ask and answer on the Runtime
/// API); the process's peak resident memory.
/// </summary>
public sealed record ColdStartSample(double InitDoneMs, double FirstResponseMs, double FirstInvocationMs, double WarmInvocationMs, double PeakMemoryMb)
{
    /// <summary>
    /// Under a simulated SnapStart (a host that runs the function's before-snapshot and after-restore hooks between init
    /// and the first invocation), how long the hooks took; the first invocation is timed from their end. 0 otherwise.
    /// </summary>
    public double SnapStartHooksMs { get; init; }

    /// <summary>The duration of each invocation with a later event, after the warm one, in the order the events were given.</summary>
    public IReadOnlyList<double> LaterInvocationsMs { get; init; } = Array.Empty<double>();
}
