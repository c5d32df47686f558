using System.Linq;
using ColdStart.Analyzers.Generation;
using ColdStart.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Generators.Tests;

public class HazardSummaryGeneratorTests
{
    private const string Library = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;
        using System.Threading.Tasks;

        namespace Shop.Common
        {
            public static class JsonHelper
            {
                public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)!;

                public static T ReadFast<T>(string json, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;

                public static string Envelope(object value) => Wrap(value);

                private static string Wrap(object value) => JsonSerializer.Serialize(value);
            }

            public class OrderFacade
            {
                private static readonly HttpClient Shared = new HttpClient();
                private static HttpClient? s_cached;
                private readonly HttpClient _given;

                public OrderFacade(HttpClient given)
                {
                    _given = given;
                }

                public Task<string> FetchAsync(string url)
                {
                    var client = new HttpClient();
                    return client.GetStringAsync(url);
                }

                public HttpClient Given() => _given;

                public HttpClient Cached() => s_cached ??= new HttpClient();

                public static int Count(string[] names) => names.Count(n => n.Length > 0);

                public static string Shared2() => Shared.BaseAddress?.ToString() ?? string.Empty;
            }

            public interface IOrderStore
            {
                Task<string> LoadAsync(string url);

                string Name();
            }

            public class HttpOrderStore : IOrderStore
            {
                public Task<string> LoadAsync(string url) => new HttpClient().GetStringAsync(url);

                public string Name() => nameof(HttpOrderStore);
            }

            public class ReceiptArchive
            {
                private readonly HttpClient _http = new HttpClient();

                public Uri? Address => _http.BaseAddress;
            }

            public static class Setup
            {
                public static string LoadRules() => File.ReadAllText("rules.json");

                public static void Warm() => Task.Delay(1).Wait();

                public static Type[] Scan() => typeof(Setup).Assembly.GetTypes();

                public static Func<string> Later() => () => File.ReadAllText("later.json");

                public static string[] LoadAll(string[] paths) => paths.Select(p => File.ReadAllText(p)).ToArray();

                public static void Start() => Middle();

                internal static void Middle() => Deep();

