using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using Spectre.Console;

namespace ColdStart.Tool.Commands;

/// <summary><c>dotnet coldstart run</c>: N cold starts of one function, summarised; <c>--budget</c> for CI.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("project-or-publish-dir") { Description = "A function project (published in Release first) or a publish folder." };
        var handler = CommonOptions.Handler();
        var eventFile = CommonOptions.Event();
        var runs = CommonOptions.Runs(20);
        var budget = new Option<double?>("--budget")
        {
            Description = "Milliseconds: exit with code 1 when the p50 of process start to first response is over it (for CI).",
        };
        var environment = CommonOptions.Environment();
        var properties = CommonOptions.Properties();
        var executable = CommonOptions.Executable();
        var timeout = CommonOptions.Timeout();
        var json = CommonOptions.Json();
        var command = new Command("run", "Starts the function cold in fresh processes, the way Lambda does, and reports the times.")
        {
            path, handler, eventFile, runs, budget, environment, properties, executable, timeout, json,
        };

        command.SetAction((result, cancellationToken) => ConsoleErrors.GuardAsync(() => RunAsync(
            new FunctionSpec(result.GetValue(path)!, result.GetValue(handler), result.GetValue(executable), result.GetValue(properties)!),
            result.GetValue(eventFile)!,
            result.GetValue(runs),
            result.GetValue(budget),
            CommonOptions.ParseEnvironment(result.GetValue(environment)!),
            TimeSpan.FromSeconds(result.GetValue(timeout)),
            result.GetValue(json),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(
        FunctionSpec spec, string eventPath, int runs, double? budget, System.Collections.Generic.IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout, bool json, CancellationToken cancellationToken)
    {
        var launcher = new ColdStartLauncher(environment, timeout);
        Action<string>? say = json ? null : message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
        var target = await ColdStartRun.PrepareAsync(spec, eventPath, say, cancellationToken);
        try
        {
            return await MeasureAsync(launcher, target, eventPath, runs, budget, json, cancellationToken);
        }
        finally
        {
            ColdStartRun.CleanUp(target);
        }
    }

    private static async Task<int> MeasureAsync(
        ColdStartLauncher launcher, FunctionTarget target, string eventPath, int runs, double? budget, bool json, CancellationToken cancellationToken)
    {
        RunReport report;
        if (json)
        {
            report = RunReport.From(target, eventPath, await ColdStartRun.MeasureAsync(launcher, target, eventPath, runs, null, cancellationToken));
        }
        else
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(Describe(target))}[/]");
            var samples = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"{runs} cold starts", maxValue: runs);
                    return await ColdStartRun.MeasureAsync(launcher, target, eventPath, runs, done => task.Value = done, cancellationToken);
                });
            report = RunReport.From(target, eventPath, samples);
        }

        var overBudget = budget is { } limit && report.FirstResponseMs.P50 > limit;
        if (json)
        {
            Console.Out.WriteLine(ReportJson.Run(report, budget, overBudget));
        }
        else
        {
            RunRendering.Write(report);
            if (budget is { } limit2)
            {
                AnsiConsole.MarkupLine(overBudget
                    ? $"[red]Over budget:[/] p50 start to first response {report.FirstResponseMs.P50:F1} ms > {limit2:0.#} ms."
                    : $"[green]Within budget:[/] p50 start to first response {report.FirstResponseMs.P50:F1} ms <= {limit2:0.#} ms.");
            }
        }

        return overBudget ? ExitCodes.OverBudget : ExitCodes.Success;
    }

    internal static string Describe(FunctionTarget target) => target.Kind switch
    {
        FunctionKind.ClassLibrary => $"class-library handler {target.Handler} in {target.PublishDirectory}",
        FunctionKind.NativeExecutable => $"Native AOT executable {target.EntryPoint}, against a local Runtime API",
        FunctionKind.SelfHosted => $"self-hosted function {target.EntryPoint}, over the host protocol",
        _ => $"executable {target.EntryPoint}, against a local Runtime API",
    };
}
