using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static ColdStart.Analyzers.Tests.Handlers.HandBuiltProjects;
using Blocking = ColdStart.Analyzers.Rules.BlockingDuringInitialisationAnalyzer;
using JsonContext = ColdStart.Analyzers.Rules.HandlerTypeMissingFromJsonContextAnalyzer;
using PerInvocation = ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer;
using Prewarm = ColdStart.Analyzers.Rules.PrewarmMisuseAnalyzer;
using Scanning = ColdStart.Analyzers.Rules.ReflectionScanningDuringInitialisationAnalyzer;
using Unique = ColdStart.Analyzers.Rules.UniqueValueCapturedDuringInitAnalyzer;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>
/// An ASP.NET Core app that one of Amazon.Lambda.AspNetCoreServer's base classes (APIGatewayProxyFunction and its
/// siblings) hosts (issue 24): its Startup runs while the function initialises, its controller actions per invocation.
/// </summary>
public class AspNetCoreHostedAppTests
{
    private const string HostedStartup = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;

        public class Startup
        {
            private readonly string _field = Markers.Of("startup-field");

            public Startup() { Markers.Of("startup-ctor"); }

            public void ConfigureServices(IServiceCollection services) { Markers.Of("configure-services"); }

            public void Configure(IApplicationBuilder app) { Markers.Of("configure"); }
        }

        public abstract class ApiControllerBase : ControllerBase
        {
            public IActionResult Health() => Ok(Markers.Of("inherited-action"));
        }

        [ApiController]
        public class OrdersController : ApiControllerBase
        {
            private readonly string _state = Markers.Of("controller-field");

            public OrdersController() { Markers.Of("controller-ctor"); }

            [HttpGet("/orders")]
            public IActionResult List() => Ok(Markers.Of("action"));

            [NonAction]
            public string Helper() => Markers.Of("non-action");
        }

        public static class Markers
        {
            public static string Of(string name) => name;
        }
        """;

    public static IEnumerable<object[]> EntryPoints => new[]
    {
        new object[] { "APIGatewayProxyFunction", "protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();" },
        new object[] { "APIGatewayHttpApiV2ProxyFunction", "protected override void Init(IWebHostBuilder builder) { builder.UseStartup<Startup>(); }" },
        new object[] { "ApplicationLoadBalancerFunction", "protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();" },
        new object[] { "APIGatewayProxyFunction<Startup>", string.Empty },
        new object[]
        {
            "APIGatewayProxyFunction",
            "protected override void Init(IHostBuilder builder) => builder.ConfigureWebHostDefaults(web => web.UseStartup<Startup>());",
        },
        new object[]
        {
            "APIGatewayHttpApiV2ProxyFunction",
            "protected override IHostBuilder CreateHostBuilder() => Host.CreateDefaultBuilder().ConfigureWebHostDefaults(web => web.UseStartup<Startup>());",
        },
    };

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Startup_of_an_app_hosted_by_a_Lambda_base_class_is_init_and_its_controller_actions_are_handlers(string baseClass, string body)
    {
        var entryPoint = $$"""
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Hosting;

            public class LambdaEntryPoint : {{baseClass}}
            {
                {{body}}
            }
            """;
        var (model, compilation) = Build(OutputKind.DynamicallyLinkedLibrary, new[] { HostedStartup, entryPoint }, new[] { AspNetCoreApp, AspNetCoreServer });

        Assert.Equal(
            new[] { (HandlerKind.ControllerAction, "OrdersController.Health"), (HandlerKind.ControllerAction, "OrdersController.List") },
            model.Handlers.Select(h => (h.Kind, h.DisplayName)).OrderBy(h => h.DisplayName));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "startup-field"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "startup-ctor"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "configure-services"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "configure"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "action"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "inherited-action"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "controller-field"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "controller-ctor"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "non-action"));
        Assert.True(model.IsServerlessProject);
    }

    // ASP.NET Core's StartupLoader looks for public instance and static methods alike, so a static ConfigureServices (or a
    // Startup whose methods are all static) runs while the host is built; a private static helper nothing calls does not.
    [Fact]
    public void Static_Configure_methods_of_a_hosted_apps_Startup_are_init()
    {
        const string StaticStartup = """
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                public static void ConfigureServices(IServiceCollection services) { Markers.Of("static-configure-services"); }

                public static void Configure(IApplicationBuilder app) { Markers.Of("static-configure"); }

