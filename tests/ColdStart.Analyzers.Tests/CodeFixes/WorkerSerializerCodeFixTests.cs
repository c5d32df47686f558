using System;
using System.IO;
using System.Text.RegularExpressions;
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
    /// <summary>Program.cs that sets the worker's serializer to a parameterless JsonObjectSerializer (reflection, default options).</summary>
    private const string DefaultSerializerProgram = """
        using Azure.Core.Serialization;
        using Microsoft.Extensions.Hosting;

        new HostBuilder()
            .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer()|})
            .Build()
            .Run();
        """;

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

    /// <summary>Azure.Core's parameterless constructor is <c>this(new JsonSerializerOptions())</c>: the fix writes those same options.</summary>
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

    /// <summary>A worker set up in a library-style class, with options the fix keeps (see <see cref="SerialisationBehaviourTests"/>).</summary>
    public const string OptionsInitializerBefore = """
        using System.Text.Json;
        using Azure.Core.Serialization;
        using Microsoft.Azure.Functions.Worker;

        namespace Shop.Hosting;

        public static class WorkerSetup
        {
            public static void Configure(WorkerOptions worker)
            {
                worker.Serializer = [|new JsonObjectSerializer(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })|];
            }
        }
        """;

    public const string OptionsInitializerAfter = $$"""
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using Azure.Core.Serialization;
        using Microsoft.Azure.Functions.Worker;

        namespace Shop.Hosting;

        public static class WorkerSetup
        {
            public static void Configure(WorkerOptions worker)
            {
                worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                {
                    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
                });
            }
        }

        [JsonSerializable(typeof(AuditEntry))]
        [JsonSerializable(typeof(Order))]
        [JsonSerializable(typeof(Receipt))]
        [JsonSerializable(typeof(Refund))]
        [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Order>))]
        [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Receipt>))]
        internal partial class AppJsonContext : JsonSerializerContext
        {
        }
        """;

    [Fact]
    public Task Options_initializer_keeps_its_settings_and_gains_the_resolver()
    {
        return VerifyAsync(OptionsInitializerBefore.Replace("[|", "{|COLD204:").Replace("|]", "|}"), OptionsInitializerAfter, library: true);
    }

    [Fact]
    public Task Local_options_get_the_resolver_in_their_initializer_and_the_existing_context_gets_the_missing_types()
    {
        const string ExistingContext = """
            using System.Text.Json.Serialization;

            namespace Shop;

            [JsonSerializable(typeof(Order))]
            internal partial class ShopJsonContext : JsonSerializerContext
            {
            }
            """;
        var test = Test(
            """
            using System.Text.Json;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            var options = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                WriteIndented = false
            };
            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer(options)|})
                .Build()
                .Run();
            """,
            """
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            var options = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                WriteIndented = false,
                TypeInfoResolver = JsonTypeInfoResolver.Combine(Shop.ShopJsonContext.Default, new DefaultJsonTypeInfoResolver())
            };
            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(options))
                .Build()
                .Run();
            """);
        test.TestState.Sources.Add(ExistingContext);
        test.FixedState.Sources.Add("""
            using System.Text.Json.Serialization;

            namespace Shop;

            [JsonSerializable(typeof(Order))]
            [JsonSerializable(typeof(AuditEntry))]
            [JsonSerializable(typeof(Receipt))]
            [JsonSerializable(typeof(Refund))]
            [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Order>))]
            [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Receipt>))]
            internal partial class ShopJsonContext : JsonSerializerContext
            {
            }
            """);
        return test.RunAsync();
    }

    /// <summary>Fix All: both serializers get the resolver (one of them through the local they share) and one context is created.</summary>
    [Fact]
    public Task Fix_all_fixes_every_worker_serializer_with_one_new_context()
    {
        return VerifyAsync(
            """
            using System.Text.Json;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            var options = new JsonSerializerOptions();
            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer()|})
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer(options)|})
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer(options)|})
                .Build()
                .Run();
            """,
            $$"""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            var options = new JsonSerializerOptions()
            {
                TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
            };
            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                {
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
                }))
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(options))
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(options))
                .Build()
                .Run();

            {{Registered}}
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """);
    }

    /// <summary>The rule page's "after" example is exactly what the fix writes for its "before" example.</summary>
    [Fact]
    public Task The_rule_pages_after_example_is_what_the_fix_writes()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules", "COLD204.md")).Replace("\r\n", "\n");
        string Block(string kind) => Regex.Match(page, "```csharp " + kind + "\n(?<code>.*?)\n```", RegexOptions.Singleline).Groups["code"].Value;

        var before = Block("before");
        var start = before.IndexOf("new JsonObjectSerializer(", StringComparison.Ordinal);
        // The creation ends at the parenthesis that closes its argument list.
        var end = start + "new JsonObjectSerializer".Length;
        for (var depth = 1; depth > 0;)
        {
            end++;
            depth += before[end] == '(' ? 1 : before[end] == ')' ? -1 : 0;
        }

        var test = new Verify.Test(AzureStubs.Default)
        {
            RunJsonSourceGenerator = true,
            TestCode = before[..start] + "{|COLD204:" + before[start..(end + 1)] + "|}" + before[(end + 1)..],
            FixedCode = Block("after"),
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>
    /// Only what generated metadata serves exactly as reflection does, without a new warning, goes on the context: not a
    /// type with a private [JsonInclude] member nor one that reaches it (the generated metadata throws for them), not one
    /// that reaches the non-generic JsonStringEnumConverter (SYSLIB1034), not the second of two types named Order
    /// (SYSLIB1031); they stay with reflection.
    /// A context generated for fast-path serialisation only cannot read, one with UseStringEnumConverter writes enums
    /// differently from reflection: neither is used, a new one is created.
    /// </summary>
    [Fact]
    public Task Types_generated_metadata_would_serve_differently_and_serialisation_only_contexts_are_left_alone()
    {
        const string Payloads = """
            using System.Text.Json.Serialization;
            using Microsoft.Azure.Functions.Worker;

            namespace Vault;

            public class Secret
            {
                [JsonInclude]
                private string Code { get; set; } = "";
            }

            public class Envelope
            {
                public Secret? Inner { get; set; }
            }

            public record Ticket(string Id);

            [JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Level { Low, High }

            public record Alarm(Level Level);

            public record Order(string Serial);

            public class VaultFunctions
            {
                [Function("Open")]
                public Ticket Open([QueueTrigger("secrets")] Secret secret, [QueueTrigger("envelopes")] Envelope envelope) => new Ticket("t");

                [Function("Raise")]
                public void Raise([QueueTrigger("alarms")] Alarm alarm) { }

                [Function("Reorder")]
                public Archive.Order Reorder([QueueTrigger("vault-orders")] Order order) => new Archive.Order(order.Serial);
            }

            [JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
            [JsonSerializable(typeof(Ticket))]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }

            [JsonSourceGenerationOptions(UseStringEnumConverter = true)]
            [JsonSerializable(typeof(Ticket))]
            internal partial class NamedEnumsJsonContext : JsonSerializerContext
            {
            }
            """;
        var test = Test(
            DefaultSerializerProgram,
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                {
                    TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext2.Default, new DefaultJsonTypeInfoResolver()),
                }))
                .Build()
                .Run();

            [JsonSerializable(typeof(Archive.Order))]
            [JsonSerializable(typeof(Vault.Ticket))]
            internal partial class AppJsonContext2 : JsonSerializerContext
            {
            }
            """,
            withFunctions: false);
        const string Archive = "namespace Archive; public record Order(string Serial);";
        test.TestState.Sources.Add(Payloads);
        test.FixedState.Sources.Add(Payloads);
        test.TestState.Sources.Add(Archive);
        test.FixedState.Sources.Add(Archive);
        return test.RunAsync();
    }

    /// <summary>Namespaces a <c>global using</c> already imports (ImplicitUsings, a Usings.cs) get no using of their own.</summary>
    [Fact]
    public Task Globally_imported_namespaces_are_not_imported_again()
    {
        const string GlobalUsings = """
            global using System.Text.Json;
            global using System.Text.Json.Serialization.Metadata;
            """;
        var test = Test(
            DefaultSerializerProgram,
            $$"""
            using System.Text.Json.Serialization;
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
        test.TestState.Sources.Add(GlobalUsings);
        test.FixedState.Sources.Add(GlobalUsings);
        return test.RunAsync();
    }

    /// <summary>
    /// Against the worker's real assemblies instead of the stubs: the real binding attributes (HttpTrigger and
    /// QueueTrigger from TriggerBindingAttribute, QueueOutput from OutputBindingAttribute) are recognised, the worker's
    /// HttpRequestData is left out, and the fixed code compiles.
    /// </summary>
    [Fact]
    public Task The_fix_reads_the_real_workers_bindings()
    {
        const string Functions = """
            using Microsoft.Azure.Functions.Worker;
            using Microsoft.Azure.Functions.Worker.Http;

            namespace Shop;

            public record Order(string Id);

            public record Shipment(string OrderId);

            public class Outputs
            {
                [QueueOutput("shipments")]
                public Shipment? Shipment { get; set; }
            }

            public class OrderFunctions
            {
                [Function("Place")]
                public Outputs Place([QueueTrigger("orders")] Order order) => new Outputs { Shipment = new Shipment(order.Id) };

                [Function("Ping")]
                public HttpResponseData Ping([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequestData request) => request.CreateResponse();
            }
            """;
        var test = new Verify.Test(System.Array.Empty<string>())
        {
            RunJsonSourceGenerator = true,
            TestCode = """
                using Azure.Core.Serialization;
                using Microsoft.Azure.Functions.Worker;

                namespace Shop;

                public static class WorkerSetup
                {
                    public static void Configure(WorkerOptions worker) => worker.Serializer = {|COLD204:new JsonObjectSerializer()|};
                }
                """,
            FixedCode = """
                using System.Text.Json;
                using System.Text.Json.Serialization;
                using System.Text.Json.Serialization.Metadata;
                using Azure.Core.Serialization;
                using Microsoft.Azure.Functions.Worker;

                namespace Shop;

                public static class WorkerSetup
                {
                    public static void Configure(WorkerOptions worker) => worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                    {
                        TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
                    });
                }

                [JsonSerializable(typeof(Order))]
                [JsonSerializable(typeof(Shipment))]
                internal partial class AppJsonContext : JsonSerializerContext
                {
                }
                """,
        };
        test.TestState.Sources.Add(Functions);
        test.FixedState.Sources.Add(Functions);
        test.TestState.AdditionalReferences.AddRange(RealWorker.References);
        return test.RunAsync();
    }

    /// <summary>The app's own types are payloads whatever their namespace: an app in <c>Azure.*</c> is not the Azure SDK.</summary>
    [Fact]
    public Task An_app_in_an_Azure_namespace_gets_its_types_registered()
    {
        const string Payloads = """
            using Microsoft.Azure.Functions.Worker;

            namespace Azure.Shop.Functions;

            public record Parcel(string Id);

            public class Parcels
            {
                [Function("Ship")]
                public void Ship([QueueTrigger("parcels")] Parcel parcel) { }
            }
            """;
        var test = Test(
            DefaultSerializerProgram,
            """
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

            [JsonSerializable(typeof(Azure.Shop.Functions.Parcel))]
            internal partial class AppJsonContext : JsonSerializerContext
            {
            }
            """,
            withFunctions: false);
        test.TestState.Sources.Add(Payloads);
        test.FixedState.Sources.Add(Payloads);
        return test.RunAsync();
    }

    /// <summary>
    /// No fix where it would change behaviour or not compile: a null argument (the serializer throws today), a local
    /// given another value later (the fix could not follow it), and no context to reuse with no payload to create one.
    /// </summary>
    [Fact]
    public Task No_fix_for_a_null_argument_a_reassigned_local_or_nothing_to_register()
    {
        const string Source = """
            using System.Text.Json;
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            var options = new JsonSerializerOptions();
            options = new JsonSerializerOptions { WriteIndented = true };
            new HostBuilder()
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer(null!)|})
                .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|COLD204:new JsonObjectSerializer(options)|})
                .Build()
                .Run();
            """;
        var test = Test(Source, Source);
        var nothingToRegister = Test(DefaultSerializerProgram, null, withFunctions: false);
        nothingToRegister.FixedState.Sources.Add(nothingToRegister.TestState.Sources[0].content.ToString());
        nothingToRegister.TestState.Sources.Add(PingOnly);
        nothingToRegister.FixedState.Sources.Add(PingOnly);
        return Task.WhenAll(test.RunAsync(), nothingToRegister.RunAsync());
    }

    private const string PingOnly = """
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;

        public class Health
        {
            [Function("Ping")]
            public HttpResponseData Ping([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequestData request) => request.CreateResponse();
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource, bool library = false)
    {
        return Test(source, fixedSource, library: library).RunAsync();
    }

    private static Verify.Test Test(string source, string? fixedSource, bool withFunctions = true, bool library = false)
    {
        var test = new Verify.Test(new[] { AzureStubs.Worker, AzureStubs.Bindings }) { RunJsonSourceGenerator = true };
        test.TestState.Sources.Add(source);
        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(fixedSource);
        }

        if (withFunctions)
        {
            test.TestState.Sources.Add(Functions);
            test.FixedState.Sources.Add(Functions);
        }

        test.TestState.OutputKind = library ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication;
        return test;
    }
}
