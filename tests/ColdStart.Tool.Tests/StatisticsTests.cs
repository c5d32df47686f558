using System;
using System.Linq;
using ColdStart.Tool.Measuring;
using Xunit;

namespace ColdStart.Tool.Tests;

public class StatisticsTests
{
    [Theory]
    [InlineData(0.5, 3)]
    [InlineData(0.9, 4.6)]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 5)]
    [InlineData(0.25, 2)]
    public void Percentiles_interpolate_between_ranks(double p, double expected)
    {
        Assert.Equal(expected, Statistics.Percentile(new double[] { 5, 1, 4, 2, 3 }, p), 9);
    }

    [Fact]
    public void One_value_is_every_percentile_and_no_value_is_an_error()
    {
        Assert.Equal(7, Statistics.Percentile(new double[] { 7 }, 0.9));
        Assert.Throws<ArgumentException>(() => Statistics.Percentile(Array.Empty<double>(), 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.Percentile(new double[] { 1 }, 1.5));
    }

    [Fact]
    public void Describe_gives_p50_p90_min_and_max()
    {
        var d = Statistics.Describe(Enumerable.Range(1, 11).Select(i => (double)i));
        Assert.Equal(new Distribution(6, 10, 1, 11), d);
    }

    [Fact]
    public void The_Hodges_Lehmann_shift_is_the_median_of_pairwise_differences()
    {
        // Differences y - x: 9, 8, 19, 18 → median 13.5.
        Assert.Equal(13.5, Statistics.HodgesLehmannShift(new double[] { 1, 2 }, new double[] { 10, 20 }));
    }

    [Fact]
    public void A_ratio_recovers_a_known_speed_up_with_an_interval_around_it_and_is_reproducible()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 30).Select(_ => 100 * Math.Exp(random.NextDouble() * 0.2)).ToArray();
        var b = a.Select(x => x * 0.5).Reverse().ToArray();
        var ratio = Statistics.Ratio(a, b);
        Assert.Equal(0.5, ratio.Ratio, 6);
        Assert.True(ratio.Low <= 0.5 && ratio.High >= 0.5, $"{ratio.Low}..{ratio.High}");
        Assert.True(ratio.High - ratio.Low < 0.1, $"{ratio.Low}..{ratio.High}");
        Assert.Equal(ratio, Statistics.Ratio(a, b));
    }

    [Fact]
    public void Equal_builds_give_an_interval_that_holds_one()
    {
        var random = new Random(5);
        var a = Enumerable.Range(0, 25).Select(_ => 50 + random.NextDouble() * 20).ToArray();
        var b = Enumerable.Range(0, 25).Select(_ => 50 + random.NextDouble() * 20).ToArray();
        var ratio = Statistics.Ratio(a, b);
        Assert.True(ratio.Low < 1 && ratio.High > 1, $"{ratio.Ratio}: {ratio.Low}..{ratio.High}");
    }

    [Fact]
    public void A_ratio_needs_two_positive_samples_a_side()
    {
        Assert.Throws<ArgumentException>(() => Statistics.Ratio(new double[] { 1 }, new double[] { 1, 2 }));
        Assert.Throws<ArgumentException>(() => Statistics.Ratio(new double[] { 0, 1 }, new double[] { 1, 2 }));
    }
}
