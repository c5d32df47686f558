using System.Globalization;
using ColdStart.Tool.Measuring;
using Spectre.Console;

namespace ColdStart.Tool.Commands;

/// <summary>The console report of <c>run</c>: one row per phase, the machine underneath.</summary>
internal static class RunRendering
{
    public static void Write(RunReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(report.Function)} — {report.Runs} cold starts")
            .AddColumn("")
            .AddColumn(new TableColumn("p50").RightAligned())
            .AddColumn(new TableColumn("p90").RightAligned())
            .AddColumn(new TableColumn("min").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned());
        Row(table, "process start → init done", report.InitDoneMs, "ms");
        Row(table, "process start → first response", report.FirstResponseMs, "ms", bold: true);
        Row(table, "first invocation", report.FirstInvocationMs, "ms");
        Row(table, "warm invocation", report.WarmInvocationMs, "ms");
        Row(table, "peak memory", report.PeakMemoryMb, "MB");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(
            $"[grey]{Markup.Escape(report.Machine.Os)}, {report.Machine.Architecture}, {report.Machine.ProcessorCount} cores; "
            + $"tool on {Markup.Escape(report.Machine.ToolRuntime)}[/]");
    }

    private static void Row(Table table, string name, Distribution d, string unit, bool bold = false)
    {
        string Cell(double value) => (bold ? "[bold]" : "") + Format(value, unit) + (bold ? "[/]" : "");
        table.AddRow(bold ? $"[bold]{name}[/]" : name, Cell(d.P50), Cell(d.P90), Cell(d.Min), Cell(d.Max));
    }

    internal static string Format(double value, string unit)
        => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) + " " + unit;
}
