using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ColdStart.Harness.LocalAws;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// `dotnet coldstart` as a user gets it: ColdStart.Tool packed, installed from a folder feed into a fresh folder's tool
/// manifest, then run, compare and trace on the samples: the naive class-library handler (JIT), the optimized one
/// (ReadyToRun), and the optimized sample as a Native AOT executable against the tool's local Runtime API (run and trace).
/// Every build here writes its bin/ and obj/ under one temporary artifacts path, so these tests run beside the collection
/// that builds the samples in place, and the projects the publishes share are built once; the Native AOT publish is the
/// longest test of the run.
/// </summary>
public sealed class ToolTests
{
    private const string NaiveHandler = "Naive.Function::Naive.Function.OrderFunction::FunctionHandler";
    private const string OptimizedHandler = "Optimized.Function::Optimized.Function.OrderFunction::FunctionHandlerPrewarmed";

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    // The class's tests run one after the other (one xUnit collection), so its builds never share the folder at once.
    private static readonly Lazy<string> Artifacts = new(() => DotNet.NewTempDirectory("tool-artifacts"));

    private static string Events => Path.Combine(DotNet.RepositoryRoot, "samples", "ColdStart.Harness", "Events");

    [Fact]
    public async Task The_installed_tool_runs_compares_and_traces_the_class_library_samples()
    {
        var folder = await Installed.Value;
        var naive = await PublishAsync("Naive.Function");
        var optimized = await PublishAsync("Optimized.Function", "-r", "linux-x64", "--self-contained", "false");

        // run, with the function's AWS calls sent to a local endpoint the way docs/tool.md shows.
        using (var endpoint = new LocalAwsEndpoint())
        {
            var arguments = new List<string>
            {
                "coldstart", "run", naive, "--handler", NaiveHandler, "-e", Path.Combine(Events, "order-small.json"), "-n", "2", "--json",
                "--budget", "100000",
            };
            arguments.AddRange(endpoint.Environment.SelectMany(variable => new[] { "--env", variable.Key + "=" + variable.Value }));
            var (exitCode, output) = await DotNet.RunAsync(folder, arguments.ToArray());
            Assert.True(exitCode == 0, output);
            using var report = JsonDocument.Parse(output);
            Assert.Equal("ClassLibrary", report.RootElement.GetProperty("kind").GetString());
            Assert.Equal(2, report.RootElement.GetProperty("runs").GetInt32());
            Assert.True(report.RootElement.GetProperty("first_response_ms").GetProperty("p50").GetDouble() > 0);
            Assert.False(report.RootElement.GetProperty("over_budget").GetBoolean());
            Assert.Contains("DynamoDB.UpdateItem Orders", endpoint.TakeCalls());
            Assert.Empty(endpoint.Unexpected);
        }

        var (budgetExit, budgetOutput) = await DotNet.RunAsync(
            folder, "coldstart", "run", naive, "--handler", NaiveHandler, "-e", Path.Combine(Events, "order.json"), "-n", "2", "--budget", "1");
        Assert.True(budgetExit == 1, budgetOutput);
        Assert.Contains("Over budget", budgetOutput, StringComparison.Ordinal);

        var chart = Path.Combine(folder, "compare.png");
        var (compareExit, compareOutput) = await DotNet.RunAsync(
            folder, "coldstart", "compare", naive, optimized, "--handler", NaiveHandler, "--handler-b", OptimizedHandler,
            "-e", Path.Combine(Events, "order.json"), "-n", "3", "--chart", chart, "--json");
        Assert.True(compareExit == 0, compareOutput);
        using (var comparison = JsonDocument.Parse(compareOutput))
        {
            var ratio = comparison.RootElement.GetProperty("ratios_b_to_a").GetProperty("first_response");
            Assert.True(ratio.GetProperty("ci_low").GetDouble() <= ratio.GetProperty("ratio").GetDouble(), compareOutput);
        }

        Assert.True(new FileInfo(chart).Length > 1000);

        var traceFolder = Path.Combine(folder, "trace");
        var (traceExit, traceOutput) = await DotNet.RunAsync(
            folder, "coldstart", "trace", naive, "--handler", NaiveHandler, "-e", Path.Combine(Events, "order.json"), "-o", traceFolder);
        Assert.True(traceExit == 0, traceOutput);
        Assert.Contains(
            "| COLD302 | Amazon.S3.AmazonS3Client constructed during init (Naive.Function.OrderFunction..cctor)", traceOutput, StringComparison.Ordinal);
        Assert.Contains("| COLD202 | JIT of the reflection-based JSON serialiser", traceOutput, StringComparison.Ordinal);
        Assert.Contains("| Naive.Function.OrderFunction..cctor | COLD101 |", traceOutput, StringComparison.Ordinal);
        // Attributed to NuGet packages through the publish folder's deps.json (Naive.Function references AWSSDK.S3 4.1.0).
        Assert.Contains("| AWSSDK.Core | 4.1.0 |", traceOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(traceFolder, "Naive.Function.speedscope.json")), traceOutput);
        Assert.True(File.Exists(Path.Combine(traceFolder, "Naive.Function.summary.md")), traceOutput);

