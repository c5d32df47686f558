using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Blocking = ColdStart.Analyzers.Rules.BlockingDuringInitialisationAnalyzer;
using Eager = ColdStart.Analyzers.Rules.ClientCreatedEagerlyAnalyzer;
using Expensive = ColdStart.Analyzers.Rules.ExpensiveInitialisationAnalyzer;
using Watched = ColdStart.Analyzers.Rules.ConfigurationFileWatchedAnalyzer;
using Prewarm = ColdStart.Analyzers.Rules.PrewarmMisuseAnalyzer;
using PerInvocation = ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer;
using ReadyToRun = ColdStart.Analyzers.Rules.ReadyToRunOffAnalyzer;
using ReflectionJson = ColdStart.Analyzers.Rules.ReflectionJsonSerialisationAnalyzer;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>
/// Azure Functions isolated worker (issue 27): [Function] methods are handlers, Program.cs up to Run() is init, and the
/// worker builds a function class for every invocation, so its constructor and instance initialisers are invoke path.
/// </summary>
public class AzureFunctionsTests
{
    private const string FunctionClass = """
        using System.Threading.Tasks;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;
        using Microsoft.Azure.Functions.Worker.Middleware;

        public class Orders
        {
            private static readonly string Shared = Markers.Of("static-field");
            private readonly string _state = Markers.Of("instance-field");

            static Orders() { Markers.Of("static-ctor"); }

            public Orders() { Markers.Of("instance-ctor"); }

            [Function("Orders")]
            public string Run([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request) => Helper();

            private string Helper() => Markers.Of("helper");
        }

        public static class Cleanup
        {
            [Function("Cleanup")]
            public static void Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer) { Markers.Of("static-function"); }
        }

        public class Timing : IFunctionsWorkerMiddleware
        {
            public Timing() { Markers.Of("middleware-ctor"); }

            public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) { Markers.Of("middleware"); return next(context); }
        }

        public static class Markers
        {
            public static string Of(string name) => name;
        }
        """;

    private const string Program = """
        using Microsoft.Extensions.Hosting;

        Markers.Of("before-build");
        var host = new HostBuilder()
            .ConfigureFunctionsWorkerDefaults()
            .Build();
        Markers.Of("before-run");
        host.Run();
        Markers.Of("after-run");
        """;

    [Theory]
    [InlineData("static-field", "Init, StaticInit")]
    [InlineData("static-ctor", "Init, StaticInit")]
    [InlineData("instance-field", "Invoke")]
    [InlineData("instance-ctor", "Invoke")]
    [InlineData("helper", "Invoke")]
    [InlineData("static-function", "Invoke")]
    [InlineData("middleware", "Invoke")]
    [InlineData("middleware-ctor", "Init")]
    [InlineData("before-build", "Init")]
    [InlineData("before-run", "Init")]
    [InlineData("after-run", "None")]
    public void Worker_builds_the_function_class_per_invocation_and_Program_up_to_Run_is_init(string marker, string expected)
    {
        var (model, compilation) = BuildAzure(FunctionClass, Program);

        Assert.Equal(expected, HandBuiltProjects.PathOf(model, compilation, marker).ToString());
        Assert.True(model.IsServerlessProject);
        Assert.Equal(
            new[] { "Cleanup.Run:AzureFunction", "Orders.Run:AzureFunction", "Timing.Invoke:AzureMiddleware" },
            model.Handlers.Select(h => h.DisplayName + ":" + h.Kind).OrderBy(n => n));
    }

    [Fact]
    public void FunctionsApplication_CreateBuilder_program_is_init_up_to_Run()
    {
        var program = """
            using Microsoft.Azure.Functions.Worker.Builder;

            var builder = FunctionsApplication.CreateBuilder(args);
            builder.UseMiddleware<Timing>();
            Markers.Of("before-run");
            builder.Build().Run();
            """;
        var (model, compilation) = BuildAzure(FunctionClass, program);

        Assert.Equal(CodePaths.Init, HandBuiltProjects.PathOf(model, compilation, "before-run"));
    }

    [Fact]
    public Task Clients_built_by_a_function_class_or_its_function_are_created_per_invocation_with_an_Azure_fix()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System;
                using System.Net.Http;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Azure.Functions.Worker.Http;

