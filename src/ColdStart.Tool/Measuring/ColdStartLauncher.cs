using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// Starts a function cold, in a fresh process, the way Lambda does, and times it: a class-library handler through the
/// tool's host (run with the function's own runtimeconfig.json and deps.json, as Lambda's managed runtime is), an
/// executable against a <see cref="RuntimeApiEndpoint"/> of its own, a program that hosts its function itself (the
/// harness's hosts) as it is. The one implementation of "start a function cold"
/// that the command line and the samples' harness share.
/// </summary>
public sealed class ColdStartLauncher
{
    private const int OutputLinesKept = 60;

    /// <param name="environment">Variables for the function's process on top of the ones Lambda sets (see <see cref="LambdaEnvironment"/>).</param>
    /// <param name="timeout">How long one cold start (init, the first and the warm invocation) may take.</param>
    /// <param name="hostDirectory">The class-library hosts (one folder per target framework); by default the ones shipped with the tool.</param>
    public ColdStartLauncher(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string? hostDirectory = null)
    {
        Environment = environment;
        Timeout = timeout;
        HostDirectory = hostDirectory ?? Path.Combine(AppContext.BaseDirectory, "host");
    }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public TimeSpan Timeout { get; }

    public string HostDirectory { get; }

    /// <summary>
    /// The host built for the newest framework the function's runtime can run (the major version in its
    /// runtimeconfig.json, else the oldest host, which rolls forward): ReadyToRun code built against an older framework
    /// is not used on a newer one, so the host's own start-up would be JIT-compiled.
    /// </summary>
    public string HostFor(FunctionTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var hosts = Directory.Exists(HostDirectory)
            ? Directory.GetDirectories(HostDirectory, "net*")
                .Select(d => (Path: Path.Combine(d, "ColdStart.Tool.Host.dll"), Major: MajorOf(Path.GetFileName(d))))
                .Where(h => h.Major > 0 && File.Exists(h.Path))
                .OrderBy(h => h.Major)
                .ToList()
            : new List<(string Path, int Major)>();
        if (hosts.Count == 0)
        {
            throw new ColdStartException($"The class-library host is missing from the tool's folder ({HostDirectory}); reinstall the tool.");
        }

        var runtimeConfig = target.EntryPoint[..^".dll".Length] + ".runtimeconfig.json";
        var major = File.Exists(runtimeConfig) ? MajorOf(System.Text.RegularExpressions.Regex.Match(
            File.ReadAllText(runtimeConfig), "\"tfm\"\\s*:\\s*\"(net[0-9.]+)\"").Groups[1].Value) : 0;
        return hosts.LastOrDefault(h => h.Major <= major).Path ?? hosts[0].Path;
    }

    private static int MajorOf(string tfm)
    {
        var digits = tfm.StartsWith("net", StringComparison.Ordinal) ? tfm[3..].Split('.')[0] : "";
        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : 0;
    }

    /// <summary>
    /// What the Lambda service sets in every execution environment. A region is set only when the caller's environment
    /// has none (the SDK clients need one to be constructed); nothing here sends a request anywhere.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LambdaEnvironment(FunctionTarget target)
    {
        var region = System.Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1";
        return new Dictionary<string, string>
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "coldstart",
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "1024",
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_REGION"] = region,
            ["AWS_DEFAULT_REGION"] = region,
            ["AWS_EXECUTION_ENV"] = "AWS_Lambda_dotnet_coldstart",
            // Lambda has no EC2 instance metadata service; without this, an SDK looking for credentials would try to reach it.
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["LAMBDA_TASK_ROOT"] = target.PublishDirectory,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
    }

    /// <summary>One cold start: init, the first invocation and a warm one, with <paramref name="eventPath"/> as the event.</summary>
    public Task<ColdStartSample> StartAsync(FunctionTarget target, string eventPath, CancellationToken cancellationToken = default)
        => StartAsync(target, eventPath, Array.Empty<string>(), null, cancellationToken);

