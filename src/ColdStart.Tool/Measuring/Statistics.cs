using System;
using System.Collections.Generic;
using System.Linq;

namespace ColdStart.Tool.Measuring;

/// <summary>The figures the reports print, as pure functions over samples.</summary>
public static class Statistics
{
    /// <summary>The <paramref name="p"/> quantile (0..1), linear between the closest ranks (R type 7, Excel's PERCENTILE.INC).</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (p is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is between 0 and 1.");
        }

        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>p50, p90, min and max of <paramref name="values"/>.</summary>
    public static Distribution Describe(IEnumerable<double> values)
    {
        var array = values.ToArray();
        return new Distribution(Percentile(array, 0.5), Percentile(array, 0.9), array.Min(), array.Max());
    }

    /// <summary>
    /// The ratio of <paramref name="b"/> to <paramref name="a"/> as the Hodges–Lehmann estimate on the log scale (the
    /// median of every pairwise log ratio, exponentiated), with a percentile-bootstrap confidence interval of that
    /// estimate (<paramref name="resamples"/> resamples of each side, a fixed seed so a report is reproducible).
    /// Below 1, b is faster.
    /// </summary>
    public static RatioEstimate Ratio(IReadOnlyList<double> a, IReadOnlyList<double> b, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count < 2 || b.Count < 2)
        {
            throw new ArgumentException("A ratio with an interval needs at least two samples on each side.");
        }

        if (a.Concat(b).Any(v => v <= 0))
        {
            throw new ArgumentException("Times must be positive.");
        }

        var logA = a.Select(v => Math.Log(v)).ToArray();
        var logB = b.Select(v => Math.Log(v)).ToArray();
        var estimate = Math.Exp(HodgesLehmannShift(logA, logB));
        var random = new Random(seed);
        var bootstrap = new double[resamples];
        var resampleA = new double[logA.Length];
        var resampleB = new double[logB.Length];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < resampleA.Length; i++)
            {
                resampleA[i] = logA[random.Next(logA.Length)];
            }

            for (var i = 0; i < resampleB.Length; i++)
            {
                resampleB[i] = logB[random.Next(logB.Length)];
            }

            bootstrap[r] = HodgesLehmannShift(resampleA, resampleB);
        }

        var tail = (1 - confidence) / 2;
        return new RatioEstimate(estimate, Math.Exp(Percentile(bootstrap, tail)), Math.Exp(Percentile(bootstrap, 1 - tail)), confidence);
    }

    /// <summary>The Hodges–Lehmann shift of y against x: the median of every difference y_j − x_i.</summary>
    public static double HodgesLehmannShift(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var differences = new double[x.Count * y.Count];
        var k = 0;
        foreach (var yj in y)
        {
            foreach (var xi in x)
            {
                differences[k++] = yj - xi;
            }
        }

        return Median(differences);
    }
}

/// <summary>Median, 90th percentile, minimum and maximum.</summary>
public sealed record Distribution(double P50, double P90, double Min, double Max);

/// <summary>A ratio and its confidence interval (e.g. 0.95 for 95 %).</summary>
public sealed record RatioEstimate(double Ratio, double Low, double High, double Confidence);
