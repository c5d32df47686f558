namespace ColdStart.Tool.Measuring;

/// <summary>
/// One cold start, in milliseconds from the moment the process was started: when init was done (the handler type was
/// constructed, or the function first asked the Runtime API for work) and when the first response arrived; the first
/// and a warm invocation's own durations; the process's peak resident memory.
/// </summary>
public sealed record ColdStartSample(double InitDoneMs, double FirstResponseMs, double FirstInvocationMs, double WarmInvocationMs, double PeakMemoryMb);
