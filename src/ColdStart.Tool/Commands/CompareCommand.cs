using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using Spectre.Console;

namespace ColdStart.Tool.Commands;

/// <summary><c>dotnet coldstart compare a b</c>: two builds in shuffled alternation in one run, ratios with intervals, a chart.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "The baseline: a function project or a publish folder." };
        var b = new Argument<string>("b") { Description = "The build to compare with it (ratios are b / a)." };
        var handler = CommonOptions.Handler();
        var handlerB = new Option<string?>("--handler-b") { Description = "b's handler string, when it differs from --handler." };
        var eventFile = CommonOptions.Event();
        var runs = CommonOptions.Runs(20);
        var properties = CommonOptions.Properties();
        var propertiesA = new Option<string[]>("--property-a")
        {
            Description = "Name=Value, an MSBuild property for publishing a only. Repeatable.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var propertiesB = new Option<string[]>("--property-b")
        {
            Description = "Name=Value, an MSBuild property for publishing b only (e.g. PublishReadyToRun=true). Repeatable.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var labelA = new Option<string?>("--label-a") { Description = "What the report calls a (default: its folder or project name)." };
        var labelB = new Option<string?>("--label-b") { Description = "What the report calls b." };
        var chart = new Option<string>("--chart")
        {
            Description = "Where to write the chart (PNG) of every cold start of both.",
            DefaultValueFactory = _ => "coldstart-compare.png",
        };
        var seed = new Option<int>("--seed") { Description = "Seeds the order within each round and the bootstrap.", DefaultValueFactory = _ => 1 };
        var environment = CommonOptions.Environment();
        var executable = CommonOptions.Executable();
        var timeout = CommonOptions.Timeout();
        var json = CommonOptions.Json();
        var command = new Command("compare", "Starts two builds cold in shuffled alternation and reports b / a with 95 % confidence intervals and a chart.")
        {
            a, b, handler, handlerB, eventFile, runs, properties, propertiesA, propertiesB, labelA, labelB, chart, seed, environment, executable,
            timeout, json,
        };

        command.SetAction((result, cancellationToken) => ConsoleErrors.GuardAsync(() =>
        {
            var shared = result.GetValue(properties)!;
            var specA = new FunctionSpec(
                result.GetValue(a)!, result.GetValue(handler), result.GetValue(executable), shared.Concat(result.GetValue(propertiesA)!).ToArray());
            var specB = new FunctionSpec(
                result.GetValue(b)!,
                result.GetValue(handlerB) ?? result.GetValue(handler),
                result.GetValue(executable),
                shared.Concat(result.GetValue(propertiesB)!).ToArray());
            return CompareAsync(
                (result.GetValue(labelA) ?? Label(specA.Path, "a"), specA),
                (result.GetValue(labelB) ?? Label(specB.Path, "b"), specB),
                result.GetValue(eventFile)!,
                result.GetValue(runs),
                result.GetValue(seed),
                result.GetValue(chart)!,
                new ColdStartLauncher(CommonOptions.ParseEnvironment(result.GetValue(environment)!), TimeSpan.FromSeconds(result.GetValue(timeout))),
                result.GetValue(json),
                cancellationToken);
        }));
        return command;
    }

    private static async Task<int> CompareAsync(
        (string Label, FunctionSpec Spec) a,
        (string Label, FunctionSpec Spec) b,
        string eventPath,
        int runs,
        int seed,
        string chartPath,
        ColdStartLauncher launcher,
        bool json,
        CancellationToken cancellationToken)
    {
        if (a.Label == b.Label)
        {
            b = (b.Label + " (b)", b.Spec);
        }

        Action<string>? say = json ? null : message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
        FunctionTarget? targetA = null, targetB = null;
        try
        {
            targetA = await ColdStartRun.PrepareAsync(a.Spec, eventPath, say, cancellationToken);
            targetB = await ColdStartRun.PrepareAsync(b.Spec, eventPath, say, cancellationToken);
            return await MeasureAsync(a.Label, targetA, b.Label, targetB, eventPath, runs, seed, chartPath, launcher, json, say, cancellationToken);
        }
        finally
        {
            ColdStartRun.CleanUp(targetA);
            ColdStartRun.CleanUp(targetB);
        }
    }

    private static async Task<int> MeasureAsync(
        string labelA,
        FunctionTarget targetA,
        string labelB,
        FunctionTarget targetB,
        string eventPath,
        int runs,
        int seed,
        string chartPath,
        ColdStartLauncher launcher,
        bool json,
        Action<string>? say,
        CancellationToken cancellationToken)
    {
        var a = (Label: labelA, Target: targetA);
        var b = (Label: labelB, Target: targetB);
        Comparison comparison;
        if (json)
        {
            comparison = await Comparison.MeasureAsync(launcher, a, b, eventPath, runs, seed, null, cancellationToken);
        }
        else
        {
            say!($"a = {a.Label}: {RunCommand.Describe(targetA)}");
            say!($"b = {b.Label}: {RunCommand.Describe(targetB)}");
            comparison = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"{runs} rounds of a and b", maxValue: runs);
                    return await Comparison.MeasureAsync(
                        launcher, a, b, eventPath, runs, seed, round => task.Value = round, cancellationToken);
                });
        }

        var chart = Path.GetFullPath(chartPath);
        CompareChart.Write(comparison, chart);
        if (json)
        {
            Console.Out.WriteLine(Json(comparison, chart));
        }
        else
        {
            Render(comparison, chart);
        }

        return ExitCodes.Success;
    }

    private static string Label(string path, string fallback)
    {
        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        return string.IsNullOrEmpty(name) ? fallback : name;
    }

    private static void Render(Comparison c, string chart)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"b / a, {c.A.Runs} rounds in shuffled alternation")
            .AddColumn("")
            .AddColumn(new TableColumn($"a: {Markup.Escape(c.LabelA)} p50").RightAligned())
            .AddColumn(new TableColumn($"b: {Markup.Escape(c.LabelB)} p50").RightAligned())
            .AddColumn(new TableColumn("b / a").RightAligned())
            .AddColumn(new TableColumn("95 % CI").RightAligned());
        void Row(string name, Distribution da, Distribution db, RatioEstimate ratio, string unit, bool bold = false)
        {
            var (open, close) = bold ? ("[bold]", "[/]") : ("", "");
            table.AddRow(
                open + name + close,
                open + RunRendering.Format(da.P50, unit) + close,
                open + RunRendering.Format(db.P50, unit) + close,
                open + ratio.Ratio.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + close,
                $"{ratio.Low.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}–"
                + ratio.High.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        }

        Row("process start → init done", c.A.InitDoneMs, c.B.InitDoneMs, c.InitDoneRatio, "ms");
        Row("process start → first response", c.A.FirstResponseMs, c.B.FirstResponseMs, c.FirstResponseRatio, "ms", bold: true);
        Row("first invocation", c.A.FirstInvocationMs, c.B.FirstInvocationMs, c.FirstInvocationRatio, "ms");
        Row("peak memory", c.A.PeakMemoryMb, c.B.PeakMemoryMb, c.PeakMemoryRatio, "MB");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(
            "[grey]Ratio: Hodges–Lehmann estimate on the log scale; interval: percentile bootstrap (2,000 resamples, "
            + $"seed {c.Seed}).[/]");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(c.A.Machine.Os)}, {c.A.Machine.ProcessorCount} cores; chart: {Markup.Escape(chart)}[/]");
    }

    private static string Json(Comparison c, string chart)
    {
        static JsonObject Ratio(RatioEstimate r) => new()
        {
            ["ratio"] = ReportJson.Round(r.Ratio),
            ["ci_low"] = ReportJson.Round(r.Low),
            ["ci_high"] = ReportJson.Round(r.High),
            ["confidence"] = r.Confidence,
        };

        var json = new JsonObject
        {
            ["a"] = new JsonObject { ["label"] = c.LabelA, ["report"] = ReportJson.RunNode(c.A) },
            ["b"] = new JsonObject { ["label"] = c.LabelB, ["report"] = ReportJson.RunNode(c.B) },
            ["ratios_b_to_a"] = new JsonObject
            {
                ["init_done"] = Ratio(c.InitDoneRatio),
                ["first_response"] = Ratio(c.FirstResponseRatio),
                ["first_invocation"] = Ratio(c.FirstInvocationRatio),
                ["peak_memory"] = Ratio(c.PeakMemoryRatio),
            },
            ["seed"] = c.Seed,
            ["chart"] = chart,
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
