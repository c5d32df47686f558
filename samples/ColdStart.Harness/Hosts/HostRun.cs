using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.Lambda.Core;
using ColdStart.Tool;

namespace ColdStart.Harness.Hosts;

/// <summary>
/// What a Lambda cold start does, in one process compiled together with its function, reported over the tool's host
/// protocol (<see cref="HostProtocol"/>) so that the tool's launcher starts and times it like its own host: initialise
/// the function, answer the event (the first response), answer it again (warm), then each later event once. Written by
/// hand, without a serializer, so the Native AOT host needs none. Usage: <c>host event.json [later-event.json ...]</c>.
/// </summary>
internal static class HostRun
{
    public static async Task RunAsync(
        string[] args, Func<object> initialise, Func<object, Stream, ILambdaContext, Task<Stream>> invoke, Func<Task>? snapshotAndRestore = null)
    {
        var eventBytes = File.ReadAllBytes(args[0]);
        var function = initialise();
        Mark(HostProtocol.Init);

        // Under SnapStart (simulated: the same process, no snapshot is taken), the runtime runs the before-snapshot
        // hooks after init and the after-restore hooks in the restored environment; the first invocation follows.
        if (snapshotAndRestore is not null && Environment.GetEnvironmentVariable("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start")
        {
            await snapshotAndRestore();
            Mark(HostProtocol.Restored);
        }

        var context = new HostContext();
        var firstMs = await TimeAsync(function, eventBytes, invoke, context);
        Mark(HostProtocol.FirstResponse);
        var warmMs = await TimeAsync(function, eventBytes, invoke, context);
        var laterMs = new List<double>();
        foreach (var path in args.Skip(1))
        {
            laterMs.Add(await TimeAsync(function, File.ReadAllBytes(path), invoke, context));
        }

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Mark(HostProtocol.Done + string.Format(CultureInfo.InvariantCulture, "{0:F3} {1:F3} {2:F1}", firstMs, warmMs, peakMb)
            + string.Concat(laterMs.Select(ms => string.Format(CultureInfo.InvariantCulture, " {0:F3}", ms))));
    }

    private static async Task<double> TimeAsync(
        object function, byte[] eventBytes, Func<object, Stream, ILambdaContext, Task<Stream>> invoke, ILambdaContext context)
    {
        var start = Stopwatch.GetTimestamp();
        (await invoke(function, new MemoryStream(eventBytes), context)).CopyTo(Stream.Null);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static void Mark(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }

    private sealed class HostContext : ILambdaContext, ILambdaLogger
    {
        public string AwsRequestId => "harness";

        public IClientContext ClientContext => null!;

        public string FunctionName => "harness";

        public string FunctionVersion => "$LATEST";

        public ICognitoIdentity Identity => null!;

        public string InvokedFunctionArn => "arn:aws:lambda:eu-west-1:123456789012:function:harness";

        public ILambdaLogger Logger => this;

        public string LogGroupName => "harness";

        public string LogStreamName => "harness";

        public int MemoryLimitInMB => 1024;

        public TimeSpan RemainingTime => TimeSpan.FromMinutes(1);

        public List<string> Lines { get; } = new();

        public void Log(string message) => Lines.Add(message);

        public void LogLine(string message) => Lines.Add(message);
    }
}
