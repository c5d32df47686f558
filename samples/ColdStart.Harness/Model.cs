using System;
using System.Collections.Generic;
using System.Globalization;

namespace ColdStart.Harness;

/// <summary>Command-line options: <c>--runs N</c> (default 30) and <c>--seed N</c> for the shuffle.</summary>
internal sealed record HarnessOptions(int Runs, int Seed)
{
    public static HarnessOptions Parse(string[] args)
    {
        var runs = 30;
        var seed = 20261127;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--seed")
            {
                seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        if (runs < 2)
        {
            throw new ArgumentException("--runs must be at least 2");
        }

        return new HarnessOptions(runs, seed);
    }
}

/// <summary>
/// One published variant and how to start it. A SnapStart variant starts with AWS_LAMBDA_INITIALIZATION_TYPE=snap-start,
/// so the function registers its hooks and the host runs them between init and the first invocation.
/// </summary>
internal sealed record Variant(string Name, string Title, string Host, string[] PublishProperties, bool IsNative, bool SimulatesSnapStart = false)
{
    public const string Baseline = "naive-jit";
    public const string OptimizedReadyToRun = "optimized-r2r";
    public const string OptimizedSnapStart = "optimized-r2r-snapstart";
    public const string OptimizedNativeAot = "optimized-aot";
    public const string EmptyNativeAot = "empty-aot";

    private static readonly string[] ReadyToRun = { "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true" };
    private static readonly string[] NativeAot = { "-r", "linux-x64", "-p:ColdStartNativeAot=true" };

    public static readonly Variant[] All =
    {
        new(Baseline, "Naive (JIT)", "Naive.Host", Array.Empty<string>(), false),
        new("naive-r2r", "Naive (ReadyToRun)", "Naive.Host", ReadyToRun, false),
        new(OptimizedReadyToRun, "Optimized (ReadyToRun)", "Optimized.Host", ReadyToRun, false),
        new(OptimizedSnapStart, "Optimized (ReadyToRun), SnapStart primed, simulated", "Optimized.Host", ReadyToRun, false, SimulatesSnapStart: true),
        new(OptimizedNativeAot, "Optimized (Native AOT)", "Optimized.Host", NativeAot, true),
        new("empty-jit", "Empty program (framework-dependent)", "Empty.Host", new[] { "-r", "linux-x64", "--self-contained", "false" }, false),
        new(EmptyNativeAot, "Empty program (Native AOT)", "Empty.Host", NativeAot, true),
    };

    public string Directory { get; init; } = "";

    public string Command => IsNative ? System.IO.Path.Combine(Directory, Host) : "dotnet";

    public IEnumerable<string> PublishArguments(string hosts, string output)
    {
        var arguments =
            new List<string> { "publish", System.IO.Path.Combine(hosts, Host, Host + ".csproj"), "-c", "Release", "-o", output,
            "-p:UseSharedCompilation=false" };
        arguments.AddRange(PublishProperties);
        return arguments;
    }

    public string Arguments(string eventPath, string pingPath)
    {
        var files = $"\"{eventPath}\" \"{pingPath}\"";
        return IsNative ? files : $"\"{System.IO.Path.Combine(Directory, Host + ".dll")}\" {files}";
    }
}

/// <summary>An event every variant answers in every round: one path through the function.</summary>
internal sealed record HarnessEvent(string Name, string Title, string File)
{
    /// <summary>The validation-failure event: no AWS call (the only event before the local endpoint existed).</summary>
    public const string ValidationFailure = "validation-failure";
    public const string SmallOrder = "small-order";
    public const string LargeOrder = "large-order";

    public static readonly HarnessEvent[] All =
    {
        new(SmallOrder, "small valid order (DynamoDB)", "order-small.json"),
        new(LargeOrder, "large order (DynamoDB + S3 archive)", "order-large.json"),
        new(ValidationFailure, "validation failure (no AWS call)", "order.json"),
    };
}

/// <summary>One cold start: harness-side wall time to the first response, and the host's own timings.</summary>
internal sealed record Sample(
    double StartToFirstResponseMs, double InitMs, double FirstInvokeMs, double WarmMs, double WarmUpPingMs, double PingMs, double PeakMb, double PrimeMs);

/// <summary>The summary of one variant.</summary>
internal sealed record VariantResult(
    string Name,
    string Event,
    string Title,
    double P50Ms,
    double P90Ms,
    double MinMs,
    double MaxMs,
    double InitMs,
    double FirstInvokeMs,
    double WarmMs,
    double WarmUpPingMs,
    double PingMs,
    double PeakMb,
    double PrimeMs,
    double RatioToNaiveJit,
    int Runs,
    string EndpointCalls);
