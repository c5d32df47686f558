using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using ColdStart.Tool.Tracing;
using Spectre.Console;

namespace ColdStart.Tool.Commands;

/// <summary><c>dotnet coldstart trace</c>: one cold start under EventPipe, explained.</summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("project-or-publish-dir") { Description = "A function project (published in Release first) or a publish folder." };
        var handler = CommonOptions.Handler();
        var eventFile = CommonOptions.Event();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder for the trace (.nettrace), the flame graph (.speedscope.json) and the summary (.md).",
            DefaultValueFactory = _ => "coldstart-trace",
        };
        var top = new Option<int>("--top") { Description = "How many contributors each list shows.", DefaultValueFactory = _ => 10 };
        var environment = CommonOptions.Environment();
        var properties = CommonOptions.Properties();
        var executable = CommonOptions.Executable();
        var timeout = CommonOptions.Timeout();
        var json = CommonOptions.Json();
        var command = new Command("trace", "Records one cold start with EventPipe from process start and explains where its time went.")
        {
            path, handler, eventFile, output, top, environment, properties, executable, timeout, json,
        };

        command.SetAction((result, cancellationToken) => ConsoleErrors.GuardAsync(() => TraceAsync(
            new FunctionSpec(result.GetValue(path)!, result.GetValue(handler), result.GetValue(executable), WithEventPipe(result.GetValue(properties)!)),
            result.GetValue(eventFile)!,
            Path.GetFullPath(result.GetValue(output)!),
            result.GetValue(top),
            new ColdStartLauncher(CommonOptions.ParseEnvironment(result.GetValue(environment)!), TimeSpan.FromSeconds(result.GetValue(timeout))),
            result.GetValue(json),
            cancellationToken)));
        return command;
    }

    /// <summary>
    /// A project is published with EventSource support: Native AOT leaves EventPipe and the diagnostic server out without
    /// it (a JIT build has it on already). A value the user gave wins.
    /// </summary>
    internal static IReadOnlyList<string> WithEventPipe(IReadOnlyList<string> properties)
        => properties.Any(p => p.StartsWith("EventSourceSupport=", StringComparison.OrdinalIgnoreCase))
            ? properties
            : properties.Append("EventSourceSupport=true").ToList();

    private static async Task<int> TraceAsync(
        FunctionSpec spec, string eventPath, string output, int top, ColdStartLauncher launcher, bool json, CancellationToken cancellationToken)
    {
        Action<string>? say = json ? null : message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
        var target = await ColdStartRun.PrepareAsync(spec, eventPath, say, cancellationToken);
        try
        {
            return await TraceAsync(target, eventPath, output, top, launcher, json, say, cancellationToken);
        }
        finally
        {
            ColdStartRun.CleanUp(target);
        }
    }

    private static async Task<int> TraceAsync(
        FunctionTarget target, string eventPath, string output, int top, ColdStartLauncher launcher, bool json, Action<string>? say,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(output);
        var name = Path.GetFileNameWithoutExtension(target.EntryPoint);
        var nettrace = Path.Combine(output, name + ".nettrace");
        say?.Invoke($"tracing one cold start of {RunCommand.Describe(target)}");
        var sample = await ColdStartTrace.RecordAsync(launcher, target, eventPath, nettrace, cancellationToken);
        say?.Invoke($"trace: {nettrace} ({new FileInfo(nettrace).Length / 1024} KB), first response at {sample.FirstResponseMs:F1} ms; analysing");
        var speedscope = Path.Combine(output, name + ".speedscope.json");
        File.Delete(speedscope);
        var summary = TraceAnalyzer.Analyze(nettrace, speedscope, target, sample.FirstResponseMs, top);
        var markdown = TraceReport.Markdown(summary, nettrace, File.Exists(speedscope) ? speedscope : null);
        var summaryPath = Path.Combine(output, name + ".summary.md");
        await File.WriteAllTextAsync(summaryPath, markdown, cancellationToken);
        if (json)
        {
            Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(summary, TraceJson.Options));
        }
        else
        {
            Console.Out.WriteLine(markdown);
            say!($"summary: {summaryPath}");
        }

        return ExitCodes.Success;
    }
}

/// <summary>The summary as JSON: snake_case names.</summary>
internal static class TraceJson
{
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        // An assembly's origin as a word ("package", "tool_host"), not an enum's number.
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower) },
    };
}
