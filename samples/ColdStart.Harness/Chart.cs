using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace ColdStart.Harness;

/// <summary>Bars of p50 start → first response, grouped by event, one colour per variant, with p90 as a whisker.</summary>
internal static class Chart
{
    public static void Write(IReadOnlyList<VariantResult> results, string path)
    {
        var plot = new Plot();
        var variants = results.Select(r => r.Title).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        var groupWidth = variants.Count + 1;
        for (var group = 0; group < HarnessEvent.All.Length; group++)
        {
            foreach (var result in results.Where(r => r.Event == HarnessEvent.All[group].Name))
            {
                var index = variants.IndexOf(result.Title);
                bars.Add(new Bar
                {
                    Position = (group * groupWidth) + index,
                    Value = result.P50Ms,
                    Error = result.P90Ms - result.P50Ms,
                    FillColor = palette.GetColor(index),
                    Label = $"{result.P50Ms:F0}",
                });
            }
        }

        var series = plot.Add.Bars(bars.ToArray());
        series.ValueLabelStyle.FontSize = 10;
        plot.Axes.Bottom.SetTicks(
            HarnessEvent.All.Select((_, group) => (group * groupWidth) + ((variants.Count - 1) / 2.0)).ToArray(),
            HarnessEvent.All.Select(e => e.Title).ToArray());
        foreach (var (title, index) in variants.Select((title, index) => (title, index)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = title, FillColor = palette.GetColor(index) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Cold start: process start → first response, p50 (whisker: p90)");
        plot.YLabel("milliseconds");
        plot.SavePng(path, 1100, 550);
    }
}
