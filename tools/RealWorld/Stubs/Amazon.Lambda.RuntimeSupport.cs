namespace Amazon.Lambda.RuntimeSupport
{
    using System;
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.Lambda.Core;

    public class LambdaBootstrapBuilder
    {
        public static LambdaBootstrapBuilder Create(Func<Stream, ILambdaContext, Task<Stream>> handler) => new();
        public static LambdaBootstrapBuilder Create(Func<Stream, Task<Stream>> handler) => new();
        public static LambdaBootstrapBuilder Create<TInput>(Func<TInput, ILambdaContext, Task> handler, ILambdaSerializer serializer) => new();
        public static LambdaBootstrapBuilder Create<TInput>(Func<TInput, Task> handler, ILambdaSerializer serializer) => new();
        public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer)
            => new();
        public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, TOutput> handler, ILambdaSerializer serializer) => new();
        public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, Task<TOutput>> handler, ILambdaSerializer serializer) => new();
        public static LambdaBootstrapBuilder Create<TOutput>(Func<ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer) => new();
        public LambdaBootstrap Build() => new();
    }

    public class InvocationRequest
    {
        public Stream InputStream { get; } = Stream.Null;
        public ILambdaContext LambdaContext { get; } = null!;
    }

    public class InvocationResponse
    {
        public InvocationResponse(Stream outputStream) { }
        public InvocationResponse(Stream outputStream, bool disposeOutputStream) { }
    }

    public delegate Task<InvocationResponse> LambdaBootstrapHandler(InvocationRequest invocation);

    public class HandlerWrapper : IDisposable
    {
        public LambdaBootstrapHandler Handler { get; set; } = null!;
        public static HandlerWrapper GetHandlerWrapper(Func<Stream, ILambdaContext, Task<Stream>> handler) => new();
        public static HandlerWrapper GetHandlerWrapper(Func<Stream, Task<Stream>> handler) => new();
        public static HandlerWrapper GetHandlerWrapper<TInput>(Func<TInput, ILambdaContext, Task> handler, ILambdaSerializer serializer) => new();
        public static HandlerWrapper GetHandlerWrapper<TInput, TOutput>(Func<TInput, ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer)
            => new();
        public static HandlerWrapper GetHandlerWrapper<TInput, TOutput>(Func<TInput, ILambdaContext, TOutput> handler, ILambdaSerializer serializer) => new();
        public static HandlerWrapper GetHandlerWrapper<TInput, TOutput>(Func<TInput, Task<TOutput>> handler, ILambdaSerializer serializer) => new();
        public static HandlerWrapper GetHandlerWrapper<TOutput>(Func<ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer) => new();
        public void Dispose() { }
    }

    public class LambdaBootstrap : IDisposable
    {
        public LambdaBootstrap() { }
        public LambdaBootstrap(HandlerWrapper handlerWrapper, Func<Task<bool>>? initializer = null) { }
        public LambdaBootstrap(LambdaBootstrapHandler handler, Func<Task<bool>>? initializer = null) { }
        public Task RunAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
        public void Dispose() { }
    }
}
