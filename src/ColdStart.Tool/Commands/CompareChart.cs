using System.Linq;
using ColdStart.Tool.Measuring;
using ScottPlot;

namespace ColdStart.Tool.Commands;

/// <summary>Every cold start of both builds, round by round, with each build's median as a line: a PNG.</summary>
internal static class CompareChart
{
    public static void Write(Comparison comparison, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        Series(plot, comparison.LabelA, comparison.A, palette.GetColor(0));
        Series(plot, comparison.LabelB, comparison.B, palette.GetColor(1));
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(
            $"Process start → first response: {comparison.LabelB} / {comparison.LabelA} = {comparison.FirstResponseRatio.Ratio:F2} "
            + $"(95 % CI {comparison.FirstResponseRatio.Low:F2}–{comparison.FirstResponseRatio.High:F2})");
        plot.XLabel("round (both builds started once per round, in shuffled order)");
        plot.YLabel("milliseconds");
        plot.Axes.SetLimitsY(0, System.Math.Max(comparison.A.FirstResponseMs.Max, comparison.B.FirstResponseMs.Max) * 1.1);
        plot.SavePng(path, 1000, 500);
    }

    private static void Series(Plot plot, string label, RunReport report, Color color)
    {
        var xs = Enumerable.Range(1, report.Runs).Select(i => (double)i).ToArray();
        var ys = report.Samples.Select(s => s.FirstResponseMs).ToArray();
        var points = plot.Add.Scatter(xs, ys, color);
        points.LineWidth = 0;
        points.MarkerSize = 7;
        points.LegendText = $"{label} (p50 {report.FirstResponseMs.P50:F1} ms)";
        var median = plot.Add.HorizontalLine(report.FirstResponseMs.P50, 1, color, LinePattern.Dashed);
        median.LegendText = "";
    }
}
