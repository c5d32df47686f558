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
        var summary = TraceAnalyzer.Analyze(nettrace, speedscope, Assembly, sample.FirstResponseMs, 10);

        // From process start: the host's Main and the first assemblies are in the trace, not only what came after an attach.
        Assert.True(summary.AssemblyLoading.Count > 5, summary.AssemblyLoading.ToString());
        Assert.True(summary.Jit.Count > 10 && summary.TypeLoading.Count > 100, $"{summary.Jit} {summary.TypeLoading}");
        Assert.Contains(summary.JitByAssembly, j => j.Assembly == Assembly);
        // The host is ReadyToRun for the function's runtime, as Lambda's own runtime is: it adds next to no JIT of its own.
        Assert.DoesNotContain(summary.JitByAssembly, j => j.Assembly == "ColdStart.Tool.Host" && j.Methods > 10);
        Assert.True(new FileInfo(speedscope).Length > 1000);
        Assert.Contains("\"$schema\"", File.ReadAllText(speedscope), StringComparison.Ordinal);
        Assert.Contains(summary.Findings, f => f.Rule == "COLD401" && f.What.Contains(Assembly, StringComparison.Ordinal));
        var markdown = TraceReport.Markdown(summary, nettrace, speedscope);
        Assert.Contains("| JIT (first compilations) |", markdown, StringComparison.Ordinal);
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
