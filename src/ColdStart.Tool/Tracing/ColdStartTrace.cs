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
        if (target.Kind == FunctionKind.NativeExecutable)
        {
            throw new ColdStartException(
                "trace explains a managed start-up (assembly loading, JIT, type loading) from the runtime's EventPipe events; a Native AOT "
                + "executable has no JIT and this tool does not trace it. Trace a JIT or ReadyToRun build of the same function instead.");
        }

        // One unrecorded start first, as run does: the trace should not show a cold disk cache.
        await launcher.StartAsync(target, eventPath, cancellationToken).ConfigureAwait(false);
        await using var recorder = new EventPipeRecorder(nettracePath);
        var sample = await launcher.StartAsync(target, eventPath, recorder, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(nettracePath) || new FileInfo(nettracePath).Length == 0)
        {
            throw new ColdStartException("The trace came back empty: the function's runtime never connected to the diagnostic port.");
        }

        return sample;
    }
}
