using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace ColdStart.Tool.Measuring;

/// <summary>The cold starts of one function on one event, summarised, with the samples and the machine they ran on.</summary>
public sealed record RunReport(
    string Function,
    FunctionKind Kind,
    string Event,
    Distribution InitDoneMs,
    Distribution FirstResponseMs,
    Distribution FirstInvocationMs,
    Distribution WarmInvocationMs,
    Distribution PeakMemoryMb,
    IReadOnlyList<ColdStartSample> Samples,
    MachineInfo Machine)
{
    public int Runs => Samples.Count;

    public static RunReport From(FunctionTarget target, string eventPath, IReadOnlyList<ColdStartSample> samples)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(samples);
        return new RunReport(
            target.Name,
            target.Kind,
            eventPath,
            Statistics.Describe(samples.Select(s => s.InitDoneMs)),
            Statistics.Describe(samples.Select(s => s.FirstResponseMs)),
            Statistics.Describe(samples.Select(s => s.FirstInvocationMs)),
            Statistics.Describe(samples.Select(s => s.WarmInvocationMs)),
            Statistics.Describe(samples.Select(s => s.PeakMemoryMb)),
            samples,
            MachineInfo.Current);
    }
}

/// <summary>Where the figures were measured: they mean little without it.</summary>
public sealed record MachineInfo(string Os, string Architecture, int ProcessorCount, string ToolRuntime)
{
    public static MachineInfo Current { get; } = new(
        RuntimeInformation.OSDescription, RuntimeInformation.OSArchitecture.ToString(), Environment.ProcessorCount, RuntimeInformation.FrameworkDescription);
}
