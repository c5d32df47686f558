using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Tool.Measuring;

namespace ColdStart.Tool.Tracing;

/// <summary>One cold start recorded with EventPipe from process start to the first response, into a .nettrace file.</summary>
public static class ColdStartTrace
{
    public static async Task<ColdStartSample> RecordAsync(
        ColdStartLauncher launcher, FunctionTarget target, string eventPath, string nettracePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentNullException.ThrowIfNull(target);
        // One unrecorded start first, as run does: the trace should not show a cold disk cache.
        await launcher.StartAsync(target, eventPath, cancellationToken).ConfigureAwait(false);
        var nativeAot = target.Kind == FunctionKind.NativeExecutable;
        await using var recorder = new EventPipeRecorder(nettracePath, nativeAot);
        var sample = await launcher.StartAsync(target, eventPath, recorder, cancellationToken).ConfigureAwait(false);
        if (recorder.NeverConnected)
        {
            throw new ColdStartException(nativeAot ? NoEventPipeInNativeAot(target) : NoEventPipe);
        }
        if (!File.Exists(nettracePath) || new FileInfo(nettracePath).Length == 0)
        {
            throw new ColdStartException("The trace came back empty: the function's runtime never connected to the diagnostic port.");
        }

        return sample;
    }

    /// <summary>The property to add: Native AOT leaves EventPipe and the diagnostic server out unless EventSource is supported.</summary>
    internal static string NoEventPipeInNativeAot(FunctionTarget target)
        => $"{System.IO.Path.GetFileName(target.EntryPoint)} is a Native AOT executable built without EventPipe, so it cannot be traced: it answered "
           + "without connecting to the diagnostic port. Native AOT leaves EventPipe and the diagnostic server out unless EventSource is "
           + "supported. Add <EventSourceSupport>true</EventSourceSupport> to the project's PropertyGroup (or publish with "
           + "-p:EventSourceSupport=true) and publish again; given the project instead of a publish folder, trace publishes it with that "
           + "property itself.";

    private const string NoEventPipe =
        "The function answered without its runtime ever connecting to the diagnostic port, so nothing was recorded: diagnostics are off "
        + "for it (DOTNET_EnableDiagnostics=0 in its environment or runtimeconfig.json?).";
}
