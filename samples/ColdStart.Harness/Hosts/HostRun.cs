using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Amazon.Lambda.Core;

namespace ColdStart.Harness.Hosts;

/// <summary>
/// What a Lambda cold start does, in one process: initialise the function, answer one event (printing
/// FIRST_RESPONSE the moment it has), then one warm invocation and one warm-up ping, timed separately. The last
/// line is the timings as JSON, written by hand so the Native AOT host needs no serializer.
/// </summary>
internal static class HostRun
{
    public static async Task RunAsync(
        string eventPath, string pingPath, Func<object> initialise, Func<object, Stream, ILambdaContext, Task<Stream>> invoke,
        Func<Task>? snapshotAndRestore = null)
    {
        var started = Stopwatch.GetTimestamp();
        var function = initialise();
        var initialised = Stopwatch.GetTimestamp();

        // Under SnapStart (simulated: the same process, no snapshot is taken), the runtime runs the before-snapshot
        // hooks after init and the after-restore hooks in the restored environment; the first invocation follows.
        double primeMs = 0;
        if (snapshotAndRestore is not null && Environment.GetEnvironmentVariable("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start")
        {
            await snapshotAndRestore();
            var restored = Stopwatch.GetTimestamp();
            primeMs = Stopwatch.GetElapsedTime(initialised, restored).TotalMilliseconds;
            initialised = restored;
        }

        var context = new HostContext();
        var eventBytes = File.ReadAllBytes(eventPath);
        var first = await invoke(function, new MemoryStream(eventBytes), context);
        first.CopyTo(Stream.Null);
        var answered = Stopwatch.GetTimestamp();
        Console.Out.WriteLine("FIRST_RESPONSE");
        Console.Out.Flush();

        var warmStart = Stopwatch.GetTimestamp();
        (await invoke(function, new MemoryStream(eventBytes), context)).CopyTo(Stream.Null);
        var warm = Stopwatch.GetElapsedTime(warmStart).TotalMilliseconds;

        // The first ping does the warm-up work; the second shows what answering a ping costs afterwards.
        var pingBytes = File.ReadAllBytes(pingPath);
        var warmUpStart = Stopwatch.GetTimestamp();
        (await invoke(function, new MemoryStream(pingBytes), context)).CopyTo(Stream.Null);
        var warmUpPing = Stopwatch.GetElapsedTime(warmUpStart).TotalMilliseconds;
        var pingStart = Stopwatch.GetTimestamp();
        (await invoke(function, new MemoryStream(pingBytes), context)).CopyTo(Stream.Null);
        var ping = Stopwatch.GetElapsedTime(pingStart).TotalMilliseconds;

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{{\"init_ms\":{0:F3},\"first_invoke_ms\":{1:F3},\"warm_ms\":{2:F3},\"warmup_ping_ms\":{3:F3},"
            + "\"ping_ms\":{4:F3},\"peak_mb\":{5:F1},\"prime_ms\":{6:F3}}}",
            Stopwatch.GetElapsedTime(started, initialised).TotalMilliseconds - primeMs,
            Stopwatch.GetElapsedTime(initialised, answered).TotalMilliseconds,
            warm,
            warmUpPing,
            ping,
            peakMb,
            primeMs));
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