        var (optimizedTraceExit, optimizedTrace) = await DotNet.RunAsync(
            folder, "coldstart", "trace", optimized, "--handler", OptimizedHandler, "-e", Path.Combine(Events, "order.json"), "-o", traceFolder);
        Assert.True(optimizedTraceExit == 0, optimizedTrace);
        Assert.DoesNotContain("COLD202", optimizedTrace, StringComparison.Ordinal);
        Assert.DoesNotContain("COLD302", optimizedTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_installed_tool_runs_and_traces_the_native_aot_executable_against_its_runtime_api()
    {
        var folder = await Installed.Value;
        // One Native AOT publish (about 2 minutes) for both commands, with the property docs/tool.md tells users to add for trace.
        var published = await PublishAsync("Optimized.Executable", "-p:EventSourceSupport=true");
        var (exitCode, output) = await DotNet.RunAsync(
            folder, "coldstart", "run", published, "-e", Path.Combine(Events, "order.json"), "-n", "3", "--json");
        Assert.True(exitCode == 0, output);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("NativeExecutable", report.RootElement.GetProperty("kind").GetString());
        Assert.True(report.RootElement.GetProperty("init_done_ms").GetProperty("p50").GetDouble() > 0);
        Assert.True(report.RootElement.GetProperty("warm_invocation_ms").GetProperty("p50").GetDouble() > 0);

        // The Native AOT executable (a: no handler string) against the same optimized function as a class library (b: JIT,
        // through the tool's host).
        var library = await PublishAsync("Optimized.Function", "-r", "linux-x64", "--self-contained", "false");
        var (compareExit, compareOutput) = await DotNet.RunAsync(
            folder, "coldstart", "compare", published, library, "--handler-b", OptimizedHandler, "-e", Path.Combine(Events, "order.json"), "-n", "2",
            "--json");
        Assert.True(compareExit == 0, compareOutput);
        using (var comparison = JsonDocument.Parse(compareOutput))
        {
            Assert.True(comparison.RootElement.GetProperty("ratios_b_to_a").GetProperty("first_response").GetProperty("ratio").GetDouble() > 0, compareOutput);
        }

        var traceFolder = Path.Combine(folder, "aot-trace");
        var (traceExit, traceOutput) = await DotNet.RunAsync(
            folder, "coldstart", "trace", published, "-e", Path.Combine(Events, "order.json"), "-o", traceFolder);
        Assert.True(traceExit == 0, traceOutput);
        Assert.Contains("# Cold start of bootstrap (Native AOT): first response at", traceOutput, StringComparison.Ordinal);
        Assert.Contains("- JIT: none by design; Native AOT compiles every method ahead of time", traceOutput, StringComparison.Ordinal);
        Assert.Contains("| garbage collection |", traceOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("| COLD401 |", traceOutput, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(traceFolder, "bootstrap.nettrace")).Length > 0, traceOutput);
        Assert.True(File.Exists(Path.Combine(traceFolder, "bootstrap.summary.md")), traceOutput);
        // The samples' native stacks are named from the symbols the publish stripped into bootstrap.dbg, and drawn.
        Assert.Contains("| samples named from the symbols of bootstrap.dbg |", traceOutput, StringComparison.Ordinal);
        Assert.Contains("### Hottest functions", traceOutput, StringComparison.Ordinal);
        Assert.Contains("\"$schema\"", File.ReadAllText(Path.Combine(traceFolder, "bootstrap.speedscope.json")), StringComparison.Ordinal);
    }

    private static async Task<string> InstallAsync()
    {
        var feed = DotNet.NewTempDirectory("tool-feed");
        var folder = DotNet.NewTempDirectory("tool-consumer");
        var version = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var project = Path.Combine(DotNet.RepositoryRoot, "src", "ColdStart.Tool", "ColdStart.Tool.csproj");
        var (packExit, packOutput) = await DotNet.RunAsync(
            DotNet.RepositoryRoot, "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:UseSharedCompilation=false",
            "--artifacts-path", Artifacts.Value);
        Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);

        var (manifestExit, manifestOutput) = await DotNet.RunAsync(folder, "new", "tool-manifest");
        Assert.True(manifestExit == 0, manifestOutput);
        var (installExit, installOutput) = await DotNet.RunAsync(folder, "tool", "install", "ColdStart.Tool", "--add-source", feed, "--version", version);
        Assert.True(installExit == 0, installOutput);
        return folder;
    }

    /// <summary>Each publish once for both tests (the optimized class library is compared in both).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> Publishes = new();

    private static Task<string> PublishAsync(string sample, params string[] extra)
    {
        return Publishes.GetOrAdd(sample + " " + string.Join(" ", extra), _ => new Lazy<Task<string>>(() => PublishOnceAsync(sample, extra))).Value;
    }

    private static async Task<string> PublishOnceAsync(string sample, string[] extra)
    {
        var output = DotNet.NewTempDirectory(sample);
        var project = Path.Combine(DotNet.RepositoryRoot, "samples", sample, sample + ".csproj");
        var arguments = new[] { "publish", project, "-c", "Release", "-o", output, "-p:UseSharedCompilation=false", "--artifacts-path", Artifacts.Value };
        var (exitCode, log) = await DotNet.RunAsync(DotNet.RepositoryRoot, arguments.Concat(extra).ToArray());
        Assert.True(exitCode == 0, log);
        return output;
    }
}
