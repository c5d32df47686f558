using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace ColdStart.Harness;

/// <summary>A bar chart of p50 start → first response per variant, with p90 as a whisker.</summary>
internal static class Chart
{
    public static void Write(IReadOnlyList<VariantResult> results, string path)
    {
        var plot = new Plot();
        var bars = results.Select((r, i) => new Bar
        {
            Position = i,
            Value = r.P50Ms,
            Error = r.P90Ms - r.P50Ms,
            Label = $"{r.P50Ms:F0} ms",
        }).ToArray();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(results.Select((_, i) => (double)i).ToArray(), results.Select(r => r.Title).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title("Cold start: process start → first response (bar: p50, whisker: ± p90 − p50)");
        plot.YLabel("milliseconds");
        plot.SavePng(path, 900, 500);
    }
}
