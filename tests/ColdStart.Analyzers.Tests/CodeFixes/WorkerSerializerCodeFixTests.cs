using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.CodeFixVerifier<
    ColdStart.Analyzers.Rules.ReflectionWorkerSerializerAnalyzer,
    ColdStart.Analyzers.CodeFixes.UseSourceGeneratedWorkerSerializerCodeFixProvider>;

namespace ColdStart.Analyzers.Tests.CodeFixes;

/// <summary>
/// COLD204's fix: the worker serializer's options get <c>JsonTypeInfoResolver.Combine(Ctx.Default, new
/// DefaultJsonTypeInfoResolver())</c> and the functions' payload types go on the context. The fixed code compiles with
/// System.Text.Json's generator (so the context really exists) and is not reported again.
/// </summary>
public class WorkerSerializerCodeFixTests
{
    /// <summary>
    /// Functions of every binding shape: queue payloads (one twice, one as a list), an HTTP function that binds only
    /// the worker's request type, a blob client and a string, [FromBody], and a multi-output result class.
    /// </summary>
    public const string Functions = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure.Storage.Blobs;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;

        namespace Shop;

        public record Order(string Id, decimal Total);

        public record Receipt(string OrderId);

        public record Refund(string OrderId, string Reason);

        public record AuditEntry(string Text);

        public class OrderFunctions
        {
            [Function("Place")]
            public Task<Receipt> Place([QueueTrigger("orders")] Order order, FunctionContext context, CancellationToken cancellationToken)
                => Task.FromResult(new Receipt(order.Id));

            [Function("Replay")]
            public ValueTask<Receipt?> Replay([QueueTrigger("replays")] Order? order) => new(order is null ? null : new Receipt(order.Id));

            [Function("Batch")]
            public IReadOnlyList<Receipt> Batch([QueueTrigger("batches")] IReadOnlyList<Order> orders) => new List<Receipt>();

            [Function("Ping")]
            public HttpResponseData Ping([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequestData request) => request.CreateResponse();

            [Function("Archive")]
            public Task Archive([BlobInput("archive/latest")] BlobClient blob, [QueueTrigger("raw")] string raw, [QueueTrigger("bytes")] byte[] bytes)
                => Task.CompletedTask;

            [Function("Refund")]
            public RefundOutputs RefundOrder([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData request, [FromBody] Refund refund)
                => new RefundOutputs { Audit = new AuditEntry(refund.Reason), Response = request.CreateResponse() };
        }

        public class RefundOutputs
        {
            [QueueOutput("audit")]
            public AuditEntry? Audit { get; set; }

            [HttpResult]
            public HttpResponseData? Response { get; set; }
        }
        """;

    /// <summary>What the fix registers for <see cref="Functions"/>: sorted, each once, no worker or SDK type.</summary>
    private const string Registered = """
        [JsonSerializable(typeof(Shop.AuditEntry))]
        [JsonSerializable(typeof(Shop.Order))]
        [JsonSerializable(typeof(Shop.Receipt))]
        [JsonSerializable(typeof(Shop.Refund))]
        [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Shop.Order>))]
        [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Shop.Receipt>))]
        """;

    [Fact]
    public Task Parameterless_serializer_gets_default_options_with_the_resolver_and_a_new_context()
    {
        return VerifyAsync(
            """
            using System.Text.Json;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer()|})
                .Build()
                .Run();
            """,
            $$"""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                {
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
                }))
                .Build()
                .Run();

            {{Registered}}
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """);
    }

    private static Task VerifyAsync(string source, string fixedSource, params string[] moreSources)
    {
        var test = new Verify.Test(new[] { AzureStubs.Worker, AzureStubs.Bindings }) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(Functions);
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.Sources.Add(Functions);
        foreach (var more in moreSources)
        {
            test.TestState.Sources.Add(more);
        }

        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }
}