                private static void Deep() => Warm();
            }
        }
        """;

    [Fact]
    public void The_summary_matches_its_baseline()
    {
        var (_, result) = GeneratorHarness.RunClean(new HazardSummaryGenerator(), Library);

        GeneratorHarness.AssertMatchesBaseline("ColdStartHazardSummary.g.cs.txt", GeneratorHarness.GeneratedSource(result, HazardSummaryGenerator.HintName));
    }

    [Theory]
    [InlineData("COLD201|M:Shop.Common.JsonHelper.Read``1(System.String)|JsonHelper.Read<T>|JsonSerializer.Deserialize|"
        + "|M:Shop.Common.JsonHelper.Read``1(System.String)")]
    [InlineData("COLD201|M:Shop.Common.JsonHelper.Envelope(System.Object)|JsonHelper.Envelope"
        + "|JsonSerializer.Serialize in JsonHelper.Wrap||M:Shop.Common.JsonHelper.Wrap(System.Object)")]
    [InlineData("COLD301|M:Shop.Common.OrderFacade.FetchAsync(System.String)|OrderFacade.FetchAsync|new HttpClient|HttpClient"
        + "|M:Shop.Common.OrderFacade.FetchAsync(System.String)")]
    [InlineData("COLD301|M:Shop.Common.ReceiptArchive.#ctor|ReceiptArchive|new HttpClient|HttpClient|M:Shop.Common.ReceiptArchive.#ctor")]
    [InlineData("COLD301|M:Shop.Common.IOrderStore.LoadAsync(System.String)|IOrderStore.LoadAsync"
        + "|new HttpClient in HttpOrderStore.LoadAsync|HttpClient|M:Shop.Common.HttpOrderStore.LoadAsync(System.String)")]
    [InlineData("COLD101|M:Shop.Common.Setup.LoadRules|Setup.LoadRules|File.ReadAllText|file I/O|M:Shop.Common.Setup.LoadRules")]
    [InlineData("COLD101|M:Shop.Common.Setup.LoadAll(System.String[])|Setup.LoadAll|File.ReadAllText|file I/O|M:Shop.Common.Setup.LoadAll(System.String[])")]
    [InlineData("COLD102|M:Shop.Common.Setup.Warm|Setup.Warm|Task.Wait||M:Shop.Common.Setup.Warm")]
    [InlineData("COLD102|M:Shop.Common.Setup.Start|Setup.Start|Task.Wait in Setup.Warm||M:Shop.Common.Setup.Warm")]
    [InlineData("COLD103|M:Shop.Common.Setup.Scan|Setup.Scan|Assembly.GetTypes||M:Shop.Common.Setup.Scan")]
    public void Lists_what_a_member_does_itself_and_through_the_library_methods_it_calls(string entry)
    {
        var (_, result) = GeneratorHarness.RunClean(new HazardSummaryGenerator(), Library);

        Assert.Contains(SymbolDisplay.FormatLiteral(entry, quote: true), GeneratorHarness.GeneratedSource(result, HazardSummaryGenerator.HintName));
    }

    [Theory]
    [InlineData("JsonHelper.ReadFast")] // source-generated metadata (a JsonTypeInfo)
    [InlineData("JsonHelper.Wrap")] // private: nothing outside the library calls it
    [InlineData("OrderFacade.#ctor(System.Net.Http.HttpClient)")] // handed its client
    [InlineData("OrderFacade.Given")]
    [InlineData("OrderFacade.Cached")] // ??= keeps the client
    [InlineData("OrderFacade.Count")]
    [InlineData("Setup.Later")] // the lambda runs when the caller calls it, not in Later
    [InlineData("IOrderStore.Name")] // no implementation does anything
    public void Leaves_out_members_that_do_no_hazardous_work_when_called(string member)
    {
        var (_, result) = GeneratorHarness.RunClean(new HazardSummaryGenerator(), Library);

        // Not listed as a member (an entry's second field); it may still be where another member's hazard is (the last).
        var listed = @"COLD\d{3}\|M:Shop\.Common\." + System.Text.RegularExpressions.Regex.Escape(member) + @"\|";
        Assert.DoesNotMatch(listed, GeneratorHarness.GeneratedSource(result, HazardSummaryGenerator.HintName));
    }

    [Fact]
    public void A_call_through_an_interface_that_a_referencing_library_implements_is_listed_for_the_function_to_follow()
    {
        // Shop.Catalog calls its store through an interface that none of its classes implements; Shop.Storage, which
        // references it, does. Each summary lists its side under the interface member's id.
        var catalog = GeneratorHarness.Compilation("""
            namespace Shop.Catalog
            {
                public interface IProductStore
                {
                    string Load(string sku);
                }

                public class CatalogService
                {
                    private readonly IProductStore _store;

                    public CatalogService(IProductStore store) => _store = store;

                    public string Describe(string sku) => Format(_store.Load(sku));

                    private static string Format(string text) => text.Trim();
                }
            }
            """).WithAssemblyName("Shop.Catalog");
        var (catalogOutput, catalogResult) = GeneratorHarness.RunClean(new IIncrementalGenerator[] { new HazardSummaryGenerator() }, catalog);
        using var image = new System.IO.MemoryStream();
        Assert.True(catalogOutput.Emit(image).Success);
        var storage = GeneratorHarness.Compilation("""
            using System.Text.Json;
            using Shop.Catalog;

            namespace Shop.Storage
            {
                public class FileProductStore : IProductStore
                {
                    public string Load(string sku) => JsonSerializer.Serialize(new[] { sku });
                }
            }
            """).WithAssemblyName("Shop.Storage").AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var (_, storageResult) = GeneratorHarness.RunClean(new IIncrementalGenerator[] { new HazardSummaryGenerator() }, storage);

        const string Load = "M:Shop.Catalog.IProductStore.Load(System.String)";
        const string Describe = "M:Shop.Catalog.CatalogService.Describe(System.String)";
        Assert.Contains(
            SymbolDisplay.FormatLiteral($"dispatch|{Describe}|CatalogService.Describe|IProductStore.Load|{Load}|{Describe}", quote: true),
            GeneratorHarness.GeneratedSource(catalogResult, HazardSummaryGenerator.HintName));
        Assert.Contains(
            SymbolDisplay.FormatLiteral(
                $"COLD201|{Load}|IProductStore.Load|JsonSerializer.Serialize in FileProductStore.Load||M:Shop.Storage.FileProductStore.Load(System.String)",
                quote: true),
            GeneratorHarness.GeneratedSource(storageResult, HazardSummaryGenerator.HintName));
    }

    // A layered library: the service's entry point reaches the client's reflection JSON through seven calls (validation,
    // lookups, the API client and its private helper), which the summary follows; an eighth more is as far as it goes.
    [Fact]
    public void Follows_the_library_own_calls_eight_deep()
    {
        const string Layers = """
            namespace Shop.Validation
            {
                public static class Layers
                {
                    public static string Validate(string file) => Rows(file);
                    private static string Rows(string file) => Organisations(file);
                    private static string Organisations(string file) => Members(file);
                    private static string Members(string file) => Producers(file);
                    private static string Producers(string file) => Remaining(file);
                    private static string Remaining(string file) => Post(file);
                    private static string Post(string file) => Body(file);
                    private static string Body(string file) => System.Text.Json.JsonSerializer.Serialize(file);

