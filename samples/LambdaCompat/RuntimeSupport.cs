using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Lambda.Core;

namespace Amazon.Lambda.RuntimeSupport
{
    /// <summary>
    /// Mirror of Amazon.Lambda.RuntimeSupport's LambdaBootstrapBuilder (the overloads the samples use): an executable
    /// function hands its handler to it and runs the Lambda Runtime API loop.
    /// </summary>
    public sealed class LambdaBootstrapBuilder
    {
        private readonly Func<Stream, ILambdaContext, Task<Stream>> _handler;

        private LambdaBootstrapBuilder(Func<Stream, ILambdaContext, Task<Stream>> handler)
        {
            _handler = handler;
        }

        public static LambdaBootstrapBuilder Create(Func<Stream, ILambdaContext, Task<Stream>> handler) => new(handler);

        public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, Task<TOutput>> handler, ILambdaSerializer serializer)
        {
            return new(async (input, context) =>
            {
                var output = await handler(serializer.Deserialize<TInput>(input), context).ConfigureAwait(false);
                var stream = new MemoryStream();
                serializer.Serialize(output, stream);
                stream.Position = 0;
                return stream;
            });
        }

        public static LambdaBootstrapBuilder Create<TInput, TOutput>(Func<TInput, ILambdaContext, TOutput> handler, ILambdaSerializer serializer)
            => Create<TInput, TOutput>((input, context) => Task.FromResult(handler(input, context)), serializer);

        public LambdaBootstrap Build() => new(_handler);
    }

    /// <summary>
    /// Mirror of Amazon.Lambda.RuntimeSupport's LambdaBootstrap: asks the Runtime API at AWS_LAMBDA_RUNTIME_API for the
    /// next invocation, runs the handler, posts the response (or the error), and asks again.
    /// </summary>
    public sealed class LambdaBootstrap : IDisposable
    {
        private readonly Func<Stream, ILambdaContext, Task<Stream>> _handler;

        // The Runtime API is on the local host: no proxy from the environment may sit in between.
        private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

        internal LambdaBootstrap(Func<Stream, ILambdaContext, Task<Stream>> handler)
        {
            _handler = handler;
        }

        public async Task RunAsync(CancellationToken cancellationToken = default)
        {
            var api = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")
                ?? throw new InvalidOperationException("AWS_LAMBDA_RUNTIME_API is not set: this program runs inside Lambda (or `dotnet coldstart run`).");
            var runtime = new Uri($"http://{api}/2018-06-01/runtime/");
            while (!cancellationToken.IsCancellationRequested)
            {
                using var next = await _client.GetAsync(new Uri(runtime, "invocation/next"), cancellationToken).ConfigureAwait(false);
                next.EnsureSuccessStatusCode();
                var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
                var deadline = next.Headers.TryGetValues("Lambda-Runtime-Deadline-Ms", out var values)
                    ? DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(values.First(), CultureInfo.InvariantCulture))
                    : DateTimeOffset.UtcNow.AddMinutes(15);
                var input = new MemoryStream(await next.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                var context = new RuntimeContext(requestId, deadline);
                HttpContent content;
                string outcome;
                try
                {
                    content = new StreamContent(await _handler(input, context).ConfigureAwait(false));
                    outcome = "response";
                }
                catch (Exception e)
                {
                    content = new ByteArrayContent(ErrorBody(e));
                    content.Headers.TryAddWithoutValidation("Lambda-Runtime-Function-Error-Type", e.GetType().Name);
                    outcome = "error";
                }

                using (content)
                {
                    var url = new Uri(runtime, $"invocation/{requestId}/{outcome}");
                    using var posted = await _client.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public void Dispose() => _client.Dispose();

        private static byte[] ErrorBody(Exception e)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("errorMessage", e.Message);
                writer.WriteString("errorType", e.GetType().Name);
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        private sealed class RuntimeContext : ILambdaContext, ILambdaLogger
        {
            private readonly DateTimeOffset _deadline;

            public RuntimeContext(string requestId, DateTimeOffset deadline)
            {
                AwsRequestId = requestId;
                _deadline = deadline;
            }

            public string AwsRequestId { get; }

            public IClientContext ClientContext => null!;

            public string FunctionName => Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") ?? "";

            public string FunctionVersion => Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_VERSION") ?? "$LATEST";

            public ICognitoIdentity Identity => null!;

            public string InvokedFunctionArn => "";

            public ILambdaLogger Logger => this;

            public string LogGroupName => Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_GROUP_NAME") ?? "";

            public string LogStreamName => Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_STREAM_NAME") ?? "";

            public int MemoryLimitInMB
                => int.TryParse(
                    Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb)
                    ? mb
                    : 128;

            public TimeSpan RemainingTime => _deadline - DateTimeOffset.UtcNow;

            public void Log(string message) => Console.Write(message);

            public void LogLine(string message) => Console.WriteLine(message);
        }
    }
}
