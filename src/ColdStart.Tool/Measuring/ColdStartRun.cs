using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>What to measure: the function (a project or a publish folder), how Lambda starts it, and the event.</summary>
public sealed record FunctionSpec(string Path, string? Handler, string? Executable, IReadOnlyList<string> PublishProperties);

/// <summary>Publishing and locating a function, then its cold starts: the steps <c>run</c> and <c>compare</c> share.</summary>
public static class ColdStartRun
{
    /// <summary>Publishes (or takes) the function and finds what to start, after checking the event and the handler string.</summary>
    public static async Task<FunctionTarget> PrepareAsync(FunctionSpec spec, string eventPath, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!File.Exists(eventPath))
        {
            throw new ColdStartException($"The event file {eventPath} does not exist.");
        }

        if (spec.Handler is not null && !HandlerString.TryParse(spec.Handler, out _, out var error))
        {
            throw new ColdStartException(error);
        }

        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coldstart", Guid.NewGuid().ToString("N")[..8]);
        var publishDirectory = await FunctionPublisher.PublishOrUseAsync(spec.Path, output, spec.PublishProperties, progress, cancellationToken)
            .ConfigureAwait(false);
        return FunctionTarget.Resolve(publishDirectory, spec.Handler, spec.Executable);
    }

    /// <summary>Removes the publish folder <see cref="PrepareAsync"/> made for a project; a folder the user named stays.</summary>
    public static void CleanUp(FunctionTarget? target)
    {
        var temporary = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coldstart") + System.IO.Path.DirectorySeparatorChar;
        if (target is not null && target.PublishDirectory.StartsWith(temporary, StringComparison.Ordinal) && Directory.Exists(target.PublishDirectory))
        {
            Directory.Delete(target.PublishDirectory, recursive: true);
        }
    }

    /// <summary>
    /// <paramref name="runs"/> cold starts, after one that is not recorded: it stops the run at once if the function does
    /// not work, and warms the disk cache so the first recorded start is not an outlier.
    /// </summary>
    public static async Task<IReadOnlyList<ColdStartSample>> MeasureAsync(
        ColdStartLauncher launcher, FunctionTarget target, string eventPath, int runs, Action<int>? onSample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        if (runs < 1)
        {
            throw new ColdStartException("--runs must be at least 1.");
        }

        await launcher.StartAsync(target, eventPath, cancellationToken).ConfigureAwait(false);
        var samples = new List<ColdStartSample>();
        for (var i = 0; i < runs; i++)
        {
            samples.Add(await launcher.StartAsync(target, eventPath, cancellationToken).ConfigureAwait(false));
            onSample?.Invoke(i + 1);
        }

        return samples;
    }
}
