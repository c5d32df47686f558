using ColdStart.Harness.Hosts;
using Optimized.Function;

// The handler string points at the generated entry point, which deserialises with the function's
// source-generated serializer and answers warm-up pings itself.
await HostRun.RunAsync(
    args[0],
    args[1],
    () => new OrderFunction(),
    (function, input, context) => ((OrderFunction)function).FunctionHandlerPrewarmed(input, context));
