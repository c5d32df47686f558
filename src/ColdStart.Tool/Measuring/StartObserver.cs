using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// Watches one cold start from outside the function: prepares its process, sees it start, and finishes its own work
/// once the first response is in, while the process is still alive (a trace session is stopped there, so its rundown
/// can name every method).
/// </summary>
public abstract class StartObserver
{
    /// <summary>Before the process starts: environment variables, for instance.</summary>
    public virtual void Configure(ProcessStartInfo start)
    {
    }

    /// <summary>Right after the process started; runs alongside the cold start.</summary>
    public virtual Task OnStartedAsync(Process process, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The first response is in; the process waits (class library) or is stopped after this (executable).</summary>
    public virtual Task OnFirstResponseAsync() => Task.CompletedTask;
}
