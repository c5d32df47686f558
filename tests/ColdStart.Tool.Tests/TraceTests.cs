using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using ColdStart.Tool.Tracing;
using Xunit;

namespace ColdStart.Tool.Tests;

/// <summary>A real trace of a test function: recorded from a suspended start, analysed, with a flame graph.</summary>
public sealed class TraceTests : IDisposable
{
    private const string Assembly = "ColdStart.Tool.TestFunctions";

    private readonly string _folder = Directory.CreateTempSubdirectory("coldstart-trace-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_trace_covers_the_start_up_from_process_start_and_writes_a_flame_graph()
    {
        var eventPath = Path.Combine(_folder, "event.json");
        File.WriteAllText(eventPath, "{\"name\":\"ada\",\"times\":1}");
        var target = FunctionTarget.Resolve(AppContext.BaseDirectory, $"{Assembly}::{Assembly}.ReadsSettingsAtInit::Handle");
        var launcher = new ColdStartLauncher(new Dictionary<string, string>(), TimeSpan.FromSeconds(30));
        var nettrace = Path.Combine(_folder, "f.nettrace");
        var speedscope = Path.Combine(_folder, "f.speedscope.json");

        var sample = await ColdStartTrace.RecordAsync(launcher, target, eventPath, nettrace, default);
        var summary = TraceAnalyzer.Analyze(nettrace, speedscope, target, sample.FirstResponseMs, 10);

        // From process start: the host's Main and the first assemblies are in the trace, not only what came after an attach.
        Assert.True(summary.AssemblyLoading.Count > 5, summary.AssemblyLoading.ToString());
        Assert.True(summary.Jit.Count > 10 && summary.TypeLoading.Count > 100, $"{summary.Jit} {summary.TypeLoading}");
        Assert.Contains(summary.JitByAssembly, j => j.Assembly == Assembly);
        // The host is ReadyToRun for the function's runtime, as Lambda's own runtime is: it adds next to no JIT of its own.
        Assert.DoesNotContain(summary.JitByAssembly, j => j.Assembly == "ColdStart.Tool.Host" && j.Methods > 10);
        Assert.True(new FileInfo(speedscope).Length > 1000);
        Assert.Contains("\"$schema\"", File.ReadAllText(speedscope), StringComparison.Ordinal);
        Assert.Contains(summary.Findings, f => f.Rule == "COLD401" && f.What.Contains(Assembly, StringComparison.Ordinal));
        // Its deps.json names it a project, not a package; the framework's assemblies are the framework's.
        Assert.Contains(summary.Assemblies, a => a.Assembly == Assembly && a.Origin == AssemblyOrigin.Project && a.JitMethods > 0);
        Assert.Contains(summary.Assemblies, a => a.Assembly == "System.Private.CoreLib" && a.Origin == AssemblyOrigin.Framework);
        Assert.Empty(summary.Packages);
        var markdown = TraceReport.Markdown(summary, nettrace, speedscope);
        Assert.Contains("| JIT (first compilations) |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {Assembly} | the app's project |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_native_executable_without_eventpipe_is_told_the_property_to_add_instead_of_waiting()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Stands in for a Native AOT build without EventSourceSupport: a native entry point (here a script starting the
        // test function) whose runtime has no diagnostic server, so it never connects and answers at once.
        var eventPath = Path.Combine(_folder, "event.json");
        File.WriteAllText(eventPath, "{\"name\":\"ada\",\"times\":1}");
        var bootstrap = Path.Combine(_folder, "bootstrap");
        File.WriteAllText(bootstrap, $"#!/bin/sh\nDOTNET_EnableDiagnostics=0 exec dotnet exec '{Path.Combine(AppContext.BaseDirectory, Assembly + ".dll")}'\n");
        File.SetUnixFileMode(bootstrap, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var target = new FunctionTarget(AppContext.BaseDirectory, FunctionKind.NativeExecutable, bootstrap, null);
        var launcher = new ColdStartLauncher(new Dictionary<string, string>(), TimeSpan.FromSeconds(60));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ColdStartException>(
            () => ColdStartTrace.RecordAsync(launcher, target, eventPath, Path.Combine(_folder, "b.nettrace"), default));

        Assert.Contains("<EventSourceSupport>true</EventSourceSupport>", error.Message, StringComparison.Ordinal);
        Assert.Contains("bootstrap is a Native AOT executable built without EventPipe", error.Message, StringComparison.Ordinal);
        // Told as soon as the function answered, not after the 30 s the recorder waits for a runtime to connect.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), clock.Elapsed.ToString());
    }

    [Fact]
    public void Trace_publishes_with_eventsource_support_unless_told_otherwise()
    {
        Assert.Equal(new[] { "PublishReadyToRun=true", "EventSourceSupport=true" }, Commands.TraceCommand.WithEventPipe(new[] { "PublishReadyToRun=true" }));
        Assert.Equal(new[] { "EventSourceSupport=false" }, Commands.TraceCommand.WithEventPipe(new[] { "EventSourceSupport=false" }));
    }

    [Theory]
    [InlineData("naive.function!Naive.Function.OrderFunction+<FunctionHandler>d__6.MoveNext()", "Naive.Function.OrderFunction.FunctionHandler (async)")]
    [InlineData("Naive.Function.OrderFunction..cctor()", "Naive.Function.OrderFunction..cctor")]
    [InlineData("Amazon.S3.AmazonS3Client..ctor(class Amazon.S3.AmazonS3Config)", "Amazon.S3.AmazonS3Client..ctor")]
    public void Frames_are_named_as_members(string frame, string member)
    {
        var bang = frame.IndexOf('!', StringComparison.Ordinal);
        Assert.Equal(member, TraceAnalyzer.MemberName(frame[(bang + 1)..]));
    }
}
