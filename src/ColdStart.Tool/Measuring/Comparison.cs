using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// Two builds measured in one run, in shuffled alternation (each round starts both, in a random order), so that
/// whatever else the machine does falls on both alike; ratios are of b to a, below 1 when b is faster.
/// </summary>
public sealed record Comparison(
    string LabelA,
    string LabelB,
    RunReport A,
    RunReport B,
    RatioEstimate InitDoneRatio,
    RatioEstimate FirstResponseRatio,
    RatioEstimate FirstInvocationRatio,
    RatioEstimate PeakMemoryRatio,
    int Seed)
{
    /// <summary>
    /// One unrecorded start of each, then <paramref name="runs"/> rounds; <paramref name="seed"/> fixes the order of
    /// every round, so a comparison can be repeated as it ran.
    /// </summary>
    public static async Task<Comparison> MeasureAsync(
        ColdStartLauncher launcher,
        (string Label, FunctionTarget Target) a,
        (string Label, FunctionTarget Target) b,
        string eventPath,
        int runs,
        int seed,
        Action<int>? onRound,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        if (runs < 2)
        {
            throw new ColdStartException("--runs must be at least 2 for a comparison (a ratio's interval needs two samples a side).");
        }

        await launcher.StartAsync(a.Target, eventPath, cancellationToken).ConfigureAwait(false);
        await launcher.StartAsync(b.Target, eventPath, cancellationToken).ConfigureAwait(false);
        var random = new Random(seed);
        var samplesA = new List<ColdStartSample>();
        var samplesB = new List<ColdStartSample>();
        for (var round = 1; round <= runs; round++)
        {
            var aFirst = random.Next(2) == 0;
            foreach (var isA in aFirst ? new[] { true, false } : new[] { false, true })
            {
                var sample = await launcher.StartAsync(isA ? a.Target : b.Target, eventPath, cancellationToken).ConfigureAwait(false);
                (isA ? samplesA : samplesB).Add(sample);
            }

            onRound?.Invoke(round);
        }

        return From(a.Label, b.Label, RunReport.From(a.Target, eventPath, samplesA), RunReport.From(b.Target, eventPath, samplesB), seed);
    }

    /// <summary>The ratios of two reports' samples.</summary>
    public static Comparison From(string labelA, string labelB, RunReport a, RunReport b, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        RatioEstimate Ratio(Func<ColdStartSample, double> metric)
            => Statistics.Ratio(a.Samples.Select(metric).ToArray(), b.Samples.Select(metric).ToArray(), seed: seed);
        return new Comparison(
            labelA,
            labelB,
            a,
            b,
            Ratio(s => s.InitDoneMs),
            Ratio(s => s.FirstResponseMs),
            Ratio(s => Math.Max(s.FirstInvocationMs, 0.001)),
            Ratio(s => Math.Max(s.PeakMemoryMb, 0.001)),
            seed);
    }
}
