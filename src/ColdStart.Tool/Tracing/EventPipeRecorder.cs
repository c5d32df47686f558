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
    // GC | AssemblyLoader | Loader | Jit | NGen | Stack | Compilation | CompilationDiagnostic | TypeDiagnostic.
    private const long RuntimeKeywords = 0x1 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40000000 | 0x1000000000 | 0x2000000000 | 0x8000000000;

    private readonly string _port = Path.Combine(Path.GetTempPath(), "coldstart-" + Guid.NewGuid().ToString("N")[..8] + ".sock");
    private readonly string _tracePath;
    private Task<DiagnosticsClientConnector>? _connecting;
    private DiagnosticsClientConnector? _connector;
    private EventPipeSession? _session;
    private Task? _copying;
    private FileStream? _file;

    public EventPipeRecorder(string tracePath)
    {
        _tracePath = tracePath;
    }

    public static IReadOnlyList<EventPipeProvider> Providers { get; } = new[]
    {
        new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, RuntimeKeywords),
        new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
    };

    public override void Configure(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _connecting = DiagnosticsClientConnector.FromDiagnosticPort(_port, CancellationToken.None);
        start.Environment["DOTNET_DiagnosticPorts"] = _port + ",connect,suspend";
    }

    public override async Task OnStartedAsync(Process process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        _connector = await _connecting!.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        _session = await _connector.Instance.StartEventPipeSessionAsync(Providers, requestRundown: true, circularBufferMB: 256, cancellationToken)
            .ConfigureAwait(false);
        _file = File.Create(_tracePath);
        _copying = _session.EventStream.CopyToAsync(_file, CancellationToken.None);
        _connector.Instance.ResumeRuntime();
    }

    public override async Task OnFirstResponseAsync()
    {
        if (_session is null)
        {
            return;
        }

        await _session.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _copying!.ConfigureAwait(false);
        await _file!.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
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
