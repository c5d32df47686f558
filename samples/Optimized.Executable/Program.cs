using Amazon.Lambda.RuntimeSupport;
using Optimized.Function;

// The generated prewarm entry point reads and writes the raw payload with the function's source-generated serializer,
// so the bootstrap needs none of its own.
var function = new OrderFunction();
using var bootstrap = LambdaBootstrapBuilder.Create(function.FunctionHandlerPrewarmed).Build();
await bootstrap.RunAsync();