                public class Reports
                {
                    private readonly HttpClient _http = {|#0:new HttpClient()|};
                    private readonly BlobServiceClient _blobs;

                    public Reports()
                    {
                        _blobs = {|#1:new BlobServiceClient(new Uri("https://reports.blob.core.windows.net"), {|#2:new DefaultAzureCredential()|})|};
                    }

                    [Function("Reports")]
                    public string Run([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request)
                    {
                        var container = {|#3:new BlobContainerClient("UseDevelopmentStorage=true", "reports")|};
                        return container.Name + _blobs + _http;
                    }
                }
                """,
        };
        const string Fix = "register it once as a singleton in Program.cs (AddSingleton, AddAzureClients, or AddHttpClient for an HttpClient) "
            + "and take it as a constructor parameter, or keep it in a static (lazy) field";
        const string PerClass = "which the Azure Functions worker runs on every invocation of 'Reports.Run' (it builds the function class per invocation)";
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0)
            .WithArguments("'HttpClient'", "in the field initialiser of 'Reports', " + PerClass, Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(1)
            .WithArguments("'BlobServiceClient'", "in the constructor of 'Reports', " + PerClass, Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(2)
            .WithArguments("'DefaultAzureCredential'", "in the constructor of 'Reports', " + PerClass, Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(3)
            .WithArguments("'BlobContainerClient'", "on every invocation of 'Reports.Run'", Fix));
        return test.RunAsync();
    }

    private const string WorkerSerializerAdvice = "it uses the worker's default serializer (WorkerOptions.Serializer), a reflection-based "
        + "JsonObjectSerializer; in Program.cs set WorkerOptions.Serializer to a JsonObjectSerializer whose JsonSerializerOptions have a "
        + "source-generated TypeInfoResolver; no automatic fix: the worker's serializer is chosen once for the app, not at this call";

    private const string HttpOrders = """
        using System.Net;
        using System.Threading.Tasks;
        using Azure.Core.Serialization;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;

        public record Order(string Id);

        public class Orders
        {
            [Function("CreateOrder")]
            public async Task<HttpResponseData> Create([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData request)
            {
                var order = await {|#0:request.ReadFromJsonAsync<Order>()|};
                var response = request.CreateResponse();
                response.StatusCode = HttpStatusCode.Created;
                await {|#1:response.WriteAsJsonAsync(order!)|};
                await response.WriteAsJsonAsync(order!, new JsonObjectSerializer());
                await {|#2:response.WriteAsJsonAsync(new { order!.Id })|};
                return response;
            }
        }
        """;

    [Fact]
    public Task The_worker_http_json_helpers_on_the_default_serializer_are_reflection_json_without_a_fix()
    {
        var test = new AnalyzerVerifier<ReflectionJson>.Test(AzureStubs.Default) { TestCode = HttpOrders };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(0)
            .WithArguments("HttpRequestDataExtensions.ReadFromJsonAsync", "Order", WorkerSerializerAdvice));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(1)
            .WithArguments("HttpResponseDataExtensions.WriteAsJsonAsync", "Order", WorkerSerializerAdvice));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(2).WithArguments(
            "HttpResponseDataExtensions.WriteAsJsonAsync",
            "<anonymous type: string Id>",
            WorkerSerializerAdvice.Replace(
                "JsonObjectSerializer; in Program.cs",
                "JsonObjectSerializer; declare a named type (a record) for this value, which a JsonSerializerContext cannot register as it is, "
                    + "then in Program.cs",
                System.StringComparison.Ordinal)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_worker_http_json_helper_whose_value_type_does_not_bind_is_reported_without_a_fix()
    {
        // Favourite lives in a project that is not referenced yet: no overload binds, but every one that takes one value reflects.
        var test = new AnalyzerVerifier<ReflectionJson>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Azure.Functions.Worker.Http;

                public class Favourites
                {
                    [Function("Favourites")]
                    public async Task<HttpResponseData> Get([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request)
                    {
                        Favourite favourite = Load();
                        var response = request.CreateResponse();
                        await {|#0:response.WriteAsJsonAsync(favourite)|};
                        await response.WriteAsJsonAsync(favourite, Serializers.Generated);
                        return response;
                    }

                    private static Favourite Load() => null!;
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.TestState.Sources.Add("""
            public static class Serializers
            {
                public static Azure.Core.Serialization.ObjectSerializer Generated { get; } = new Azure.Core.Serialization.JsonObjectSerializer();
            }
            """);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(0).WithArguments(
            "HttpResponseDataExtensions.WriteAsJsonAsync",
            "its value",
            WorkerSerializerAdvice));
        return test.RunAsync();
    }

    [Fact]
    public Task A_worker_1_x_http_json_helper_with_a_status_code_is_reported_against_worker_2()
    {
        // Worker 1.x took the status code in WriteAsJsonAsync and serialised with the worker's serializer; worker 2 has no such
        // overload, so the call binds to none. Given a serializer as well, the call is the serializer's choice.
        var test = new AnalyzerVerifier<ReflectionJson>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Net;
                using System.Threading.Tasks;
                using Azure.Core.Serialization;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Azure.Functions.Worker.Http;

                public record Receipt(string Id);

                public class Receipts
                {
                    private static readonly ObjectSerializer Serializer = new JsonObjectSerializer();

                    [Function("Receipts")]
                    public async Task<HttpResponseData> Get([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request)
                    {
                        var response = request.CreateResponse();
                        await {|#0:response.WriteAsJsonAsync(new Receipt("r-1"), HttpStatusCode.OK)|};
                        await response.WriteAsJsonAsync(new Receipt("r-2"), Serializer, HttpStatusCode.OK);
                        return response;
                    }
                }
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(0)
            .WithArguments("HttpResponseDataExtensions.WriteAsJsonAsync", "Receipt", WorkerSerializerAdvice));
        return test.RunAsync();
    }

    private const string SharedResponses = """
        using System.Threading.Tasks;
        using Azure.Core.Serialization;
        using Microsoft.Azure.Functions.Worker.Http;

        namespace Shop.Http
        {
            public static class Responses
            {
                public static async Task<HttpResponseData> OkAsync<T>(this HttpRequestData request, T value)
                {
                    var response = request.CreateResponse();
                    await response.WriteAsJsonAsync(value);
                    return response;
                }

                public static async Task<HttpResponseData> OkWithAsync<T>(this HttpRequestData request, T value, ObjectSerializer serializer)
                {
                    var response = request.CreateResponse();
                    await response.WriteAsJsonAsync(value, serializer);
                    return response;
                }
            }
        }
        """;

    private const string SharedResponsesFunction = """
        using System.Threading.Tasks;
        using Azure.Core.Serialization;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;
        using Shop.Http;

        public record Basket(string Id);

        public class Baskets
        {
            [Function("Basket")]
            public Task<HttpResponseData> Get([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request)
                => {|#0:request.OkAsync(new Basket("b-1"))|};

            [Function("BasketWith")]
            public Task<HttpResponseData> GetWith([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request)
                => request.OkWithAsync(new Basket("b-2"), new JsonObjectSerializer());
        }
        """;

    // A response helper of a shared library on the worker's helpers: the app's serializer decides, as at a direct call.
    [Fact]
    public Task A_shared_library_helper_on_the_worker_default_serializer_is_reported_at_the_function_call()
    {
        var worker = LibraryImage.Build("Microsoft.Azure.Functions.Worker.Core", AzureStubs.Worker);
        var test = new AnalyzerVerifier<ReflectionJson>.Test([]) { TestCode = SharedResponsesFunction };
        test.TestState.AdditionalReferences.Add(worker);
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Http", [worker], SharedResponses));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<ReflectionJson>.Diagnostic().WithLocation(0).WithArguments(
            "Responses.OkAsync<T>",
            "Basket",
            WorkerSerializerAdvice.Replace(
                "it uses the worker's",
                "it does so inside Shop.Http: HttpResponseDataExtensions.WriteAsJsonAsync, with the worker's",
                System.StringComparison.Ordinal)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_shared_library_helper_on_the_worker_serializer_is_not_reported_once_the_app_chooses_it()
    {
        var worker = LibraryImage.Build("Microsoft.Azure.Functions.Worker.Core", AzureStubs.Worker);
        var test = new AnalyzerVerifier<ReflectionJson>.Test([]);
        test.TestState.Sources.Add(SharedResponsesFunction.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.TestState.Sources.Add("""
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            public static class Hosting
            {
                public static IHostBuilder ChooseSerializer(this IHostBuilder host)
                    => host.ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer());
            }
            """);
        test.TestState.AdditionalReferences.Add(worker);
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Shop.Http", [worker], SharedResponses));
        return test.RunAsync();
    }

    [Fact]
    public Task The_worker_http_json_helpers_are_not_reported_once_the_app_chooses_the_worker_serializer()
    {
        // Whatever the app assigns is judged where it is assigned (COLD204), not at every call.
        var test = new AnalyzerVerifier<ReflectionJson>.Test(AzureStubs.Default);
        test.TestState.Sources.Add(HttpOrders.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty)
            .Replace("|}", string.Empty));
        test.TestState.Sources.Add("""
            using Azure.Core.Serialization;
            using Microsoft.Extensions.Hosting;

            public static class Hosting
            {
                public static IHostBuilder ChooseSerializer(this IHostBuilder host)
                    => host.ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer());
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_Service_Bus_sender_created_by_the_function_class_from_an_injected_client_is_a_link_per_invocation()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default.Append(AzureStubs.ServiceBus))
        {
            TestCode = """
                using System.Threading.Tasks;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Azure.Functions.Worker;

                public class Orders
                {
                    private static ServiceBusSender? s_audit;
                    private readonly ServiceBusSender _sender;
                    private readonly ServiceBusClient _client;

                    public Orders(ServiceBusClient client)
                    {
                        _client = client;
                        _sender = {|#0:client.CreateSender("orders")|};
                    }

                    [Function("Orders")]
                    public async Task Run(string order)
                    {
                        await _sender.SendMessageAsync(new ServiceBusMessage(order));
                        var receiver = {|#1:_client.CreateReceiver("replies")|};
                        s_audit ??= _client.CreateSender("audit");
                        await s_audit.SendMessageAsync(new ServiceBusMessage(receiver.ToString()!));
                    }
                }
                """,
        };
        const string Fix = "create it once per queue or topic (a singleton beside the ServiceBusClient) and reuse it";
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'ServiceBusSender' (a new AMQP link)",
            "in the constructor of 'Orders', which the Azure Functions worker runs on every invocation of 'Orders.Run' "
                + "(it builds the function class per invocation)",
            Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(1)
            .WithArguments("'ServiceBusReceiver' (a new AMQP link)", "on every invocation of 'Orders.Run'", Fix));
        return test.RunAsync();
    }

    // Two services whose every instance builds a BlobServiceClient: what the DI tests below register.
    private const string BlobServices = """
        using System;
        using Azure.Identity;
        using Azure.Storage.Blobs;

        public interface IArchive { string Name { get; } }

        public interface IAudit { string Name { get; } }

        public class BlobArchive : IArchive
        {
            private readonly BlobServiceClient _blobs = new BlobServiceClient(new Uri("https://archive.blob.core.windows.net"), new DefaultAzureCredential());

            public string Name => _blobs.AccountName;
        }

        public class BlobAudit : IAudit
        {
            private readonly BlobServiceClient _blobs = new BlobServiceClient(new Uri("https://audit.blob.core.windows.net"), new DefaultAzureCredential());

            public string Name => _blobs.AccountName;
        }
        """;

    [Fact]
    public Task A_transient_service_that_builds_a_client_is_built_per_invocation_when_a_function_class_takes_it()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;

                public static class Registrations
                {
                    public static IServiceCollection AddReports(this IServiceCollection services)
                    {
                        {|#0:services.AddTransient<IArchive, BlobArchive>()|};
                        services.AddTransient<IAudit, BlobAudit>();
                        services.AddTransient<Formatter>();
                        return services;
                    }
                }

                public class Formatter
                {
                    public string Format(string name) => name.ToUpperInvariant();
                }

                public class AuditLog
                {
                    private readonly IAudit _audit;

                    public AuditLog(IAudit audit) => _audit = audit;

                    public string Name => _audit.Name;
                }

                public class Reports
                {
                    private readonly IArchive _archive;
                    private readonly Formatter _formatter;

                    public Reports(IArchive archive, Formatter formatter)
                    {
                        _archive = archive;
                        _formatter = formatter;
                    }

                    [Function("Reports")]
                    public string Run(string name) => _formatter.Format(_archive.Name + name);
                }
                """,
        };
        test.TestState.Sources.Add(BlobServices);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobArchive' (which builds 'BlobServiceClient')",
            "on every invocation of 'Reports.Run', because AddTransient registers 'IArchive' and 'Reports', which is built for every invocation, "
                + "takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_transient_factory_that_builds_a_client_runs_per_invocation_when_a_function_class_takes_its_service()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;

                public static class Registrations
                {
                    public static IServiceCollection AddReports(this IServiceCollection services)
                    {
                        {|#0:services.AddTransient(_ => new BlobServiceClient(new Uri("https://reports.blob.core.windows.net"), new DefaultAzureCredential()))|};

                        // Nobody built per invocation takes this one.
                        services.AddTransient<BlobContainerClient>(_ => new BlobContainerClient(new Uri("https://reports.blob.core.windows.net/audit")));
                        return services;
                    }
                }

                public class Reports
                {
                    private readonly BlobServiceClient _blobs;

                    public Reports(BlobServiceClient blobs) => _blobs = blobs;

                    [Function("Reports")]
                    public string Run(string name) => _blobs.AccountName + name;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'",
            "on every invocation of 'Reports.Run', because AddTransient registers 'BlobServiceClient' and 'Reports', which is built for every "
                + "invocation, takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    // A service whose constructor opens a sender link from the injected ServiceBusClient owns that link: registered transient
    // and taken by a function class, it opens one per invocation. One that keeps its sender once (`??=`) does not.
    [Fact]
    public Task A_transient_service_whose_constructor_opens_a_sender_link_builds_one_per_invocation()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default.Append(AzureStubs.ServiceBus))
        {
            TestCode = """
                using System.Threading.Tasks;
                using Azure.Messaging.ServiceBus;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;

                public static class Registrations
                {
                    public static IServiceCollection AddNotifications(this IServiceCollection services)
                    {
                        {|#0:services.AddTransient<INotifier, QueueNotifier>()|};
                        services.AddTransient<IAuditTrail, SharedAuditTrail>();
                        return services;
                    }
                }

                public interface INotifier { Task NotifyAsync(string text); }

                public interface IAuditTrail { Task RecordAsync(string text); }

                public class QueueNotifier : INotifier
                {
                    private readonly ServiceBusSender _sender;

                    public QueueNotifier(ServiceBusClient client) => _sender = client.CreateSender("notifications");

                    public Task NotifyAsync(string text) => _sender.SendMessageAsync(new ServiceBusMessage(text));
                }

                public class SharedAuditTrail : IAuditTrail
                {
                    private static ServiceBusSender? s_sender;

                    public SharedAuditTrail(ServiceBusClient client) => s_sender ??= client.CreateSender("audit");

                    public Task RecordAsync(string text) => s_sender!.SendMessageAsync(new ServiceBusMessage(text));
                }

                public class Signups
                {
                    private readonly INotifier _notifier;
                    private readonly IAuditTrail _audit;

                    public Signups(INotifier notifier, IAuditTrail audit) => (_notifier, _audit) = (notifier, audit);

                    [Function("Signups")]
                    public async Task Run(string email)
                    {
                        await _notifier.NotifyAsync(email);
                        await _audit.RecordAsync(email);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'QueueNotifier' (which builds 'ServiceBusSender')",
            "on every invocation of 'Signups.Run', because AddTransient registers 'INotifier' and 'Signups', which is built for every invocation, "
                + "takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_transient_registered_with_typeof_is_read_like_the_generic_form()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;

                public static class Registrations
                {
                    public static IServiceCollection AddReports(this IServiceCollection services)
                    {
                        {|#0:services.AddTransient(typeof(BlobServiceClient), _ => new BlobServiceClient(new Uri("https://reports.blob.core.windows.net")))|};
                        {|#1:services.AddTransient(typeof(IArchive), typeof(BlobArchive))|};

                        {|#2:services.AddTransient(typeof(IAudit), typeof(BlobAudit))|};
                        services.AddScoped(typeof(AuditService));

                        // Nobody built per invocation takes this one.
                        services.AddTransient(typeof(BlobContainerClient), _ => new BlobContainerClient(new Uri("https://reports.blob.core.windows.net/a")));
                        return services;
                    }
                }

                public interface IArchive { }

                public interface IAudit { }

                public class BlobArchive : IArchive
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient(new Uri("https://reports.blob.core.windows.net/archive"));
                }

                public class BlobAudit : IAudit
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient(new Uri("https://reports.blob.core.windows.net/audit"));
                }

                public class AuditService
                {
                    public AuditService(IAudit audit) => Audit = audit;

                    public IAudit Audit { get; }
                }

                public class Reports
                {
                    private readonly BlobServiceClient _blobs;
                    private readonly IArchive _archive;
                    private readonly AuditService _audit;

                    public Reports(BlobServiceClient blobs, IArchive archive, AuditService audit) => (_blobs, _archive, _audit) = (blobs, archive, audit);

                    [Function("Reports")]
                    public string Run(string name) => _blobs.AccountName + _archive + _audit.Audit + name;
                }
                """,
        };
        const string Fix = "register it with AddSingleton so that every invocation shares one client";
        const string Consumer = "'Reports', which is built for every invocation, takes it in its constructor";
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'", "on every invocation of 'Reports.Run', because AddTransient registers 'BlobServiceClient' and " + Consumer, Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(1).WithArguments(
            "'BlobArchive' (which builds 'BlobContainerClient')",
            "on every invocation of 'Reports.Run', because AddTransient registers 'IArchive' and " + Consumer,
            Fix));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(2).WithArguments(
            "'BlobAudit' (which builds 'BlobContainerClient')",
            "on every invocation of 'Reports.Run', because AddTransient registers 'IAudit' and 'AuditService', which is built for every invocation, "
                + "takes it in its constructor",
            Fix));
        return test.RunAsync();
    }

    // A layered solution: the data library's set-up extension registers its client-owning store as transient, the orders
    // library's registers the service that takes it, and the function class takes that service. Only the function sees
    // the whole chain, so it reports the data library's extension where it calls it.
    [Fact]
    public Task A_transient_client_owner_registered_by_a_librarys_set_up_extension_is_reported_where_the_function_calls_it()
    {
        var data = LibraryImage.Build("Shop.Data", """
            using System;
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shop.Data
            {
                public interface IReceiptStore { string Name { get; } }

                public class BlobReceiptStore : IReceiptStore
                {
                    private readonly BlobContainerClient _container;

                    public BlobReceiptStore() => _container = new BlobContainerClient(new Uri("https://shop.blob.core.windows.net/receipts"));

                    public string Name => _container.Name;
                }

                public interface IArchiveStore { string Name { get; } }

                public class BlobArchiveStore : IArchiveStore
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient(new Uri("https://shop.blob.core.windows.net/archive"));

                    public string Name => _container.Name;
                }

                public interface IAuditStore { string Name { get; } }

                public class MemoryAuditStore : IAuditStore
                {
                    public string Name => "memory";
                }

                public static class DataSetup
                {
                    public static IServiceCollection AddData(this IServiceCollection services)
                    {
                        services.AddTransient<IReceiptStore, BlobReceiptStore>();
                        services.AddTransient<IArchiveStore, BlobArchiveStore>();
                        services.AddTransient<IAuditStore, MemoryAuditStore>();
                        return services;
                    }
                }
            }
            """);
        var orders = LibraryImage.Build("Shop.Orders", new[] { data }, """
            using Microsoft.Extensions.DependencyInjection;
            using Shop.Data;

            namespace Shop.Orders
            {
                public interface IOrderService { string Describe(); }

                public class OrderService : IOrderService
                {
                    private readonly IReceiptStore _receipts;
                    private readonly IAuditStore _audit;

                    public OrderService(IReceiptStore receipts, IAuditStore audit) => (_receipts, _audit) = (receipts, audit);

                    public string Describe() => _receipts.Name + _audit.Name;
                }

                public static class OrdersSetup
                {
                    public static IServiceCollection AddOrders(this IServiceCollection services) => services.AddScoped<IOrderService, OrderService>();
                }
            }
            """);
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;
                using Shop.Data;
                using Shop.Orders;

                public static class Setup
                {
                    public static IServiceCollection AddShop(this IServiceCollection services) => {|#0:services.AddData()|}.AddOrders();
                }

                public class Orders
                {
                    private readonly IOrderService _orders;

                    public Orders(IOrderService orders) => _orders = orders;

                    [Function("Orders")]
                    public string Run(string name) => _orders.Describe() + name;
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(data);
        test.TestState.AdditionalReferences.Add(orders);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobReceiptStore' (which builds 'BlobContainerClient' inside Shop.Data)",
            "on every invocation of 'Orders.Run', because 'DataSetup.AddData' registers 'IReceiptStore' as transient (inside Shop.Data: "
                + "AddTransient<IReceiptStore, BlobReceiptStore>) and 'OrderService', which is built for every invocation, takes it in its constructor",
            "make the library register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_transient_client_reached_through_scoped_or_transient_services_is_built_per_invocation_and_through_a_singleton_once()
    {
        var test = new AnalyzerVerifier<PerInvocation>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;

                public static class Registrations
                {
                    public static IServiceCollection AddReports(this IServiceCollection services)
                    {
                        {|#0:services.AddTransient<IArchive, BlobArchive>()|};
                        services.AddTransient<IAudit, BlobAudit>();
                        services.AddScoped<IReportStore, ReportStore>();
                        services.AddTransient<ReportService>();
                        services.AddSingleton<AuditTrail>();
                        return services;
                    }
                }

                public interface IReportStore { string Name { get; } }

                public class ReportStore : IReportStore
                {
                    private readonly IArchive _archive;

                    public ReportStore(IArchive archive) => _archive = archive;

                    public string Name => _archive.Name;
                }

                public class ReportService
                {
                    private readonly IReportStore _store;

                    public ReportService(IReportStore store) => _store = store;

                    public string Name => _store.Name;
                }

                public class AuditTrail
                {
                    private readonly IAudit _audit;

                    public AuditTrail(IAudit audit) => _audit = audit;

                    public string Name => _audit.Name;
                }

                public class Reports
                {
                    private readonly ReportService _reports;
                    private readonly AuditTrail _trail;

                    public Reports(ReportService reports, AuditTrail trail)
                    {
                        _reports = reports;
                        _trail = trail;
                    }

                    [Function("Reports")]
                    public string Run(string name) => _reports.Name + _trail.Name + name;
                }
                """,
        };
        test.TestState.Sources.Add(BlobServices);
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<PerInvocation>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobArchive' (which builds 'BlobServiceClient')",
            "on every invocation of 'Reports.Run', because AddTransient registers 'IArchive' and 'ReportStore', which is built for every invocation, "
                + "takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task Clients_injected_into_a_function_class_or_kept_in_static_fields_are_not_reported()
    {
        return AnalyzerVerifier<PerInvocation>.VerifyAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http;
                using Azure.Identity;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Azure.Functions.Worker.Http;

                public class Reports
                {
                    private static readonly BlobServiceClient Archive =
                        new BlobServiceClient(new Uri("https://archive.blob.core.windows.net"), new DefaultAzureCredential());
                    private readonly HttpClient _http;
                    private readonly BlobServiceClient _blobs;

                    public Reports(IHttpClientFactory factory, BlobServiceClient blobs)
                    {
                        _http = factory.CreateClient("reports");
                        _blobs = blobs;
                    }

                    [Function("Reports")]
                    public string Run([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData request) => Archive.Uri + "" + _blobs + _http;
                }

                public interface IHttpClientFactory
                {
                    HttpClient CreateClient(string name);
                }
                """,
            },
            AzureStubs.Default);
    }

    [Fact]
    public Task Program_work_before_Run_is_init_path_for_the_init_rules()
    {
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Microsoft.Extensions.Hosting;

                var settings = {|#0:File.ReadAllText("settings.json")|};
                var host = new HostBuilder().ConfigureFunctionsWorkerDefaults().Build();
                host.Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0).WithArguments("File.ReadAllText", "file I/O", "Program"));
        return test.RunAsync();
    }

    // A web application's builder made inside the worker's ConfigureServices, to read the environment, sets up a second host
    // (configuration files, environment variables, logging, services); the worker's own host gives the same context.
    [Fact]
    public Task A_second_host_builder_made_while_the_worker_host_is_configured_is_expensive_init_without_a_fix()
    {
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        var web = {|#0:WebApplication.CreateBuilder(args)|};
                        services.AddReporting(args);
                    })
                    .Build();
                host.Run();

                public static class Registrations
                {
                    public static IServiceCollection AddReporting(this IServiceCollection services, string[] args)
                    {
                        var web = {|#1:WebApplication.CreateBuilder(args)|};
                        return services;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Microsoft.AspNetCore", """
            namespace Microsoft.AspNetCore.Builder
            {
                public sealed class WebApplicationBuilder { }

                public sealed class WebApplication
                {
                    public static WebApplicationBuilder CreateBuilder(string[] args) => new WebApplicationBuilder();
                }
            }
            """));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        const string SecondHost = ColdStart.Analyzers.Rules.ExpensiveInitialisationAnalyzer.SecondHostSetUp;
        test.ExpectedDiagnostics.Add(
            AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0).WithArguments("WebApplication.CreateBuilder", SecondHost, "Program"));
        test.ExpectedDiagnostics.Add(
            AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(1).WithArguments("WebApplication.CreateBuilder", SecondHost, "Registrations"));
        return test.RunAsync();
    }

    [Fact]
    public Task Program_work_before_Run_inside_try_and_before_the_try_is_init_path_and_the_catch_is_not()
    {
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System;
                using System.IO;
                using Microsoft.Extensions.Hosting;

                var banner = {|#1:File.ReadAllText("banner.txt")|};
                try
                {
                    var settings = {|#0:File.ReadAllText("settings.json")|};
                    var host = new HostBuilder().ConfigureFunctionsWorkerDefaults().Build();
                    host.Run();
                }
                catch (Exception exception)
                {
                    File.WriteAllText("start-up-failure.txt", exception.ToString());
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0).WithArguments("File.ReadAllText", "file I/O", "Program"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(1).WithArguments("File.ReadAllText", "file I/O", "Program"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_program_whose_worker_call_sits_in_a_set_up_helper_of_the_project_is_the_worker_all_the_same()
    {
        // The functions live in a class library (FunctionsInDependencies): this program is all the function app has.
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Microsoft.Extensions.Hosting;

                var settings = {|#0:File.ReadAllText("settings.json")|};
                var host = new HostBuilder().ConfigureApp().Build();
                host.Run();

                public static class Setup
                {
                    public static IHostBuilder ConfigureApp(this IHostBuilder builder) => builder.ConfigureFunctionsWorkerDefaults();
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0).WithArguments("File.ReadAllText", "file I/O", "Program"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_Azure_SDK_operation_before_Run_is_a_network_call_and_getting_a_sub_client_is_not()
    {
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.Hosting;

                var container = new BlobContainerClient("UseDevelopmentStorage=true", "receipts");
                await {|#0:container.CreateIfNotExistsAsync()|};
                {|#1:container.Exists()|};
                var receipt = container.GetBlobClient("latest.json");
                var host = new HostBuilder().ConfigureFunctionsWorkerDefaults().Build();
                await host.RunAsync();
                await receipt.DeleteIfExistsAsync();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0)
            .WithArguments("BlobContainerClient.CreateIfNotExistsAsync", "a network call", "Program"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(1)
            .WithArguments("BlobContainerClient.Exists", "a network call", "Program"));
        return test.RunAsync();
    }

    // How COLD101 and COLD102 name a singleton's constructor, with the singleton's name for {0}.
    private const string FirstResolution = " in the constructor of the '{0}' singleton (which runs when the first invocation that needs it resolves it)";

    // The container builds a singleton once, when the first invocation that needs it resolves it: a network call or a block in
    // its constructor is that invocation's cold start. A scoped service's constructor runs per request (not init), and a class
    // no singleton registration builds is not reported.
    [Fact]
    public Task Network_calls_and_blocking_in_a_singletons_constructor_are_reported_and_in_a_scoped_service_they_are_not()
    {
        const string Source = """
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton<Receipts>();
                        services.AddSingleton<IArchive>(_ => new Archive("UseDevelopmentStorage=true"));
                        services.AddScoped<Drafts>();
                    })
                    .Build();
                await host.RunAsync();

                public interface IArchive
                {
                }

                public sealed class Receipts
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient("UseDevelopmentStorage=true", "receipts");

                    public Receipts()
                    {
                        {|#0:_container.CreateIfNotExists()|};
                    }
                }

                public sealed class Archive : IArchive
                {
                    private readonly bool _ready;

                    public Archive(string connection)
                    {
                        _ready = {|#1:new BlobContainerClient(connection, "archive").Exists()|};
                        var key = {|#2:Task.FromResult(connection).Result|};
                    }
                }

                public sealed class Drafts
                {
                    public Drafts()
                    {
                        new BlobContainerClient("UseDevelopmentStorage=true", "drafts").CreateIfNotExists();
                    }
                }

                public sealed class Unregistered
                {
                    public Unregistered()
                    {
                        new BlobContainerClient("UseDevelopmentStorage=true", "spare").CreateIfNotExists();
                    }
                }
                """;
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default) { TestCode = Source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0)
            .WithArguments("BlobContainerClient.CreateIfNotExists", "a network call" + string.Format(FirstResolution, "Receipts"), "Receipts"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(1)
            .WithArguments("BlobContainerClient.Exists", "a network call" + string.Format(FirstResolution, "Archive"), "Archive"));
        var blocking = new AnalyzerVerifier<Blocking>.Test(AzureStubs.Default) { TestCode = Source };
        blocking.TestState.OutputKind = OutputKind.ConsoleApplication;
        blocking.ExpectedDiagnostics.Add(AnalyzerVerifier<Blocking>.Diagnostic().WithLocation(2)
            .WithArguments("Task.FromResult(connection).Result", "Archive", string.Format(FirstResolution, "Archive")));
        return Task.WhenAll(test.RunAsync(), blocking.RunAsync());
    }

    // A call in the ConfigureServices callback that does not bind (a set-up extension whose package is not restored) leaves
    // ConfigureServices itself unbound; the callback still runs while the host is built, so its singleton is still one.
    [Fact]
    public Task A_configure_services_callback_with_a_call_that_does_not_bind_is_still_init_code()
    {
        const string Source = """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton<Receipts>();
                        services.AddVendorTelemetry("key");
                    })
                    .Build();
                await host.RunAsync();

                public sealed class Receipts
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient("UseDevelopmentStorage=true", "receipts");

                    public Receipts()
                    {
                        {|#0:_container.CreateIfNotExists()|};
                    }
                }
                """;
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default) { TestCode = Source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0)
            .WithArguments("BlobContainerClient.CreateIfNotExists", "a network call" + string.Format(FirstResolution, "Receipts"), "Receipts"));
        return test.RunAsync();
    }

    // App Configuration added to the worker's configuration is read over the network when the host builds it: a network
    // call at start-up. The services overload only registers the refresher.
    [Fact]
    public Task App_Configuration_added_while_the_host_builds_is_a_network_call_and_its_refresher_registration_is_not()
    {
        const string AppConfiguration = """
            namespace Microsoft.Extensions.Configuration
            {
                public static class AzureAppConfigurationExtensions
                {
                    public static IConfigurationBuilder AddAzureAppConfiguration(this IConfigurationBuilder builder, string connectionString, bool optional = false)
                        => builder;

                    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddAzureAppConfiguration(
                        this Microsoft.Extensions.DependencyInjection.IServiceCollection services) => services;
                }
            }

            namespace Microsoft.Extensions.Hosting
            {
                public static class HostingHostBuilderExtensions
                {
                    public static IHostBuilder ConfigureAppConfiguration(
                        this IHostBuilder builder, System.Action<Microsoft.Extensions.Configuration.IConfigurationBuilder> configure) => builder;
                }
            }
            """;
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default.Append(LambdaStubs.Configuration).Append(AppConfiguration))
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureAppConfiguration(config => {|#0:config.AddAzureAppConfiguration("Endpoint=https://orders.azconfig.io;Id=x;Secret=y")|})
                    .ConfigureServices(services => services.AddAzureAppConfiguration())
                    .Build();
                await host.RunAsync();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0).WithArguments(
            "AzureAppConfigurationExtensions.AddAzureAppConfiguration", "a network call (the configuration reads Azure App Configuration when it is built)",
            "Program"));
        return test.RunAsync();
    }

    // Only the constructor the registration runs is the singleton's: by type, the public one with the most parameters (the
    // container's); by factory, the one its `new` calls; each with what it chains to through `: this(...)`. A second
    // constructor kept for tests never runs in the function.
    [Fact]
    public Task Only_the_constructor_a_singleton_registration_runs_is_reported()
    {
        const string Source = """
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton<Receipts>();
                        services.AddSingleton(_ => new Ledger("UseDevelopmentStorage=true"));
                    })
                    .Build();
                await host.RunAsync();

                public sealed class Receipts
                {
                    public Receipts()
                    {
                        new BlobContainerClient("UseDevelopmentStorage=true", "test-receipts").CreateIfNotExists();
                    }

                    public Receipts(BlobServiceClient service, string name)
                    {
                        {|#0:service.GetBlobContainerClient(name).CreateIfNotExists()|};
                    }
                }

                public sealed class Ledger
                {
                    public Ledger()
                    {
                        new BlobContainerClient("UseDevelopmentStorage=true", "test-ledger").CreateIfNotExists();
                    }

                    public Ledger(string connection)
                        : this(new BlobContainerClient(connection, "ledger"))
                    {
                    }

                    public Ledger(BlobContainerClient container)
                    {
                        {|#1:container.CreateIfNotExists()|};
                    }
                }
                """;
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default) { TestCode = Source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0)
            .WithArguments("BlobContainerClient.CreateIfNotExists", "a network call" + string.Format(FirstResolution, "Receipts"), "Receipts"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(1)
            .WithArguments("BlobContainerClient.CreateIfNotExists", "a network call" + string.Format(FirstResolution, "Ledger"), "Ledger"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_registered_hosted_service_starts_on_the_init_path_and_a_background_service_or_a_development_only_one_does_not()
    {
        var test = new AnalyzerVerifier<Expensive>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Threading;
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddHostedService<ContainerSetup>();
                        services.AddHostedService<Sweeper>();
                        if (Stage.IsDevelopment())
                        {
                            services.AddHostedService<DevelopmentSeeder>();
                        }
                    })
                    .Build();
                await host.RunAsync();

                public sealed class ContainerSetup : IHostedService
                {
                    private readonly BlobContainerClient _container = new BlobContainerClient("UseDevelopmentStorage=true", "receipts");

                    public async Task StartAsync(CancellationToken cancellationToken)
                    {
                        await {|#0:_container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)|};
                    }

                    public async Task StopAsync(CancellationToken cancellationToken)
                    {
                        await _container.DeleteIfExistsAsync(cancellationToken: cancellationToken);
                    }
                }

                // Its loop runs beside the host, which does not wait for it.
                public sealed class Sweeper : BackgroundService
                {
                    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                    {
                        await new BlobContainerClient("UseDevelopmentStorage=true", "old").DeleteIfExistsAsync(cancellationToken: stoppingToken);
                    }
                }

                public static class Stage
                {
                    public static bool IsDevelopment() => false;
                }

                // Registered only on a developer's machine: no function app starts it.
                public sealed class DevelopmentSeeder : IHostedService
                {
                    public async Task StartAsync(CancellationToken cancellationToken)
                    {
                        await new BlobContainerClient("UseDevelopmentStorage=true", "spare").CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                    }

                    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Expensive>.Diagnostic().WithLocation(0)
            .WithArguments("BlobContainerClient.CreateIfNotExistsAsync", "a network call", "ContainerSetup"));
        return test.RunAsync();
    }

    [Fact]
    public Task Blocking_in_Program_before_Run_is_reported_and_after_the_host_stops_it_is_not()
    {
        var test = new AnalyzerVerifier<Blocking>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Microsoft.Extensions.Hosting;

                var secret = {|COLD102:Task.FromResult("key").Result|};
                var host = new HostBuilder().ConfigureFunctionsWorkerDefaults().Build();
                await host.RunAsync();
                var done = Task.FromResult(secret).Result;
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    // Task.Run is not the host's Run, nor is a call inside the configuration callback: the program is init code up to
    // host.Run(), whatever the statement that builds the host calls inside its lambdas.
    [Fact]
    public Task A_Task_Run_in_the_program_or_its_configuration_callbacks_does_not_end_the_init_path()
    {
        var test = new AnalyzerVerifier<Blocking>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var region = {|COLD102:Task.Run(() => Task.FromResult("west")).Result|};
                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        var connection = {|COLD102:Task.Run(() => Task.FromResult("sql")).GetAwaiter().GetResult()|};
                        var key = {|COLD102:Task.FromResult(connection).Result|};
                    })
                    .Build();
                var warm = {|COLD102:Task.FromResult(region).Result|};
                host.Run();
                var done = Task.FromResult(warm).Result;
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_a_function_class_builds_is_not_also_reported_as_built_eagerly_at_init()
    {
        return AnalyzerVerifier<Eager>.VerifyAsync(
            new[]
            {
                """
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;

                public class Reports
                {
                    private readonly BlobServiceClient _blobs = new BlobServiceClient("UseDevelopmentStorage=true");

                    [Function("Reports")]
                    public string Run(string input) => input;

                    [Function("Archive")]
                    public string Archive(string input) => input + _blobs;
                }
                """,
            },
            AzureStubs.Default);
    }

    [Fact]
    public Task A_client_registered_as_an_instance_at_start_up_that_no_type_takes_is_built_eagerly_for_nothing()
    {
        // The container client is built while the host is built and no type of the app names BlobContainerClient; the
        // blob client is taken by the function class.
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = ProgramRegistering(
                """
                        services.AddSingleton({|#0:new BlobContainerClient("UseDevelopmentStorage=true", "stations")|});
                        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
                """,
                """
                public class Images
                {
                    private readonly BlobServiceClient _blobs;

                    public Images(BlobServiceClient blobs) => _blobs = blobs;

                    [Function("Images")]
                    public string Run(string name) => _blobs.Uri + name;
                }
                """),
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobContainerClient'", "Program", "the BlobContainerClient singleton, which no type of the app takes", "Images.Run"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_registered_as_an_instance_that_a_service_takes_is_not_reported()
    {
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = ProgramRegistering(
                """
                        services.AddSingleton(new BlobContainerClient("UseDevelopmentStorage=true", "stations"));
                        services.AddSingleton<Stations>();
                """,
                """
                public class Stations
                {
                    private readonly BlobContainerClient _container;

                    public Stations(BlobContainerClient container) => _container = container;

                    public string Name => _container.Name;
                }

                public class Images
                {
                    private readonly Stations _stations;

                    public Images(Stations stations) => _stations = stations;

                    [Function("Images")]
                    public string Run(string name) => _stations.Name + name;
                }
                """),
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_registered_as_an_instance_that_only_some_function_classes_take_is_built_eagerly_for_the_others()
    {
        // Every cold start builds both clients before the first invocation, also a cold start for Health, whose class takes
        // neither: registered as factories, they would be built when Images or Thumbnails is first built.
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var blobs = {|#0:new BlobServiceClient("UseDevelopmentStorage=true")|};
                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton(blobs);
                        services.AddSingleton({|#1:new BlobContainerClient("UseDevelopmentStorage=true", "thumbnails")|});
                        services.AddScoped<IThumbnails, Thumbnails>();
                    })
                    .Build();
                host.Run();

                public interface IThumbnails
                {
                    string Name { get; }
                }

                public class Thumbnails : IThumbnails
                {
                    private readonly BlobContainerClient _container;

                    public Thumbnails(BlobContainerClient container) => _container = container;

                    public string Name => _container.Name;
                }

                public class Images
                {
                    private readonly BlobServiceClient _blobs;
                    private readonly IThumbnails _thumbnails;

                    public Images(BlobServiceClient blobs, IThumbnails thumbnails) => (_blobs, _thumbnails) = (blobs, thumbnails);

                    [Function("Images")]
                    public string Run(string name) => _blobs.Uri + _thumbnails.Name + name;
                }

                public static class Health
                {
                    [Function("Health")]
                    public static string Run(string ping) => ping;
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        const string InPart = "singleton, which the function classes of the app take only in part";
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'", "Program", "the BlobServiceClient " + InPart, "Health.Run"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(1).WithArguments(
            "'BlobContainerClient'", "Program", "the BlobContainerClient " + InPart, "Health.Run"));
        return test.RunAsync();
    }

    // A library of the solution whose UserDirectory takes the client, with a set-up extension that registers it.
    private const string UsersLibrary = """
        using Azure.Storage.Blobs;
        using Microsoft.Extensions.DependencyInjection;

        namespace Cms.Users
        {
            public interface IUserDirectory { string Location { get; } }

            public class UserDirectory : IUserDirectory
            {
                private readonly BlobServiceClient _blobs;

                public UserDirectory(BlobServiceClient blobs) => _blobs = blobs;

                public string Location => _blobs.Uri.ToString();
            }

            public static class UsersSetup
            {
                public static IServiceCollection AddUsers(this IServiceCollection services) => services.AddScoped<IUserDirectory, UserDirectory>();
            }
        }
        """;

    private const string ReportsTakingTheUserDirectory = """
        public class Reports
        {
            private readonly Cms.Users.IUserDirectory _users;

            public Reports(Cms.Users.IUserDirectory users) => _users = users;

            [Function("Reports")]
            public string Run(string name) => _users.Location + name;
        }
        """;

    // Program registers the library's UserDirectory itself: the container's chain shows that Reports takes the client and
    // Health does not, so a library that references the client's assembly hides nothing here.
    [Fact]
    public Task A_client_registered_as_an_instance_that_only_a_librarys_registered_service_takes_is_built_eagerly_for_the_others()
    {
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = ProgramRegistering(
                """
                        services.AddSingleton({|#0:new BlobServiceClient("UseDevelopmentStorage=true")|});
                        services.AddScoped<Cms.Users.IUserDirectory, Cms.Users.UserDirectory>();
                """,
                ReportsTakingTheUserDirectory + """

                public static class Health
                {
                    [Function("Health")]
                    public static string Run(string ping) => ping;
                }
                """),
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Cms.Users", UsersLibrary));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'", "Program", "the BlobServiceClient singleton, which the function classes of the app take only in part", "Health.Run"));
        return test.RunAsync();
    }

    // The library's own set-up extension registers the class that takes the client: nothing here shows whether any function
    // class, or every one, ends up taking it, so a client the app's own types never name is not called unused.
    [Fact]
    public Task A_client_registered_as_an_instance_that_a_librarys_own_registration_may_take_is_not_reported()
    {
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = ProgramRegistering(
                """
                        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
                        Cms.Users.UsersSetup.AddUsers(services);
                """,
                ReportsTakingTheUserDirectory),
        };
        test.TestState.AdditionalReferences.Add(LibraryImage.Build("Cms.Users", UsersLibrary));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_typed_http_client_is_a_registered_service_whose_class_shows_what_it_takes()
    {
        // IWeatherApi is registered by AddHttpClient: WeatherApi takes an HttpClient, not the blob client, so Reports never
        // needs the blob client that every cold start builds.
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Net.Http;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton({|#0:new BlobServiceClient("UseDevelopmentStorage=true")|});
                        services.AddHttpClient<IWeatherApi, WeatherApi>();
                    })
                    .Build();
                host.Run();

                public interface IWeatherApi
                {
                    string Forecast(string city);
                }

                public class WeatherApi : IWeatherApi
                {
                    private readonly HttpClient _http;

                    public WeatherApi(HttpClient http) => _http = http;

                    public string Forecast(string city) => _http.BaseAddress + city;
                }

                public class Images
                {
                    private readonly BlobServiceClient _blobs;

                    public Images(BlobServiceClient blobs) => _blobs = blobs;

                    [Function("Images")]
                    public string Run(string name) => _blobs.Uri + name;
                }

                public class Reports
                {
                    private readonly IWeatherApi _weather;

                    public Reports(IWeatherApi weather) => _weather = weather;

                    [Function("Reports")]
                    public string Run(string city) => _weather.Forecast(city);
                }

                namespace Microsoft.Extensions.DependencyInjection
                {
                    public static class HttpClientFactoryServiceCollectionExtensions
                    {
                        public static IServiceCollection AddHttpClient<TClient, TImplementation>(this IServiceCollection services)
                            where TClient : class
                            where TImplementation : class, TClient => services;
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'", "Program", "the BlobServiceClient singleton, which the function classes of the app take only in part", "Reports.Run"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_registered_as_an_instance_that_middleware_or_an_unknown_service_may_take_is_not_reported()
    {
        // Middleware runs for every function; IAudit's implementation is registered by code this project cannot see.
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Azure.Storage.Blobs;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Azure.Functions.Worker.Middleware;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
                        services.AddSingleton(new BlobContainerClient("UseDevelopmentStorage=true", "audit"));
                    })
                    .Build();
                host.Run();

                public interface IAudit
                {
                    void Write(string entry);
                }

                public class Stamping : IFunctionsWorkerMiddleware
                {
                    private readonly BlobServiceClient _blobs;

                    public Stamping(BlobServiceClient blobs) => _blobs = blobs;

                    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) => next(context);
                }

                public class Images
                {
                    private readonly BlobContainerClient _audit;

                    public Images(BlobContainerClient audit) => _audit = audit;

                    [Function("Images")]
                    public string Run(string name) => _audit.Name + name;
                }

                public class Reports
                {
                    private readonly IAudit _audit;

                    public Reports(IAudit audit) => _audit = audit;

                    [Function("Reports")]
                    public string Run(string name) => name;
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_a_holder_builds_into_a_member_nothing_reads_is_built_for_nothing()
    {
        // Storage is built once, when Images is first built; its Tables client is read, its Blobs client never is (the
        // file's `using Azure.Storage.Blobs;` names a namespace, not the property).
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = ProgramRegistering(
                """
                        services.AddSingleton<Storage>();
                """,
                """
                public class Storage
                {
                    public Storage()
                    {
                        Tables = new BlobContainerClient("UseDevelopmentStorage=true", "tables");
                        Blobs = {|#0:new BlobServiceClient("UseDevelopmentStorage=true")|};
                    }

                    public BlobContainerClient Tables { get; }

                    public BlobServiceClient Blobs { get; }

                    private readonly BlobServiceClient _unusedField = {|#1:new BlobServiceClient("UseDevelopmentStorage=true")|};
                }

                public class Images
                {
                    private readonly Storage _storage;

                    public Images(Storage storage) => _storage = storage;

                    [Function("Images")]
                    public string Run(string name) => _storage.Tables.Name + name;
                }
                """),
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(0).WithArguments(
            "'BlobServiceClient'", "Storage", "Blobs, which nothing reads", "Images.Run"));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Eager>.Diagnostic().WithLocation(1).WithArguments(
            "'BlobServiceClient'", "Storage", "_unusedField, which nothing reads", "Images.Run"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_registered_as_an_instance_that_a_registered_package_type_takes_is_not_reported()
    {
        // No code of the app names IAmazonDynamoDB, but the container builds DynamoDBContext with it.
        var test = new AnalyzerVerifier<Eager>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Amazon.DynamoDBv2;
                using Amazon.DynamoDBv2.DataModel;
                using Microsoft.Azure.Functions.Worker;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var client = new AmazonDynamoDBClient();
                var host = new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults()
                    .ConfigureServices(services =>
                    {
                        services.AddSingleton<IAmazonDynamoDB>(client);
                        services.AddSingleton<IDynamoDBContext, DynamoDBContext>();
                    })
                    .Build();
                host.Run();

                public class Orders
                {
                    private readonly IDynamoDBContext _context;

                    public Orders(IDynamoDBContext context) => _context = context;

                    [Function("Orders")]
                    public string Run(string id) => _context.GetType().Name + id;
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    // A Program.cs that builds the worker's host with these registrations, then the app's types.
    private static string ProgramRegistering(string registrations, string types) => $$"""
        using Azure.Storage.Blobs;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var host = new HostBuilder()
            .ConfigureFunctionsWorkerDefaults()
            .ConfigureServices(services =>
            {
        {{registrations}}
            })
            .Build();
        host.Run();

        {{types}}
        """;

    private const string ArchiveFunction = """
        using System.Net;
        using System.Threading.Tasks;
        using Azure.Storage.Blobs;
        using Microsoft.Azure.Functions.Worker;
        using Microsoft.Azure.Functions.Worker.Http;

        public static class Archive
        {
            private static readonly BlobServiceClient Blobs = [|new BlobServiceClient("UseDevelopmentStorage=true")|];

            [Function("Archive")]
            public static async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req, string kind)
            {
                if (string.IsNullOrEmpty(kind))
                {
                    var bad = req.CreateResponse(HttpStatusCode.BadRequest);
                    await bad.WriteStringAsync("Please give a kind.");
                    return bad;
                }

                var response = req.CreateResponse();
                if (kind == "count")
                {
                    response.StatusCode = HttpStatusCode.OK;
                    await response.WriteStringAsync(Count(kind));
                    return response;
                }

                if (kind != "archive")
                {
                    response.StatusCode = HttpStatusCode.BadRequest;
                    await response.WriteStringAsync($"Unknown kind {kind}.");
                    return response;
                }

                response.StatusCode = HttpStatusCode.OK;
                await response.WriteStringAsync(Blobs.AccountName);
                return response;
            }

            private static string Count(string kind) => kind.Length.ToString();
        }
        """;

    /// <summary>
    /// The worker's error response is written in steps (CreateResponse with a status, WriteStringAsync of a message, return):
    /// such a branch rejects the input like a constant result, so it is a guard exit; a branch that computes its answer is real work.
    /// </summary>
    [Fact]
    public Task Worker_error_responses_are_guard_exits_and_a_branch_that_computes_its_answer_is_not()
    {
        return Task.WhenAll(
            AnalyzerVerifier<Eager>.VerifyAsync(new[] { ArchiveFunction.Replace("[|", "{|COLD302:").Replace("|]", "|}") }, AzureStubs.Default),
            AnalyzerVerifier<Eager>.VerifyAsync(
                new[]
                {
                    ArchiveFunction.Replace("[|", string.Empty).Replace("|]", string.Empty)
                        .Replace("await response.WriteStringAsync(Count(kind));", "await response.WriteStringAsync(\"No count yet.\");"),
                },
                AzureStubs.Default));
    }

    [Fact]
    public Task A_project_that_only_references_the_worker_neither_declaring_a_function_nor_starting_the_worker_is_not_a_function()
    {
        // A web front end of the solution that calls the function app over HTTP, with the worker packages referenced.
        return AnalyzerVerifier<ReflectionJson>.VerifyAsync(
            """
            using System.Text.Json;

            public record Product(string Name);

            public class ProductsPage
            {
                public string Render(Product product) => JsonSerializer.Serialize(product);
            }
            """,
            AzureStubs.Default);
    }

    [Fact]
    public Task A_function_class_of_the_same_shape_is_one()
    {
        return AnalyzerVerifier<ReflectionJson>.VerifyAsync(
            """
            using System.Text.Json;
            using Microsoft.Azure.Functions.Worker;

            public record Product(string Name);

            public class Products
            {
                [Function("Render")]
                public string Render(string name) => {|COLD201:JsonSerializer.Serialize(new Product(name))|};
            }
            """,
            AzureStubs.Default);
    }

    /// <summary>Lambda's project rules (COLD40x) speak of Lambda's deployment: an Azure Functions project never gets them.</summary>
    [Fact]
    public Task Lambda_project_rules_do_not_fire_on_an_Azure_Functions_project()
    {
        var test = new AnalyzerVerifier<ReadyToRun>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.Extensions.Hosting;

                new HostBuilder().ConfigureFunctionsWorkerDefaults().Build().Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.TargetFramework = net8.0
            build_property.TargetFrameworkIdentifier = .NETCoreApp
            build_property.TargetFrameworkVersion = v8.0
            build_property.PublishReadyToRun = false
            build_property.MSBuildProjectFullPath = /src/Functions/Functions.csproj
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_watched_configuration_file_speaks_of_the_Azure_package()
    {
        var test = new AnalyzerVerifier<Watched>.Test(AzureStubs.Default)
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.Hosting;

                var configuration = {|#0:new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true, reloadOnChange: true)|}.Build();
                new HostBuilder().ConfigureFunctionsWorkerDefaults().Build().Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.AddRange(new[]
        {
            typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfigurationBuilder).Assembly,
            typeof(Microsoft.Extensions.Configuration.FileConfigurationExtensions).Assembly,
            typeof(Microsoft.Extensions.Configuration.JsonConfigurationExtensions).Assembly,
            typeof(Microsoft.Extensions.FileProviders.IFileProvider).Assembly,
        }.Select(a => MetadataReference.CreateFromFile(a.Location)));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Watched>.Diagnostic().WithLocation(0)
            .WithArguments("AddJsonFile", "appsettings.json", "an Azure function app run from its package"));
        return test.RunAsync();
    }

    /// <summary>[Prewarm] answers Lambda keep-warm pings; on Azure COLD604 says why it does not apply.</summary>
    [Fact]
    public Task Prewarm_on_an_Azure_function_says_why_it_does_not_apply()
    {
        var test = new AnalyzerVerifier<Prewarm>.Test(AzureStubs.Default)
        {
            TestCode = """
                using ColdStart;
                using Microsoft.Azure.Functions.Worker;

                public partial class Orders
                {
                    [{|#0:Prewarm|}]
                    [Function("Orders")]
                    public string Run(string input) => input;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<Prewarm>.Diagnostic(ColdStart.Analyzers.Rules.Descriptors.PrewarmUnsupported)
            .WithLocation(0).WithArguments(
            "Orders.Run",
            "it is an Azure Functions function: the Functions host sends no keep-warm pings through a trigger, so there is nothing to short-circuit; "
                + "prime clients in a [WarmupTrigger] function (Premium and Dedicated plans) and keep always-ready instances instead"));
        return test.RunAsync();
    }

    /// <summary>
    /// [LazyClient&lt;T&gt;] holds Azure SDK clients too: they have no parameterless constructor, so the holder's partial
    /// factory builds them, and a function class that reads the holder builds nothing per invocation.
    /// </summary>
    [Fact]
    public async Task LazyClient_holds_an_Azure_client_built_by_its_factory_and_the_function_class_builds_nothing()
    {
        const string source = """
            using System;
            using Azure.Identity;
            using Azure.Storage.Blobs;
            using ColdStart;
            using Microsoft.Azure.Functions.Worker;

            [LazyClient<BlobContainerClient>(Name = "Receipts")]
            public static partial class AzureClients
            {
                private static partial BlobContainerClient CreateReceipts()
                    => new BlobContainerClient(new Uri("https://shop.blob.core.windows.net/receipts"), new DefaultAzureCredential());
            }

            public class Orders
            {
                private readonly BlobContainerClient _receipts = AzureClients.Receipts;

                [Function("Orders")]
                public string Run(string input) => input + _receipts.Name;
            }
            """;
        var compilation = CSharpCompilation.Create(
            "AzureLazyClients",
            new[] { source }.Concat(AzureStubs.Default).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new ColdStart.Analyzers.Generation.LazyClientGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        Assert.DoesNotContain(generatorDiagnostics.Concat(generated.GetDiagnostics()), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(generated.SyntaxTrees, t => t.ToString().Contains("public static global::Azure.Storage.Blobs.BlobContainerClient Receipts"));
        var reported = await generated.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(
                new PerInvocation(), new ColdStart.Analyzers.Rules.LazyClientMisuseAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(reported);
    }

    internal static (HandlerModel Model, Compilation Compilation) BuildAzure(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "AzureFunctionProject",
            sources.Concat(AzureStubs.Default).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new AnalyzerOptions(
            System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(new Dictionary<string, string>()));
        return (HandlerModel.GetOrCreate(compilation, options, System.Threading.CancellationToken.None), compilation);
    }
}
