using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using Xunit;

namespace ColdStart.Tool.Tests;

/// <summary>
/// Real cold starts of the test functions (tests/ColdStart.Tool.TestFunctions, built next to these tests): what works is
/// timed, and every way a function can fail becomes a message with the function's output, never a stack trace.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private const string Assembly = "ColdStart.Tool.TestFunctions";

    private readonly string _event = Path.Combine(Path.GetTempPath(), "coldstart-tests-" + Guid.NewGuid().ToString("N") + ".json");

    public LauncherTests()
    {
        File.WriteAllText(_event, "{\"name\":\"ada\",\"times\":1}");
    }

    private static string Here => AppContext.BaseDirectory;

    public void Dispose() => File.Delete(_event);

    [Fact]
    public async Task A_class_library_handler_is_constructed_and_answers_twice()
    {
        var sample = await Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.Greeter::Greet"), _event);
        Assert.True(sample.InitDoneMs > 0 && sample.FirstResponseMs >= sample.InitDoneMs, sample.ToString());
        Assert.True(sample.WarmInvocationMs >= 0 && sample.PeakMemoryMb > 1, sample.ToString());
    }

    [Fact]
    public async Task A_static_stream_handler_needs_no_serializer_or_instance()
    {
        var sample = await Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.Greeter::Echo"), _event);
        Assert.True(sample.FirstResponseMs > 0);
    }

    [Fact]
    public async Task An_executable_answers_through_the_runtime_api()
    {
        var sample = await Launcher().StartAsync(FunctionTarget.Resolve(Here, null, Assembly), _event);
        Assert.Equal(FunctionKind.Executable, FunctionTarget.Resolve(Here, null, Assembly).Kind);
        Assert.True(sample.InitDoneMs > 0 && sample.FirstResponseMs > sample.InitDoneMs && sample.PeakMemoryMb > 1, sample.ToString());
    }

    [Fact]
    public async Task Later_events_are_answered_once_each_after_the_warm_invocation_by_the_host_and_over_the_runtime_api()
    {
        var later = new[] { _event, _event };
        var library = await Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.Greeter::Greet"), _event, later);
        var executable = await Launcher().StartAsync(FunctionTarget.Resolve(Here, null, Assembly), _event, later);
        Assert.Equal(2, library.LaterInvocationsMs.Count);
        Assert.Equal(2, executable.LaterInvocationsMs.Count);
        Assert.All(library.LaterInvocationsMs.Concat(executable.LaterInvocationsMs), ms => Assert.True(ms > 0, ms.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_self_hosted_program_is_started_as_it_is_and_timed_from_its_marks()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A program that speaks the host protocol with nothing behind it; under SnapStart the first invocation follows the restore.
        var folder = Directory.CreateTempSubdirectory("coldstart-selfhosted-").FullName;
        var program = Path.Combine(folder, "host");
        File.WriteAllText(program, """
            #!/bin/sh
            echo "@@coldstart init"
            sleep 0.2
            echo "@@coldstart restored"
            echo "@@coldstart first-response"
            echo "@@coldstart done 1.5 0.5 12.0 0.25"
            """.Replace("\r", "", StringComparison.Ordinal));
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var target = FunctionTarget.SelfHosted(folder, "host");
            var sample = await Launcher().StartAsync(target, _event, new[] { _event });
            Assert.Equal(FunctionKind.SelfHosted, target.Kind);
            Assert.True(sample.SnapStartHooksMs >= 150 && sample.FirstInvocationMs < sample.SnapStartHooksMs, sample.ToString());
            Assert.Equal((0.5, 12.0), (sample.WarmInvocationMs, sample.PeakMemoryMb));
            Assert.Equal(new[] { 0.25 }, sample.LaterInvocationsMs);
            var error = await Assert.ThrowsAsync<ColdStartException>(() => Launcher().StartAsync(target, _event));
            Assert.Equal("The host reported 1 later invocation(s) for 0 later event(s).", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Greeter::Great", "names nothing: The type 'ColdStart.Tool.TestFunctions.Greeter' has no method 'Great' (it has: Greet, Echo")]
    [InlineData("Greter::Greet", "has no type 'ColdStart.Tool.TestFunctions.Greter'")]
    public async Task A_handler_string_that_names_nothing_says_what_is_missing(string typeAndMethod, string expected)
    {
        var error = await Assert.ThrowsAsync<ColdStartException>(
            () => Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.{typeAndMethod}"), _event));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_in_an_assembly_that_is_not_there_is_caught_before_anything_starts()
    {
        var error = Assert.Throws<ColdStartException>(() => FunctionTarget.Resolve(Here, "Missing.Function::T::M"));
        Assert.Contains("has no Missing.Function.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_the_serializer_rejects_is_named_as_such()
    {
        File.WriteAllText(_event, "{\"name\":\"ada\",\"times\":\"many\"}");
        var error = await Assert.ThrowsAsync<ColdStartException>(
            () => Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.Greeter::Greet"), _event));
        Assert.StartsWith("The event does not fit the handler: The serializer DefaultLambdaJsonSerializer rejected the event as Greeting", error.Message);
    }

    [Fact]
    public async Task A_class_library_crash_during_init_shows_the_exception_and_the_output()
    {
        var error = await Assert.ThrowsAsync<ColdStartException>(
            () => Launcher().StartAsync(FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.CrashesDuringInit::Handle"), _event));
        Assert.Contains("threw during init: System.IO.FileNotFoundException: settings.json is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("reading settings.json", error.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_executable_crash_during_init_shows_its_output()
    {
        var error = await Assert.ThrowsAsync<ColdStartException>(() => Launcher(("COLDSTART_TEST_MODE", "crash-init"))
            .StartAsync(FunctionTarget.Resolve(Here, null, Assembly), _event));
        Assert.Contains("without ever asking the Runtime API for an invocation", error.Message, StringComparison.Ordinal);
        Assert.Contains("connecting to the database", error.Output, StringComparison.Ordinal);
        Assert.Contains("no connection string", error.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_executable_whose_handler_throws_reports_the_invocation_error()
    {
        File.WriteAllText(_event, "{\"name\":\"ada\",\"times\":-1}");
        var error = await Assert.ThrowsAsync<ColdStartException>(() => Launcher().StartAsync(FunctionTarget.Resolve(Here, null, Assembly), _event));
        Assert.Contains("invocation error to the Runtime API: ArgumentException", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_function_that_never_answers_is_stopped_at_the_timeout(bool classLibrary)
    {
        var target = classLibrary ? FunctionTarget.Resolve(Here, $"{Assembly}::{Assembly}.NeverAnswers::Handle") : FunctionTarget.Resolve(Here, null, Assembly);
        var launcher = new ColdStartLauncher(new Dictionary<string, string> { ["COLDSTART_TEST_MODE"] = "never" }, TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<ColdStartException>(() => launcher.StartAsync(target, _event));
        Assert.StartsWith("The function did not answer within 2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_no_executable_and_no_handler_says_how_to_name_one()
    {
        var empty = Directory.CreateTempSubdirectory("coldstart-empty").FullName;
        var error = Assert.Throws<ColdStartException>(() => FunctionTarget.Resolve(empty, null));
        Assert.Contains("--handler", error.Message, StringComparison.Ordinal);
        Assert.Throws<ColdStartException>(() => FunctionTarget.Resolve(Path.Combine(empty, "missing"), null));
    }

    [Fact]
    public async Task A_project_that_does_not_build_gives_the_compiler_errors()
    {
        var project = Directory.CreateTempSubdirectory("coldstart-broken").FullName;
        File.WriteAllText(Path.Combine(project, "Broken.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(project, "Broken.cs"), "public class Broken { public void M() { int x = \"text\"; } }");
        var error = await Assert.ThrowsAsync<ColdStartException>(
            () => FunctionPublisher.PublishOrUseAsync(project, Path.Combine(project, "out"), Array.Empty<string>()));
        Assert.Contains("dotnet publish Broken.csproj failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("error CS0029", error.Output, StringComparison.Ordinal);
    }

    private static ColdStartLauncher Launcher(params (string Name, string Value)[] environment)
    {
        var variables = new Dictionary<string, string>();
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return new ColdStartLauncher(variables, TimeSpan.FromSeconds(20));
    }
}

public class HostChoiceTests
{
    [Theory]
    [InlineData("net8.0", "net8.0")]
    [InlineData("net9.0", "net8.0")]
    [InlineData("net10.0", "net10.0")]
    [InlineData("net11.0", "net10.0")]
    [InlineData(null, "net8.0")]
    public void The_host_is_the_newest_the_functions_runtime_can_run(string? functionFramework, string expectedHost)
    {
        var publish = Directory.CreateTempSubdirectory("coldstart-host-choice").FullName;
        File.WriteAllText(Path.Combine(publish, "F.dll"), "");
        if (functionFramework is not null)
        {
            File.WriteAllText(Path.Combine(publish, "F.runtimeconfig.json"), "{ \"runtimeOptions\": { \"tfm\": \"" + functionFramework + "\" } }");
        }

        var target = new FunctionTarget(publish, FunctionKind.ClassLibrary, Path.Combine(publish, "F.dll"), new HandlerString("F", "T", "M"));
        var host = new ColdStartLauncher(new Dictionary<string, string>(), TimeSpan.FromSeconds(1)).HostFor(target);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "host", expectedHost, "ColdStart.Tool.Host.dll"), host);
    }
}