    /// <summary>
    /// As <see cref="StartAsync(FunctionTarget, string, CancellationToken)"/>, then one invocation with each of
    /// <paramref name="laterEventPaths"/> in order, each timed (<see cref="ColdStartSample.LaterInvocationsMs"/>): a warm-up
    /// ping after the warm invocation, for instance.
    /// </summary>
    public Task<ColdStartSample> StartAsync(
        FunctionTarget target, string eventPath, IReadOnlyList<string> laterEventPaths, CancellationToken cancellationToken = default)
        => StartAsync(target, eventPath, laterEventPaths, null, cancellationToken);

    /// <summary>As <see cref="StartAsync(FunctionTarget, string, CancellationToken)"/>, watched by an observer.</summary>
    /// <param name="observer">Sees the process start and the first response (the trace command records between them); with
    /// one, the function stops after its first response and the sample has no warm invocation.</param>
    public Task<ColdStartSample> StartAsync(FunctionTarget target, string eventPath, StartObserver? observer, CancellationToken cancellationToken)
        => StartAsync(target, eventPath, Array.Empty<string>(), observer, cancellationToken);

    private Task<ColdStartSample> StartAsync(
        FunctionTarget target, string eventPath, IReadOnlyList<string> laterEventPaths, StartObserver? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(laterEventPaths);
        var events = new[] { eventPath }.Concat(laterEventPaths).Select(Path.GetFullPath).ToList();
        return target.Kind switch
        {
            FunctionKind.ClassLibrary => StartHostAsync(target, ClassLibraryHost(target, events), laterEventPaths.Count, observer, cancellationToken),
            FunctionKind.SelfHosted => StartHostAsync(target, SelfHost(target, events), laterEventPaths.Count, observer, cancellationToken),
            _ => StartExecutableAsync(target, events, observer, cancellationToken),
        };
    }

    /// <summary>The tool's host, started as Lambda starts its managed runtime: with the function's runtimeconfig and deps.</summary>
    private ProcessStartInfo ClassLibraryHost(FunctionTarget target, IReadOnlyList<string> events)
    {
        var host = HostFor(target);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = target.PublishDirectory };
        start.ArgumentList.Add("exec");
        var stem = target.EntryPoint[..^".dll".Length];
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(File.Exists(stem + ".runtimeconfig.json") ? stem + ".runtimeconfig.json" : DefaultRuntimeConfig());
        if (File.Exists(stem + ".deps.json"))
        {
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(stem + ".deps.json");
        }

        start.ArgumentList.Add(host);
        start.ArgumentList.Add(target.PublishDirectory);
        start.ArgumentList.Add(target.Handler!.ToString());
        foreach (var path in events)
        {
            start.ArgumentList.Add(path);
        }

