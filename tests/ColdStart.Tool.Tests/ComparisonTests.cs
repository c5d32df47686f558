using System;
using System.IO;
using System.Linq;
using ColdStart.Tool.Commands;
using ColdStart.Tool.Measuring;
using Xunit;

namespace ColdStart.Tool.Tests;

public class ComparisonTests
{
    [Fact]
    public void Ratios_are_b_to_a_with_intervals_and_the_chart_is_a_png()
    {
        var target = new FunctionTarget("/publish", FunctionKind.ClassLibrary, "/publish/F.dll", new HandlerString("F", "F.T", "M"));
        var a = RunReport.From(target, "e.json", Enumerable.Range(0, 10).Select(i => new ColdStartSample(50 + i, 200 + i, 150, 1, 50)).ToArray());
        var b = RunReport.From(target, "e.json", Enumerable.Range(0, 10).Select(i => new ColdStartSample(50 + i, 100 + (i / 2.0), 50, 1, 25)).ToArray());

        var comparison = Comparison.From("naive", "optimized", a, b, seed: 1);

        Assert.InRange(comparison.FirstResponseRatio.Ratio, 0.49, 0.51);
        Assert.True(comparison.FirstResponseRatio.Low <= comparison.FirstResponseRatio.Ratio);
        Assert.True(comparison.FirstResponseRatio.High >= comparison.FirstResponseRatio.Ratio);
        Assert.Equal(1.0, comparison.InitDoneRatio.Ratio, 6);
        Assert.Equal(0.5, comparison.PeakMemoryRatio.Ratio, 6);

        var chart = Path.Combine(Path.GetTempPath(), "coldstart-compare-" + Guid.NewGuid().ToString("N") + ".png");
        try
        {
            CompareChart.Write(comparison, chart);
            var header = File.ReadAllBytes(chart).Take(4).ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header);
        }
        finally
        {
            File.Delete(chart);
        }
    }
}
