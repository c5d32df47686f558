namespace ColdStart.Tool;

/// <summary>
/// What the class-library host prints on standard output for the tool to read, one mark per line, among whatever the
/// function prints itself: the tool's host, and programs compiled with their function that play the runtime (the
/// samples' harness). Both take <c>event.json [later-event.json ...]</c> as their last arguments. The tool timestamps
/// <see cref="Init"/>, <see cref="Restored"/> and <see cref="FirstResponse"/> when it reads them;
/// <see cref="Done"/> carries the host's own measurements.
/// </summary>
internal static class HostProtocol
{
    public const string Prefix = "@@coldstart ";

    /// <summary>The handler type is constructed and the serializer created: Lambda's init phase is over.</summary>
    public const string Init = Prefix + "init";

    /// <summary>
    /// Under a simulated SnapStart only: the function's before-snapshot and after-restore hooks have run, between
    /// <see cref="Init"/> and the first invocation (no snapshot is taken; a host compiled with its function does this).
    /// </summary>
    public const string Restored = Prefix + "restored";

    /// <summary>The first invocation's response is serialized.</summary>
    public const string FirstResponse = Prefix + "first-response";

    /// <summary>
    /// Followed by <c>first_invoke_ms warm_ms peak_mb</c>, then one duration per later event, invariant culture: the host's
    /// own timings (after a restore, the first invocation is timed from the restore).
    /// </summary>
    public const string Done = Prefix + "done ";

    /// <summary>Followed by <c>kind message</c>; the kind is one of the <see cref="HostFailure"/> names in kebab case.</summary>
    public const string Error = Prefix + "error ";

    /// <summary>Set to 1, the host waits for a line on standard input after its first response (a trace is being stopped).</summary>
    public const string HoldVariable = "COLDSTART_HOST_HOLD";

    /// <summary>The host's exit code when it reports an error itself (a crash of the runtime exits otherwise).</summary>
    public const int ErrorExitCode = 3;
}

/// <summary>Where a class-library cold start went wrong.</summary>
internal enum HostFailure
{
    /// <summary>The handler string names no assembly, type or method in the publish folder.</summary>
    Handler,

    /// <summary>The serializer's or the handler type's construction threw (static constructors included).</summary>
    Init,

    /// <summary>The serializer could not read the event as the handler's input type.</summary>
    Event,

    /// <summary>The handler threw.</summary>
    Invoke,

    /// <summary>The serializer could not write the handler's result.</summary>
    Response,
}