                private static void ConfigureUnused() { Markers.Of("unused-helper"); }
            }

            public static class Markers
            {
                public static string Of(string name) => name;
            }
            """;
        var (model, compilation) = Build(OutputKind.DynamicallyLinkedLibrary, new[] { StaticStartup }, new[] { AspNetCoreApp, AspNetCoreServer });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "static-configure-services"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "static-configure"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "unused-helper"));
    }

    // The host runs ConfigureServices callbacks while it builds, which the base class does while the function initialises.
    [Fact]
    public void Services_configured_inline_in_the_Init_override_are_init()
    {
        const string EntryPoint = """
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder)
                {
                    Markers.Of("init-override");
                    builder.ConfigureServices((context, services) => Markers.Of("inline-services")).UseStartup<Startup>();
                    builder.ConfigureServices(async (context, services) => await System.Threading.Tasks.Task.FromResult(Markers.Of("async-services")));
                }
            }
            """;
        var (model, compilation) = Build(OutputKind.DynamicallyLinkedLibrary, new[] { HostedStartup, EntryPoint }, new[] { AspNetCoreApp, AspNetCoreServer });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "init-override"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "inline-services"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "async-services"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "configure-services"));
    }

    [Fact]
    public void App_hosted_by_the_base_class_of_a_package_before_version_3_has_its_Startup_and_actions_found_too()
    {
        // Before AbstractAspNetCoreFunction existed, APIGatewayProxyFunction was the root and built the host itself.
        var oldPackage = Library("Amazon.Lambda.AspNetCoreServer", new[] { AspNetCoreApp }, """
            namespace Amazon.Lambda.AspNetCoreServer
            {
                public abstract class APIGatewayProxyFunction
                {
                    protected virtual void Init(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) { }
                }
            }
            """);
        var entryPoint = """
            using Microsoft.AspNetCore.Hosting;

            public class LambdaEntryPoint : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }
            """;
        var (model, compilation) = Build(OutputKind.DynamicallyLinkedLibrary, new[] { HostedStartup, entryPoint }, new[] { AspNetCoreApp, oldPackage });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "configure-services"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "action"));
    }

    [Fact]
    public void Host_building_overrides_of_the_entry_point_and_what_they_call_are_init()
    {
        var entryPoint = """
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder)
                {
                    Markers.Of("entry-init");
                    builder.UseStartup<Startup>();
                    Logging();
                }

                private static void Logging() => Markers.Of("called-from-init");
            }
            """;
        var (model, compilation) = Build(OutputKind.DynamicallyLinkedLibrary, new[] { HostedStartup, entryPoint }, new[] { AspNetCoreApp, AspNetCoreServer });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "entry-init"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "called-from-init"));
    }

    [Fact]
    public void Startup_named_by_a_UseStartup_call_in_a_shared_helper_is_found_by_its_shape()
    {
        var sharedHelper = """
            using Microsoft.AspNetCore.Hosting;

            namespace Shared.Hosting
            {
                public static class SharedStartup
                {
                    public static IWebHostBuilder UseSharedStartup<TStartup>(this IWebHostBuilder builder) where TStartup : class => builder.UseStartup<TStartup>();
                }
            }
            """;
        var entryPoint = """
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;
            using Shared.Hosting;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseSharedStartup<Startup>();
            }
            """;
        var (model, compilation) = Build(
            OutputKind.DynamicallyLinkedLibrary,
            new[] { HostedStartup, entryPoint },
            new[] { AspNetCoreApp, AspNetCoreServer, Library("Shared.Hosting", new[] { AspNetCoreApp }, sharedHelper) });

        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "startup-ctor"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "configure-services"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "action"));
    }

    [Fact]
    public void Startup_and_controllers_of_an_ordinary_web_app_are_neither_init_nor_handlers()
    {
        var program = """
            using Microsoft.AspNetCore.Hosting;

            public static class Program
            {
                public static void Main(string[] args) => Configure(null!);

                public static IWebHostBuilder Configure(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }
            """;
        var (model, compilation) = Build(OutputKind.ConsoleApplication, new[] { HostedStartup, program }, new[] { AspNetCoreApp });

        Assert.Empty(model.Handlers);
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "startup-ctor"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "configure-services"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "action"));
    }

    [Fact]
    public void A_program_that_runs_the_hosted_app_locally_is_not_the_Lambda_init_path()
    {
        // Lambda constructs LambdaEntryPoint; the web app this program builds is for running the API on a laptop.
        var program = """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var local = Markers.Of("local-program");
            var app = builder.Build();
            app.MapGet("/local", () => Markers.Of("local-route"));
            app.Run();
            """;
        var entryPoint = """
            using Amazon.Lambda.AspNetCoreServer;

            public class LambdaEntryPoint : APIGatewayProxyFunction<Startup> { }
            """;
        var (model, compilation) = Build(
            OutputKind.ConsoleApplication,
            new[] { HostedStartup, entryPoint, program, LambdaStubs.AspNetCoreHosting },
            new[] { AspNetCoreApp, AspNetCoreServer },
            new Dictionary<string, string> { ["build_property.AWSProjectType"] = "Lambda" });

        Assert.Equal(CodePaths.None, PathOf(model, compilation, "local-program"));
        Assert.Equal(CodePaths.None, PathOf(model, compilation, "local-route"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "action"));
    }

    [Fact]
    public Task Blocking_in_the_Startup_of_a_hosted_app_is_reported()
    {
        return VerifyAsync<Blocking>("""
            using System.Threading.Tasks;
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                private readonly string _region = {|COLD102:Task.FromResult("eu-west-1").Result|};

                public Startup()
                {
                    {|COLD102:Task.Delay(10).Wait()|};
                }

                public void ConfigureServices(IServiceCollection services)
                {
                    var secret = {|COLD102:Task.FromResult("secret").GetAwaiter().GetResult()|};
                    services.AddSingleton(new Settings(_region, secret));
                }
            }

            public record Settings(string Region, string Secret);
            """);
    }

    [Fact]
    public Task A_client_the_Startup_registers_as_an_instance_and_no_type_names_is_reported()
    {
        // IAmazonS3 is named by the controller; nothing names AmazonDynamoDBClient.
        return VerifyAsync<ClientCreatedEagerlyAnalyzer>("""
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.S3;
            using Amazon.DynamoDBv2;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction<Startup> { }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddSingleton<IAmazonS3>(new AmazonS3Client());
                    services.AddSingleton({|COLD302:new AmazonDynamoDBClient()|});
                }
            }

            public class FilesController : ControllerBase
            {
                private readonly IAmazonS3 _s3;

                public FilesController(IAmazonS3 s3) => _s3 = s3;

                [HttpGet("files")]
                public string Get() => _s3.Config.RegionEndpoint?.SystemName ?? "none";
            }
            """);
    }

    // Only the callback controller takes the HttpClient the Startup builds and registers: a cold start of the files endpoint
    // builds it for nothing.
    [Fact]
    public Task A_client_the_Startup_registers_as_an_instance_that_only_some_controllers_take_is_reported()
    {
        return VerifyAsync<ClientCreatedEagerlyAnalyzer>("""
            using System;
            using System.Net.Http;
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction<Startup> { }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    var client = {|#0:new HttpClient { BaseAddress = new Uri("https://api.example.com/") }|};
                    services.AddSingleton(client);
                }
            }

            public class CallbackController : ControllerBase
            {
                private readonly HttpClient _client;

                public CallbackController(HttpClient client) => _client = client;

                [HttpGet("callback")]
                public string Get() => _client.BaseAddress + "callback";
            }

            public class FilesController : ControllerBase
            {
                [HttpGet("files")]
                public string Get() => "files";
            }
            """,
            expected: new[]
            {
                AnalyzerVerifier<ClientCreatedEagerlyAnalyzer>.Diagnostic().WithLocation(0).WithArguments(
                    "'HttpClient'", "Startup", "the HttpClient singleton, which the function classes of the app take only in part", "FilesController.Get"),
            });
    }

    [Fact]
    public Task Unique_values_the_Startup_keeps_are_reported_under_SnapStart()
    {
        return VerifyAsync<Unique>(
            """
            using System;
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction<Startup> { }

            public class Startup
            {
                private readonly string _instanceId = {|COLD501:Guid.NewGuid()|}.ToString();

                public void ConfigureServices(IServiceCollection services) => services.AddSingleton(new InstanceInfo(_instanceId));
            }

            public record InstanceInfo(string Id);
            """,
            underSnapStart: true);
    }

    [Fact]
    public Task Assembly_scanning_in_ConfigureServices_is_reported()
    {
        return VerifyAsync<Scanning>("""
            using System.Reflection;
            using Amazon.Lambda.AspNetCoreServer;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayHttpApiV2ProxyFunction { }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    foreach (var type in {|COLD103:Assembly.GetExecutingAssembly().GetTypes()|})
                    {
                        services.AddSingleton(type);
                    }
                }
            }
            """);
    }

    [Fact]
    public Task Scoped_clients_in_ConfigureServices_and_clients_built_by_controllers_and_Startup_routes_are_reported()
    {
        return VerifyAsync<PerInvocation>("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.S3;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : ApplicationLoadBalancerFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddScoped<IAmazonS3>(_ => {|COLD301:new AmazonS3Client()|});
                }

                public void Configure(IApplicationBuilder app)
                {
                    app.UseEndpoints(endpoints => endpoints.MapGet("/health", () => {|COLD301:new HttpClient()|}.GetStringAsync("https://status.example.com")));
                }
            }

            public class PricesController : Controller
            {
                private readonly HttpClient _quotes = {|COLD301:new HttpClient()|};
                private readonly AmazonS3Client _archive;

                public PricesController()
                {
                    _archive = {|COLD301:new AmazonS3Client()|};
                }

                public async Task<string> Get(string id)
                {
                    using var http = {|COLD301:new HttpClient()|};
                    return await http.GetStringAsync("https://prices.example.com/" + id) + _quotes + _archive;
                }
            }
            """);
    }

    // AddAWSService builds its client with the lifetime it is given: scoped, one per request; transient, one for each consumer
    // the container builds, and MVC builds a controller for every request. The default (a singleton) is one for the process, and
    // a transient client that no per-request class takes is not built per request.
    [Fact]
    public Task Aws_service_registrations_with_a_scoped_or_transient_lifetime_build_a_client_per_request()
    {
        return VerifyAsync<PerInvocation>("""
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.S3;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    {|#0:services.AddAWSService<IAmazonS3>(ServiceLifetime.Scoped)|};
                    {|#1:services.AddAWSService<IAmazonDynamoDB>(ServiceLifetime.Transient)|};
                    services.AddAWSService<IAmazonS3>();
                    services.AddAWSService<IAmazonS3>(ServiceLifetime.Transient);
                }
            }

            public class OrdersController : Controller
            {
                private readonly IAmazonDynamoDB _db;

                public OrdersController(IAmazonDynamoDB db) => _db = db;

                public string Get(string id) => id + _db;
            }
            """,
            expected: new[]
            {
                AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
                    "'IAmazonS3'", "for every request scope, because AddAWSService<IAmazonS3>(ServiceLifetime.Scoped) registers 'IAmazonS3'",
                    "register it with AddSingleton so that every request shares one client"),
                AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(1).WithArguments(
                    "'IAmazonDynamoDB'",
                    "on every invocation of 'OrdersController.Get', because AddAWSService<IAmazonDynamoDB>(ServiceLifetime.Transient) registers "
                        + "'IAmazonDynamoDB' and 'OrdersController', which is built for every invocation, takes it in its constructor",
                    "register it with AddSingleton so that every invocation shares one client"),
            });
    }

    // Hot Chocolate resolves a GraphQL request's fields by calling the public methods of the root types the app registers
    // (AddQueryType<T>, AddMutationType<T>) and of its [ExtendObjectType] classes, per request, as MVC calls actions; unlike a
    // controller, it builds such a class once, so its initialisers are not per request. A class that is neither is not a resolver.
    [Fact]
    public Task Graphql_resolver_methods_of_a_hosted_app_are_handlers()
    {
        var hotChocolate = LibraryImage.Build("HotChocolate.Execution", """
            namespace Microsoft.Extensions.DependencyInjection
            {
                public interface IRequestExecutorBuilder { }

                public static class RequestExecutorBuilderExtensions
                {
                    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services) => null!;

                    public static IRequestExecutorBuilder AddQueryType<T>(this IRequestExecutorBuilder builder) => builder;

                    public static IRequestExecutorBuilder AddMutationType<T>(this IRequestExecutorBuilder builder) => builder;
                }
            }

            namespace HotChocolate.Types
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class ExtendObjectTypeAttribute : System.Attribute
                {
                    public ExtendObjectTypeAttribute(string name) { }
                }
            }
            """);
        var test = new AnalyzerVerifier<PerInvocation>.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using System.Threading.Tasks;
                using Amazon.Lambda.AspNetCoreServer;
                using HotChocolate.Types;
                using Microsoft.AspNetCore.Hosting;
                using Microsoft.Extensions.DependencyInjection;

                public class LambdaEntryPoint : APIGatewayProxyFunction
                {
                    protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
                }

                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services)
                    {
                        services.AddGraphQLServer().AddQueryType<Query>().AddMutationType<Mutation>();
                    }
                }

                public class Query
                {
                    private readonly HttpClient _status = new HttpClient();

                    public Task<string> Keys() => {|#0:new HttpClient()|}.GetStringAsync("https://keys.example.com");

                    public Task<string> Status() => _status.GetStringAsync("https://status.example.com");
                }

                public partial class Mutation
                {
                    public Task<string> SignIn(string token) => {|#1:new HttpClient()|}.GetStringAsync("https://auth.example.com/" + token);
                }

                [ExtendObjectType("Query")]
                public class OrderQueries
                {
                    public Task<string> Orders() => {|#2:new HttpClient()|}.GetStringAsync("https://orders.example.com");
                }

                public class Formatter
                {
                    public Task<string> Format() => new HttpClient().GetStringAsync("https://format.example.com");
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(AspNetCoreApp);
        test.TestState.AdditionalReferences.Add(AspNetCoreServer);
        test.TestState.AdditionalReferences.Add(hotChocolate);
        const string Advice = "create it once in a static (lazy) field and reuse it";
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0)
            .WithArguments("'HttpClient'", "on every invocation of 'Query.Keys'", Advice));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(1)
            .WithArguments("'HttpClient'", "on every invocation of 'Mutation.SignIn'", Advice));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(2)
            .WithArguments("'HttpClient'", "on every invocation of 'OrderQueries.Orders'", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task Action_types_are_not_checked_against_the_Lambda_serializer_context()
    {
        // The Lambda serializer reads the load balancer's event; MVC serialises what the actions take and return.
        return VerifyAsync<JsonContext>("""
            using System.Text.Json.Serialization;
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Microsoft.AspNetCore.Mvc;

            [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<AppJsonContext>))]

            public class LambdaEntryPoint : ApplicationLoadBalancerFunction<Startup> { }

            public class Startup
            {
                public void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }
            }

            public partial class AppJsonContext : JsonSerializerContext
            {
                public AppJsonContext() : base(null) { }
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }

            public record Quote(string Sku, decimal Price);

            public class QuotesController : ControllerBase
            {
                public Quote Get(string sku) => new Quote(sku, 1m);
            }
            """);
    }

    [Fact]
    public Task Prewarm_on_a_controller_action_is_not_a_Lambda_handler()
    {
        var test = new AnalyzerVerifier<Prewarm>.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer;
                using ColdStart;
                using Microsoft.AspNetCore.Mvc;

                public class LambdaEntryPoint : APIGatewayProxyFunction<Startup> { }

                public class Startup
                {
                    public void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }
                }

                public partial class PingController : ControllerBase
                {
                    [{|#0:Prewarm|}]
                    public string Get() => "pong";
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(AspNetCoreApp);
        test.TestState.AdditionalReferences.Add(AspNetCoreServer);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Prewarm>.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(0).WithArguments(
            "PingController.Get", "it is not a Lambda handler (give it an ILambdaContext parameter, [LambdaFunction] or [ColdStartHandler])"));
        return test.RunAsync();
    }

    [Fact]
    public Task Startup_and_controllers_of_an_ordinary_web_app_are_not_reported()
    {
        return VerifyAsync<Blocking>(
            """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class Startup
            {
                public Startup() { Task.Delay(10).Wait(); }

                public void ConfigureServices(IServiceCollection services) { }
            }

            public class OrdersController : ControllerBase
            {
                public string Get() => Task.FromResult("order").Result;
            }
            """,
            hosted: false);
    }

    private static Task VerifyAsync<TAnalyzer>(
        string source, bool hosted = true, bool underSnapStart = false, Microsoft.CodeAnalysis.Testing.DiagnosticResult[]? expected = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test(LambdaStubs.Default) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected ?? System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>());
        if (underSnapStart)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ColdStartSnapStart = true\n"));
        }

        test.TestState.AdditionalReferences.Add(AspNetCoreApp);
        if (hosted)
        {
            test.TestState.AdditionalReferences.Add(AspNetCoreServer);
        }

        return test.RunAsync();
    }
}
