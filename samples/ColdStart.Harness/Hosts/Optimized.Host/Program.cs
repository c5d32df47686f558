using Amazon.Lambda.Core;
using ColdStart.Harness.Hosts;
using Optimized.Function;

// The handler string points at the generated entry point, which deserialises with the function's
// source-generated serializer and answers warm-up pings itself. Under AWS_LAMBDA_INITIALIZATION_TYPE=snap-start the
// host runs the SnapStart hooks the function registered, as the Lambda runtime would around a snapshot (LambdaCompat's
// registry; with the real Amazon.Lambda packages the runtime does this itself).
await HostRun.RunAsync(
    args,
    () => new OrderFunction(),
    (function, input, context) => ((OrderFunction)function).FunctionHandlerPrewarmed(input, context),
    SnapshotHooks.SnapshotAndRestoreAsync);