        return start;
    }

    /// <summary>A program that hosts its function itself: <c>dotnet exec</c> for a managed one, else started directly.</summary>
    private static ProcessStartInfo SelfHost(FunctionTarget target, IReadOnlyList<string> events)
    {
        var start = target.EntryPoint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { "exec", target.EntryPoint } }
            : new ProcessStartInfo(target.EntryPoint);
        start.WorkingDirectory = target.PublishDirectory;
        foreach (var path in events)
        {
            start.ArgumentList.Add(path);
        }

        return start;
    }

    /// <summary>A host that speaks <see cref="HostProtocol"/>: the tool's, or one compiled with its function.</summary>
    private async Task<ColdStartSample> StartHostAsync(
        FunctionTarget target, ProcessStartInfo start, int laterEvents, StartObserver? observer, CancellationToken cancellationToken)
    {
        if (observer is not null)
        {
            // The host waits after its first response until the observer is done (a trace's rundown needs the process).
            start.Environment[HostProtocol.HoldVariable] = "1";
            start.RedirectStandardInput = true;
        }

        double initDone = -1, restored = -1, firstResponse = -1;
        string? done = null, hostError = null;
        var run = await RunAsync(target, start, null, observer, (line, now, process) =>
        {
            if (line == HostProtocol.Init)
            {
                initDone = now;
            }
            else if (line == HostProtocol.Restored)
            {
                restored = now;
            }
            else if (line == HostProtocol.FirstResponse)
            {
                firstResponse = now;
                if (observer is not null)
                {
                    return ReleaseAfterAsync(observer, process);
                }
            }
            else if (line.StartsWith(HostProtocol.Done, StringComparison.Ordinal))
            {
                done = line[HostProtocol.Done.Length..];
            }
            else if (line.StartsWith(HostProtocol.Error, StringComparison.Ordinal))
            {
                hostError = line[HostProtocol.Error.Length..];
            }

            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        if (hostError is not null)
        {
            var kind = hostError.Split(' ', 2)[0];
            var message = hostError.Split(' ', 2)[1];
            throw new ColdStartException(kind switch
            {
                "handler" => "The handler string names nothing: " + message,
                "init" => message,
                "event" => "The event does not fit the handler: " + message,
                "response" => message,
                _ => message,
            }, run.Output);
        }

        if (done is null || initDone < 0 || firstResponse < 0)
        {
            throw new ColdStartException(
                $"The function's process exited with code {run.ExitCode} before it answered the event (a crash during "
                + (initDone < 0 ? "init" : "the invocation") + ").", run.Output);
        }

        var parts = done.Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Length != 3 + laterEvents)
        {
            throw new ColdStartException($"The host reported {parts.Length - 3} later invocation(s) for {laterEvents} later event(s).", run.Output);
        }

        // The invocations are timed by the host, in the process: two marks a millisecond apart can reach this clock in one
        // read of the pipe on a loaded machine (a Native AOT first invocation then measured 0 ms).
        return new ColdStartSample(initDone, firstResponse, parts[0], parts[1], parts[2])
        {
            SnapStartHooksMs = restored >= 0 ? restored - initDone : 0,
            LaterInvocationsMs = parts[3..],
        };
    }

    private static async Task ReleaseAfterAsync(StartObserver observer, Process process)
    {
        try
        {
            await observer.OnFirstResponseAsync().ConfigureAwait(false);
        }
        finally
        {
            await process.StandardInput.WriteLineAsync().ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
        }
    }

    private async Task<ColdStartSample> StartExecutableAsync(
        FunctionTarget target, IReadOnlyList<string> events, StartObserver? observer, CancellationToken cancellationToken)
    {
        var clock = new Stopwatch();
        var bodies = new List<byte[]>();
        foreach (var path in observer is null ? events.Take(1).Concat(events) : events.Take(1))
        {
            bodies.Add(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
        }

        // The first event twice (the first and the warm invocation), then the later ones; under an observer, the first only.
        using var endpoint = new RuntimeApiEndpoint(bodies, () => clock.Elapsed.TotalMilliseconds);
        var start = target.Kind == FunctionKind.NativeExecutable
            ? new ProcessStartInfo(target.EntryPoint)
            : new ProcessStartInfo("dotnet") { ArgumentList = { "exec", target.EntryPoint } };
        start.WorkingDirectory = target.PublishDirectory;
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = endpoint.Address;
        var run = await RunAsync(target, start, (endpoint, clock), observer, (_, _, _) => Task.CompletedTask, cancellationToken).ConfigureAwait(false);

        var outcome = endpoint.Outcome.IsCompletedSuccessfully ? endpoint.Outcome.Result : null;
        switch (outcome?.Kind)
        {
            case RuntimeApiOutcomeKind.InitError:
                throw new ColdStartException("The function reported an init error to the Runtime API: " + outcome.Body, run.Output);
            case RuntimeApiOutcomeKind.InvocationError:
                throw new ColdStartException("The function reported an invocation error to the Runtime API: " + outcome.Body, run.Output);
            case null:
                var asked = endpoint.Asked.Count == 0
                    ? "without ever asking the Runtime API for an invocation (a crash during init, or a program that does not use AWS_LAMBDA_RUNTIME_API)"
                    : "before it answered the event (a crash during the invocation)";
                throw new ColdStartException($"The function's process exited with code {run.ExitCode} {asked}.", run.Output);
        }

        var asks = endpoint.Asked;
        var answers = endpoint.Answered;
        var warm = answers.Count > 1 ? answers[1] - asks[1] : 0;
        return new ColdStartSample(asks[0], answers[0], answers[0] - asks[0], warm, run.PeakMemoryMb)
        {
            LaterInvocationsMs = Enumerable.Range(2, Math.Max(0, answers.Count - 2)).Select(i => answers[i] - asks[i]).ToArray(),
        };
    }

    /// <summary>
    /// Runs the process to its end (a class-library host exits by itself; an executable is stopped once the endpoint has
    /// every answer), feeding each output line with its time to <paramref name="onLine"/>.
    /// </summary>
    private async Task<ProcessRun> RunAsync(
        FunctionTarget target,
        ProcessStartInfo start,
        (RuntimeApiEndpoint Endpoint, Stopwatch Clock)? runtimeApi,
        StartObserver? observer,
        Func<string, double, Process, Task> onLine,
        CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (name, value) in LambdaEnvironment(target).Concat(Environment))
        {
            start.Environment[name] = value;
        }

        var output = new Queue<string>();
        void Keep(string line)
        {
            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > OutputLinesKept)
                {
                    output.Dequeue();
                }
            }
        }

        var clock = runtimeApi?.Clock ?? new Stopwatch();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        observer?.Configure(start);
        clock.Start();
        using var process = StartProcess(start);
        var observing = observer?.OnStartedAsync(process, timeout.Token) ?? Task.CompletedTask;
        var callbacks = new List<Task>();
        var stdout = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                var now = clock.Elapsed.TotalMilliseconds;
                if (!line.StartsWith(HostProtocol.Prefix, StringComparison.Ordinal))
                {
                    Keep(line);
                }

                callbacks.Add(onLine(line, now, process));
            }
        }, CancellationToken.None);
        var stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                Keep(line);
            }
        }, CancellationToken.None);

        double peakMb = 0;
        try
        {
            if (runtimeApi is { } api)
            {
                var exited = process.WaitForExitAsync(timeout.Token);
                await Task.WhenAny(api.Endpoint.Outcome, exited).ConfigureAwait(false);
                timeout.Token.ThrowIfCancellationRequested();
                peakMb = PeakMemoryMb(process);
                if (observer is not null && api.Endpoint.Outcome.IsCompletedSuccessfully && !process.HasExited)
                {
                    await observer.OnFirstResponseAsync().WaitAsync(timeout.Token).ConfigureAwait(false);
                }

                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ColdStartException(
                $"The function did not answer within {Timeout.TotalSeconds:0.#} s (init, the first and a warm invocation); it was stopped. "
                + "Raise --timeout if it is just slow.", Joined(output));
        }

        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        await Task.WhenAll(callbacks).ConfigureAwait(false);
        await observing.ConfigureAwait(false);
        return new ProcessRun(process.ExitCode, Joined(output), peakMb);
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new ColdStartException($"Could not start {start.FileName}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ColdStartException($"Could not start {start.FileName}: {e.Message}");
        }
    }

    private static string Joined(Queue<string> output)
    {
        lock (output)
        {
            return string.Join(System.Environment.NewLine, output);
        }
    }

    /// <summary>The process's peak resident set (VmHWM on Linux), read while it is still alive.</summary>
    private static double PeakMemoryMb(Process process)
    {
        try
        {
            var status = $"/proc/{process.Id}/status";
            if (File.Exists(status))
            {
                var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
                }
            }

            process.Refresh();
            return process.PeakWorkingSet64 / (1024.0 * 1024.0);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>A runtimeconfig.json for a function published without one: the runtime the tool runs on, rolled forward.</summary>
    private static string DefaultRuntimeConfig()
    {
        var path = Path.Combine(Path.GetTempPath(), "coldstart-default.runtimeconfig.json");
        var version = System.Environment.Version;
        File.WriteAllText(path, "{\"runtimeOptions\":{\"tfm\":\"net" + version.Major + ".0\",\"rollForward\":\"LatestMajor\","
            + "\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + version.Major + ".0.0\"}}}");
        return path;
    }

    private sealed record ProcessRun(int ExitCode, string Output, double PeakMemoryMb);
}
