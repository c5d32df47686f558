using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;
using Microsoft.Diagnostics.NETCore.Client;

namespace ColdStart.Tool.Tracing;

/// <summary>
/// Records one cold start with EventPipe from its first instruction: the function's runtime starts suspended and
/// connects to a diagnostic port the recorder listens on (<c>DOTNET_DiagnosticPorts</c>), the session starts, and only
/// then does the runtime resume, so nothing of the start-up is missed. The session is stopped at the first response,
/// with a rundown so that precompiled (ReadyToRun) methods in the stacks have names.
/// </summary>
public sealed class EventPipeRecorder : StartObserver, IAsyncDisposable
{
    // GC | AssemblyLoader | Loader | Jit | NGen | Exception | Stack | Compilation | CompilationDiagnostic | TypeDiagnostic.
    private const long RuntimeKeywords = 0x1 | 0x4 | 0x8 | 0x10 | 0x20 | 0x8000 | 0x40000000 | 0x1000000000 | 0x2000000000 | 0x8000000000;

    // GC | Loader | Exception: what the Native AOT runtime emits of the above (its list: GC, exceptions, module load,
    // contention, thread pool). No Stack keyword: no method event would name the addresses.
    private const long NativeAotRuntimeKeywords = 0x1 | 0x8 | 0x8000;

    private readonly string _port = Path.Combine(Path.GetTempPath(), "coldstart-" + Guid.NewGuid().ToString("N")[..8] + ".sock");
    private readonly string _tracePath;
    private readonly bool _nativeAot;
    private readonly CancellationTokenSource _stopWaiting = new();
    private Task<DiagnosticsClientConnector>? _connecting;
    private DiagnosticsClientConnector? _connector;
    private EventPipeSession? _session;
    private Task? _copying;
    private FileStream? _file;

    /// <param name="tracePath">Where the .nettrace goes.</param>
    /// <param name="nativeAot">The function is a Native AOT executable: ask only for the events its runtime has.</param>
    public EventPipeRecorder(string tracePath, bool nativeAot = false)
    {
        _tracePath = tracePath;
        _nativeAot = nativeAot;
    }

    public static IReadOnlyList<EventPipeProvider> Providers { get; } = new[]
    {
        new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, RuntimeKeywords),
        new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
    };

    /// <summary>
    /// For a Native AOT executable: the runtime events it has, and the sample profiler (its samples carry native stacks,
    /// which the summary counts but cannot name).
    /// </summary>
    public static IReadOnlyList<EventPipeProvider> NativeAotProviders { get; } = new[]
    {
        new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, NativeAotRuntimeKeywords),
        new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
    };

    /// <summary>
    /// The function answered its first event without its runtime ever connecting to the diagnostic port: a runtime
    /// without EventPipe (a Native AOT build without <c>EventSourceSupport</c>, or diagnostics turned off).
    /// </summary>
    public bool NeverConnected { get; private set; }

    public override void Configure(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _connecting = DiagnosticsClientConnector.FromDiagnosticPort(_port, _stopWaiting.Token);
        start.Environment["DOTNET_DiagnosticPorts"] = _port + ",connect,suspend";
    }

    public override async Task OnStartedAsync(Process process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopWaiting.Token);
        try
        {
            _connector = await _connecting!.WaitAsync(TimeSpan.FromSeconds(30), waiting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopWaiting.IsCancellationRequested)
        {
            // The function answered without connecting (see NeverConnected); the trace says why.
            return;
        }

        // A Native AOT runtime has no methods to name in a rundown (nothing is JIT-compiled); the summary names its
        // samples' addresses from the executable's symbols instead.
        _session = await _connector.Instance.StartEventPipeSessionAsync(
                _nativeAot ? NativeAotProviders : Providers, requestRundown: !_nativeAot, circularBufferMB: 256, cancellationToken)
            .ConfigureAwait(false);
        _file = File.Create(_tracePath);
        _copying = _session.EventStream.CopyToAsync(_file, CancellationToken.None);
        _connector.Instance.ResumeRuntime();
    }

    public override async Task OnFirstResponseAsync()
    {
        if (_session is null)
        {
            // Suspended at start, a runtime that connected could not have answered before the session began.
            NeverConnected = true;
            await _stopWaiting.CancelAsync().ConfigureAwait(false);
            return;
        }

        await _session.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _copying!.ConfigureAwait(false);
        await _file!.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopWaiting.CancelAsync().ConfigureAwait(false);
        _stopWaiting.Dispose();
        _session?.Dispose();
        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync().ConfigureAwait(false);
        }

        File.Delete(_port);
    }
}
