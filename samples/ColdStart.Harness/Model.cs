using System;
using System.Collections.Generic;
using System.Globalization;
using ColdStart.Tool.Measuring;

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
/// One variant: the project the harness publishes (with <see cref="PublishProperties"/>) and how the tool's launcher starts
/// it. Most are a host compiled together with the function (<c>Hosts/</c>), which speaks the tool's host protocol; with a
/// <see cref="Handler"/>, the function's own publish folder runs in the tool's host, as <c>dotnet coldstart run</c> runs
/// it. A SnapStart variant starts with AWS_LAMBDA_INITIALIZATION_TYPE=snap-start, so the function registers its hooks
/// and the host runs them between init and the first invocation.
/// </summary>
internal sealed record Variant(string Name, string Title, string Project, string[] PublishProperties, string? Handler = null, bool SimulatesSnapStart = false)
{
    public const string Baseline = "naive-jit";
    public const string NaiveToolHost = "naive-jit-tool-host";
    public const string OptimizedReadyToRun = "optimized-r2r";
    public const string OptimizedSnapStart = "optimized-r2r-snapstart";
    public const string OptimizedNativeAot = "optimized-aot";
    public const string EmptyNativeAot = "empty-aot";

    private const string NaiveHost = "samples/ColdStart.Harness/Hosts/Naive.Host/Naive.Host.csproj";
    private const string OptimizedHost = "samples/ColdStart.Harness/Hosts/Optimized.Host/Optimized.Host.csproj";
    private const string EmptyHost = "samples/ColdStart.Harness/Hosts/Empty.Host/Empty.Host.csproj";

    private static readonly string[] ReadyToRun = { "RuntimeIdentifier=linux-x64", "SelfContained=false", "PublishReadyToRun=true" };
    private static readonly string[] NativeAot = { "RuntimeIdentifier=linux-x64", "ColdStartNativeAot=true" };

    public static readonly Variant[] All =
    {
        new(Baseline, "Naive (JIT)", NaiveHost, Array.Empty<string>()),
        new(
            NaiveToolHost,
            "Naive (JIT) in the tool's host",
            "samples/Naive.Function/Naive.Function.csproj",
            Array.Empty<string>(),
            "Naive.Function::Naive.Function.OrderFunction::FunctionHandler"),
        new("naive-r2r", "Naive (ReadyToRun)", NaiveHost, ReadyToRun),
        new(OptimizedReadyToRun, "Optimized (ReadyToRun)", OptimizedHost, ReadyToRun),
        new(OptimizedSnapStart, "Optimized (ReadyToRun), SnapStart primed, simulated", OptimizedHost, ReadyToRun, SimulatesSnapStart: true),
        new(OptimizedNativeAot, "Optimized (Native AOT)", OptimizedHost, NativeAot),
        new("empty-jit", "Empty program (framework-dependent)", EmptyHost, new[] { "RuntimeIdentifier=linux-x64", "SelfContained=false" }),
        new(EmptyNativeAot, "Empty program (Native AOT)", EmptyHost, NativeAot),
    };

    /// <summary>What the function is started as, once published to <paramref name="publishDirectory"/>.</summary>
    public FunctionTarget Target(string publishDirectory)
        => Handler is null
            ? FunctionTarget.SelfHosted(publishDirectory, System.IO.Path.GetFileNameWithoutExtension(Project))
            : FunctionTarget.Resolve(publishDirectory, Handler);

    /// <summary>
    /// On top of what Lambda sets (the launcher's <see cref="ColdStartLauncher.LambdaEnvironment"/>): AWS replaced by the
    /// local endpoint, and the SnapStart initialization type for the SnapStart variant.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment(LocalAws.LocalAwsEndpoint endpoint)
    {
        var environment = new Dictionary<string, string>(endpoint.Environment) { ["AWS_LAMBDA_FUNCTION_NAME"] = "harness" };
        if (SimulatesSnapStart)
        {
            environment["AWS_LAMBDA_INITIALIZATION_TYPE"] = "snap-start";
        }

        return environment;
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

/// <summary>
/// The tool's host against the host compiled with the function, in one run, for one event: medians of process start →
/// first response and → init done of each, with the ratio (tool / direct) as <c>dotnet coldstart compare</c> estimates it.
/// </summary>
internal sealed record HostOverhead(
    string EventTitle,
    double DirectFirstResponseMs,
    double ToolFirstResponseMs,
    RatioEstimate FirstResponseRatio,
    double DirectInitDoneMs,
    double ToolInitDoneMs,
    RatioEstimate InitDoneRatio);