                    public static string TooDeep(string file) => Deeper(file);
                    private static string Deeper(string file) => Validate(file);
                }
            }
            """;
        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(GeneratorHarness.Compilation(Layers))
            .GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains("COLD201|M:Shop.Validation.Layers.Validate(System.String)|Layers.Validate|JsonSerializer.Serialize in Layers.Body|", summary);
        Assert.DoesNotContain("M:Shop.Validation.Layers.TooDeep(System.String)", summary);
    }

    [Fact]
    public void A_library_without_hazards_gets_no_file()
    {
        var (_, result) = GeneratorHarness.RunClean(
            new HazardSummaryGenerator(), "namespace Shop.Common { public static class Prices { public static decimal Net(decimal gross) => gross / 1.2m; } }");

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void A_project_with_handlers_gets_no_summary_so_its_hazards_are_reported_where_they_are_and_only_there()
    {
        var (_, result) = GeneratorHarness.RunClean(
            new HazardSummaryGenerator(),
            Library,
            "namespace Shop.Common { public class Worker { [ColdStart.ColdStartHandler] public string Run(string json) => JsonHelper.Read<string>(json); } }");

        Assert.Empty(result.GeneratedTrees);
        Assert.All(
            result.Results.Single().TrackedSteps[HazardSummaryGenerator.SummaryStep].SelectMany(step => step.Outputs),
            output => Assert.Empty((EquatableArray<string>)output.Value));
    }

    [Fact]
    public void A_startup_class_is_left_out_because_the_rules_report_inside_it()
    {
        var (_, result) = GeneratorHarness.RunClean(
            new HazardSummaryGenerator(),
            Library,
            """
            namespace Amazon.Lambda.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class LambdaStartupAttribute : System.Attribute { }
            }

            namespace Shop.Common
            {
                [Amazon.Lambda.Annotations.LambdaStartup]
                public class Startup
                {
                    public string ConfigureServices() => Setup.LoadRules();
                }
            }
            """);

        var summary = GeneratorHarness.GeneratedSource(result, HazardSummaryGenerator.HintName);
        Assert.Contains("Setup.LoadRules", summary);
        Assert.DoesNotContain("Startup.ConfigureServices", summary);
    }

    [Fact]
    public void A_type_listed_in_coldstart_client_types_is_a_client_inside_the_library_too()
    {
        var compilation = GeneratorHarness.Compilation(
            Library,
            """
            namespace Shop.Common
            {
                public class SearchClient { }

                public static class Search
                {
                    public static SearchClient Connect() => new SearchClient();
                }
            }
            """);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new HazardSummaryGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new GlobalOption("coldstart.client_types", "Shop.Common.SearchClient"));

        var summary = driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains("COLD301|M:Shop.Common.Search.Connect|Search.Connect|new SearchClient|SearchClient", summary);
    }

    [Fact]
    public void Calls_that_do_not_compile_because_an_argument_type_is_unknown_still_list_what_they_reach()
    {
        // PageUp.Events stands for a package this build lacks: its Event type, and every value read from it, is unknown.
        const string Processor = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using PageUp.Events;

            namespace Shop.Notify
            {
                public class Processor
                {
                    public async Task Process(Event message)
                    {
                        var targets = await Targets(message.Header.Type);
                        await Notify(targets, message);
                    }

                    public string Describe(Event message) => System.Text.Json.JsonSerializer.Serialize(message.Body);

                    public HttpClient Open(Event message) => new HttpClient(message.Handler);

                    public string Secret(Event message) => message.Vault.ReadAsync("key").GetAwaiter().GetResult();

                    public object Push(Event message) => PushHubClient.CreateClientFromConnectionString(message.Connection, "hub");

                    private static Task<string[]> Targets(string type) => Task.FromResult(new[] { type });

                    private static async Task Notify(string[] targets, Event message)
                    {
                        using var http = new HttpClient();
                        foreach (var target in targets)
                        {
                            await http.PostAsync(target, new StringContent(message.ToString()));
                        }
                    }
                }
            }
            """;
        var result = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(GeneratorHarness.Compilation(Processor)).GetRunResult();
        var summary = result.GeneratedTrees.Single().ToString();

        Assert.Contains(
            "COLD301|M:Shop.Notify.Processor.Process(Event)|Processor.Process|new HttpClient in Processor.Notify|HttpClient|"
                + "M:Shop.Notify.Processor.Notify(System.String[],Event)",
            summary);
        Assert.Contains("COLD201|M:Shop.Notify.Processor.Describe(Event)|Processor.Describe|JsonSerializer.Serialize|", summary);
        Assert.Contains("COLD301|M:Shop.Notify.Processor.Open(Event)|Processor.Open|new HttpClient|HttpClient|", summary);
        Assert.Contains("COLD102|M:Shop.Notify.Processor.Secret(Event)|Processor.Secret|GetAwaiter().GetResult()|", summary);
        Assert.Contains(
            "COLD301|M:Shop.Notify.Processor.Push(Event)|Processor.Push|PushHubClient.CreateClientFromConnectionString|PushHubClient|", summary);
    }

    [Fact]
    public void A_class_library_that_references_the_hosting_package_is_summarised_unless_it_holds_a_hosting_entry_point()
    {
        var hosting = CSharpCompilation.Create(
                "Amazon.Lambda.AspNetCoreServer",
                new[] { CSharpSyntaxTree.ParseText("namespace Amazon.Lambda.AspNetCoreServer { public abstract class APIGatewayProxyFunction { } }") },
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();
        const string Reader = """
            namespace Shop.Media
            {
                public static class Reader
                {
                    public static T Read<T>(string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json)!;
                }
            }
            """;
        const string EntryPoint = "namespace Shop.Media { public class LambdaEntryPoint : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction { } }";

        var library = GeneratorHarness.Driver(new HazardSummaryGenerator())
            .RunGenerators(GeneratorHarness.Compilation(Reader).AddReferences(hosting)).GetRunResult();
        var function = GeneratorHarness.Driver(new HazardSummaryGenerator())
            .RunGenerators(GeneratorHarness.Compilation(Reader, EntryPoint).AddReferences(hosting)).GetRunResult();

        Assert.Contains(
            "COLD201|M:Shop.Media.Reader.Read``1(System.String)|Reader.Read<T>|JsonSerializer.Deserialize", library.GeneratedTrees.Single().ToString());
        Assert.Empty(function.GeneratedTrees);
    }

    [Fact]
    public void A_service_given_the_lambda_context_in_its_constructor_is_summarised_but_a_method_taking_it_makes_a_function()
    {
        const string Context = "namespace Amazon.Lambda.Core { public interface ILambdaContext { string InvokedFunctionArn { get; } } }";
        const string Resolver = """
            using Amazon.Lambda.Core;

            namespace Shop.Notify
            {
                public class TopicResolver
                {
                    private readonly ILambdaContext _context;

                    public TopicResolver(ILambdaContext context) => _context = context;

                    public ILambdaContext Context => _context;

                    public string Describe(object value) => System.Text.Json.JsonSerializer.Serialize(value) + _context.InvokedFunctionArn;
                }
            }
            """;
        const string Handler = """
            namespace Shop.Notify
            {
                public class Notifier
                {
                    public string Handle(string input, Amazon.Lambda.Core.ILambdaContext context) => input;
                }
            }
            """;

        var (_, service) = GeneratorHarness.RunClean(new HazardSummaryGenerator(), Context, Resolver);
        var (_, function) = GeneratorHarness.RunClean(new HazardSummaryGenerator(), Context, Resolver, Handler);

        Assert.Contains(
            "COLD201|M:Shop.Notify.TopicResolver.Describe(System.Object)|TopicResolver.Describe|JsonSerializer.Serialize",
            service.GeneratedTrees.Single().ToString());
        Assert.Empty(function.GeneratedTrees);
    }

    [Fact]
    public void Lambda_event_types_alone_do_not_make_a_function_but_AWSProjectType_Lambda_does()
    {
        const string Responses = """
            namespace Amazon.Lambda.APIGatewayEvents { public class APIGatewayProxyResponse { public string? Body { get; set; } } }

            namespace Shop.Common
            {
                public static class Reply
                {
                    public static Amazon.Lambda.APIGatewayEvents.APIGatewayProxyResponse Ok(object value)
                        => new() { Body = System.Text.Json.JsonSerializer.Serialize(value) };
                }
            }
            """;
        var shared = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(GeneratorHarness.Compilation(Responses)).GetRunResult();
        var deployed = CSharpGeneratorDriver.Create(
                new[] { new HazardSummaryGenerator().AsSourceGenerator() },
                parseOptions: GeneratorHarness.ParseOptions,
                optionsProvider: new GlobalOption("build_property.AWSProjectType", "Lambda"))
            .RunGenerators(GeneratorHarness.Compilation(Responses)).GetRunResult();

        Assert.Contains("COLD201|M:Shop.Common.Reply.Ok(System.Object)|Reply.Ok|JsonSerializer.Serialize", shared.GeneratedTrees.Single().ToString());
        Assert.Empty(deployed.GeneratedTrees);
    }

    [Fact]
    public void A_member_names_each_place_that_does_what_it_reaches_its_own_code_first()
    {
        var compilation = GeneratorHarness.Compilation(
            Library,
            """
            namespace Shop.Common
            {
                public static class Audit
                {
                    public static string Record(object entry) => System.Text.Json.JsonSerializer.Serialize(entry) + JsonHelper.Envelope(entry);
                }
            }
            """);

        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        const string Record = "COLD201|M:Shop.Common.Audit.Record(System.Object)|Audit.Record|";
        var own = summary.IndexOf(Record + "JsonSerializer.Serialize||M:Shop.Common.Audit.Record(System.Object)");
        var reached = summary.IndexOf(Record + "JsonSerializer.Serialize in JsonHelper.Wrap||M:Shop.Common.JsonHelper.Wrap(System.Object)");
        Assert.True(own >= 0 && reached > own, summary);
    }

    [Fact]
    public void Middleware_a_setup_extension_registers_carries_only_its_reflection_json_to_the_extension()
    {
        // The middleware's Invoke runs on every request, later: its reflection JSON is the extension's hazard wherever the
        // extension is called, its file read is not init work of whoever calls the extension.
        var compilation = GeneratorHarness.Compilation(
            """
            namespace Microsoft.AspNetCore.Builder
            {
                public interface IApplicationBuilder { }

                public static class UseMiddlewareExtensions
                {
                    public static IApplicationBuilder UseMiddleware<TMiddleware>(this IApplicationBuilder app, params object[] args) => app;
                }
            }
            """,
            """
            using System.IO;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;

            namespace Shop.Web
            {
                public static class AuditSetup
                {
                    public static IApplicationBuilder UseOrderAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();
                }

                public class AuditMiddleware
                {
                    public Task InvokeAsync(object request)
                    {
                        var template = File.ReadAllText("audit.txt");
                        return Task.FromResult(template + JsonSerializer.Serialize(request));
                    }
                }
            }
            """);

        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains(
            "COLD201|M:Shop.Web.AuditSetup.UseOrderAudit(Microsoft.AspNetCore.Builder.IApplicationBuilder)|AuditSetup.UseOrderAudit|"
                + "JsonSerializer.Serialize in AuditMiddleware.InvokeAsync||M:Shop.Web.AuditMiddleware.InvokeAsync(System.Object)",
            summary);
        Assert.Contains("COLD101|M:Shop.Web.AuditMiddleware.InvokeAsync(System.Object)|", summary);
        Assert.DoesNotContain("COLD101|M:Shop.Web.AuditSetup.UseOrderAudit", summary);
    }

    internal const string OrderRequests = """
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using MediatR;

        namespace Shop.Orders
        {
            public class PlaceOrder : IRequest
            {
                public string Id { get; set; } = "";

                internal class Handler : IRequestHandler<PlaceOrder>
                {
                    private readonly IOrderStore _store = new FileOrderStore();

                    public Task Handle(PlaceOrder request, CancellationToken cancellationToken) => _store.SaveAsync(request.Id);
                }
            }

            public class CancelOrder : IRequest
            {
                internal class Handler : IRequestHandler<CancelOrder>
                {
                    public Task Handle(CancelOrder request, CancellationToken cancellationToken) => Task.CompletedTask;
                }
            }

            public interface IOrderStore
            {
                Task SaveAsync(string id);
            }

            internal class FileOrderStore : IOrderStore
            {
                public Task SaveAsync(string id) => Task.FromResult(Envelope.Wrap(id));
            }

            internal static class Envelope
            {
                public static string Wrap(string id) => Encode(id);

                private static string Encode(string id) => Write(id);

                private static string Write(string id) => JsonSerializer.Serialize(new[] { id });
            }
        }
        """;

    [Fact]
    public void A_mediator_request_lists_what_its_handler_does_and_dispatch_costs_no_call_depth()
    {
        // PlaceOrder -> Handler.Handle (1) -> IOrderStore.SaveAsync, dispatched to FileOrderStore.SaveAsync (2) -> Envelope.Wrap (3)
        // -> Encode (4) -> Write (5): within the five calls a summary follows, because neither the request nor the interface is a call.
        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator())
            .RunGenerators(GeneratorHarness.Compilation(MediatorContracts.Source, OrderRequests)).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains(
            "COLD201|T:Shop.Orders.PlaceOrder|PlaceOrder.Handler.Handle|JsonSerializer.Serialize in Envelope.Write"
                + "||M:Shop.Orders.Envelope.Write(System.String)",
            summary);
        Assert.DoesNotContain("T:Shop.Orders.CancelOrder", summary);
    }

    [Fact]
    public void A_client_built_by_its_types_static_factory_is_listed_unless_kept()
    {
        var compilation = GeneratorHarness.Compilation(
            """
            namespace StackExchange.Redis
            {
                public sealed class ConnectionMultiplexer
                {
                    public static ConnectionMultiplexer Connect(string configuration) => null!;
                }
            }
            """,
            """
            using StackExchange.Redis;

            namespace Shop.Caching
            {
                public static class Cache
                {
                    private static ConnectionMultiplexer? s_shared;

                    public static string Read(string key) => ConnectionMultiplexer.Connect("cache:6379") + key;

                    public static string ReadShared(string key) => (s_shared ??= ConnectionMultiplexer.Connect("cache:6379")) + key;
                }
            }
            """);

        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains("COLD301|M:Shop.Caching.Cache.Read(System.String)|Cache.Read|ConnectionMultiplexer.Connect|ConnectionMultiplexer|", summary);
        Assert.DoesNotContain("COLD301|M:Shop.Caching.Cache.ReadShared", summary);

        // Either connects on its first call, which on the init path is a network connection before the first invocation (COLD101).
        Assert.Contains("COLD101|M:Shop.Caching.Cache.ReadShared(System.String)|Cache.ReadShared|", summary);
    }

    [Fact]
    public void A_set_up_extension_that_registers_a_client_owning_type_as_scoped_names_the_constructor_that_builds_it()
    {
        var compilation = GeneratorHarness.Compilation(
            """
            namespace Microsoft.Extensions.DependencyInjection
            {
                public interface IServiceCollection { }

                public static class ServiceCollectionServiceExtensions
                {
                    public static IServiceCollection AddScoped<TService, TImplementation>(this IServiceCollection services)
                        where TService : class where TImplementation : class, TService => services;

                    public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services)
                        where TService : class where TImplementation : class, TService => services;
                }
            }
            """,
            """
            using System.Net.Http;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop.Rates
            {
                public interface IRates { string Base { get; } }

                public sealed class RatesApi : IRates
                {
                    private readonly HttpClient _http;

                    public RatesApi() => _http = new HttpClient();

                    public string Base => _http.BaseAddress + "";
                }

                public static class RatesSetup
                {
                    public static IServiceCollection AddRates(this IServiceCollection services) => services.AddScoped<IRates, RatesApi>();

                    public static IServiceCollection AddSharedRates(this IServiceCollection services) => services.AddSingleton<IRates, RatesApi>();
                }
            }
            """);

        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains(
            "COLD301-scoped|M:Shop.Rates.RatesSetup.AddRates(Microsoft.Extensions.DependencyInjection.IServiceCollection)|RatesSetup.AddRates|"
                + "AddScoped<IRates, RatesApi>|HttpClient|M:Shop.Rates.RatesApi.#ctor",
            summary);
        Assert.DoesNotContain("RatesSetup.AddSharedRates", summary);
    }

    [Fact]
    public void A_connection_opened_on_each_call_is_listed_and_one_kept_is_not()
    {
        var package = GeneratorHarness.Compilation(
            """
            namespace Messaging
            {
                public interface IConnection : System.IDisposable { }

                public class ConnectionFactory
                {
                    public IConnection CreateConnection() => null!;
                }
            }
            """).ToMetadataReference();
        var compilation = GeneratorHarness.Compilation(
            """
            using Messaging;

            namespace Shop.Events
            {
                public class Publisher
                {
                    private static IConnection? s_shared;

                    public void Publish(string message)
                    {
                        using var connection = new ConnectionFactory().CreateConnection();
                    }

                    public void PublishShared(string message) => s_shared ??= new ConnectionFactory().CreateConnection();
                }
            }
            """).AddReferences(package);

        var summary = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();

        Assert.Contains("COLD301|M:Shop.Events.Publisher.Publish(System.String)|Publisher.Publish|ConnectionFactory.CreateConnection|IConnection|", summary);
        Assert.DoesNotContain("Publisher.PublishShared", summary);
    }

    [Fact]
    public void An_executable_that_hosts_a_function_gets_no_summary_and_one_that_does_not_gets_one()
    {
        const string Host = "public static class Program { public static void Main() => Shop.Common.Setup.Warm(); }";
        var executable = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);
        var function = GeneratorHarness.Compilation(Library, Host + " static class Hosting { static void AddAWSLambdaHosting() { } }")
            .WithOptions(executable);
        var webProject = GeneratorHarness.Compilation(Library, Host).WithOptions(executable);

        Assert.Empty(GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(function).GetRunResult().GeneratedTrees);
        Assert.Contains(
            "COLD102|M:Shop.Common.Setup.Warm|",
            GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(webProject).GetRunResult().GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void A_csharp_7_3_library_compiles_the_summary_without_warnings()
    {
        var library = Library.Replace("HttpClient? s_cached", "HttpClient s_cached").Replace("Uri? Address", "Uri Address")
            .Replace("s_cached ??= new HttpClient()", "s_cached ?? (s_cached = new HttpClient())").Replace("json)!", "json)").Replace("info)!", "info)")
            .Replace("Shared.BaseAddress?.ToString() ?? string.Empty", "string.Empty");
        var compilation = GeneratorHarness.Compilation(new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable, library);

        var (_, result) = GeneratorHarness.RunClean(new IIncrementalGenerator[] { new HazardSummaryGenerator() }, compilation);

        Assert.Contains("Setup.LoadRules", GeneratorHarness.GeneratedSource(result, HazardSummaryGenerator.HintName));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_summary_cached()
    {
        var compilation = GeneratorHarness.Compilation(Library);
        var driver = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(
                "namespace Shop.Common { public class Unrelated { public int Value() => int.Parse(\"42\"); } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(
            result.TrackedSteps[HazardSummaryGenerator.SummaryStep].SelectMany(step => step.Outputs), output
            => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output
            => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Editing_a_member_updates_the_summary()
    {
        var compilation = GeneratorHarness.Compilation(Library);
        var driver = GeneratorHarness.Driver(new HazardSummaryGenerator()).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Library.Replace("File.ReadAllText(\"rules.json\")", "\"{}\""), GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        Assert.DoesNotContain("Setup.LoadRules", result.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_locations_or_compilations()
    {
        GeneratorHarness.AssertHoldsNoCompilerObjects(typeof(LibraryMemberSpec));
    }

    /// <summary>A project whose .globalconfig sets <c>coldstart.client_types</c>.</summary>
    private sealed class GlobalOption(string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(key, value);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null, null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null, null);

        private sealed class Options(string? key, string? given) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, out string value)
            {
                value = given ?? string.Empty;
                return name == key && given is not null;
            }
        }
    }
}
