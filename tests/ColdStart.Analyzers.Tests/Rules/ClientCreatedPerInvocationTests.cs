using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class ClientCreatedPerInvocationTests
{
    // The diagnostic at {|#0:...|} for a client built in Function.Handle, with the advice for a Lambda handler.
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult OnEveryInvocationOfHandle(string built)
        => Verify.Diagnostic().WithLocation(0)
            .WithArguments(built, "on every invocation of 'Function.Handle'", "create it once in a static (lazy) field and reuse it");

    // AddDbContext registers the context's options as scoped: its options callback runs for every request scope, and with it
    // Pomelo's version detection, which connects to the MySQL server. Options registered as a singleton, a pooled context and
    // a version detected once at start-up run it once; a named version connects to nothing.
    [Fact]
    public Task Detecting_the_MySQL_server_version_in_scoped_context_options_opens_a_connection_for_every_request_scope()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default.Append(Infrastructure.LambdaStubs.PomeloMySql))
        {
            TestCode = Infrastructure.LambdaStubs.PomeloFunction("""
                        var services = new ServiceCollection();
                        services.AddDbContext<ShopContext>(options => options.UseMySql(Connection, {|#0:ServerVersion.AutoDetect(Connection)|}));
                        services.AddDbContext<ShopContext>(
                            options => options.UseMySql(Connection, ServerVersion.AutoDetect(Connection)), optionsLifetime: ServiceLifetime.Singleton);
                        services.AddDbContextPool<ShopContext>(options => options.UseMySql(Connection, ServerVersion.AutoDetect(Connection)));
                        var version = ServerVersion.AutoDetect(Connection);
                        services.AddDbContext<ShopContext>(options => options.UseMySql(Connection, version));
                        services.AddDbContext<ShopContext>(options => options.UseMySql(Connection, ServerVersion.Parse("8.0.36-mysql")));
                """),
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "MySQL connection ('ServerVersion.AutoDetect' connects to ask the server its version)",
            "for every request scope, because AddDbContext runs its options callback whenever it builds the context's options, once per scope",
            "detect the version once at start-up and pass that value in, or name the version (new MySqlServerVersion(...)); no automatic fix: "
                + "the connection string may depend on the scope"));
        return test.RunAsync();
    }

    // An SMTP client keeps its connection to the mail server, so one per invocation connects, negotiates TLS and logs in for
    // every message; System.Net.Mail's and MailKit's alike, reported once where it is built (not again where MailKit's connects).
    // It sends one message at a time, hence the advice and no fix.
    [Fact]
    public Task An_smtp_client_per_invocation_connects_for_every_message_and_is_reported_without_a_fix()
    {
        var mailKit = LibraryImage.Build("MailKit", """
            namespace MailKit
            {
                public abstract class MailService : System.IDisposable
                {
                    public void Connect(string host, int port) { }

                    public void Dispose() { }
                }
            }

            namespace MailKit.Net.Smtp
            {
                public class SmtpClient : MailService { }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Net.Mail;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public void Handle(string input, ILambdaContext context)
                    {
                        using var mail = {|#0:new SmtpClient("smtp.example.com")|};
                        mail.Send("shop@example.com", input, "Order", "Shipped");
                        using var relay = {|#1:new MailKit.Net.Smtp.SmtpClient()|};
                        relay.Connect("relay.example.com", 587);
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(mailKit);
        const string Advice = "keep one connected client and send every message of the invocation through it; to share it across "
            + "invocations, guard it with a lock or pool connected clients (no automatic fix: an SMTP client sends one message at a time, "
            + "so a static one would fail when invocations overlap)";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("'SmtpClient'", "on every invocation of 'Function.Handle'", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments("'SmtpClient'", "on every invocation of 'Function.Handle'", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task Clients_constructed_in_the_handler_are_reported_including_target_typed_new()
    {
        return Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var s3 = {|COLD301:new AmazonS3Client()|};
                    AmazonDynamoDBClient db = {|COLD301:new()|};
                    using var http = {|COLD301:new HttpClient()|};
                    return await http.GetStringAsync(input) + s3 + db;
                }
            }
            """);
    }

    // A local function runs when the handler calls it; one the handler never calls builds nothing.
    [Fact]
    public Task Clients_constructed_in_a_local_function_the_handler_calls_are_reported()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    async Task<string> PollAsync()
                    {
                        var poller = new HttpClient();
                        return await Task.Run(async () => await poller.GetStringAsync(input));
                    }

                    HttpClient Unused() => Helper();
                    HttpClient Helper() => new HttpClient();

                    return await PollAsync();
                }
            }
            """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(11, 26, 11, 42)
            .WithArguments("'HttpClient'", "on every invocation of 'Function.Handle'", "create it once in a static (lazy) field and reuse it"));
        return test.RunAsync();
    }

    // WebClient and HttpWebRequest send through an HTTP handler of their own per request on .NET: reported where the
    // invocation builds them, with a shared HttpClient as the remedy and no fix (keeping them would not help). Built at
    // init, they are COLD302's business, not this rule's.
    [Fact]
    public Task WebClient_and_WebRequest_built_per_invocation_are_reported_without_a_hoist()
    {
        const string Cost = "which on .NET builds a new HTTP handler and connection pool for every request it sends";
        const string Advice = "send the request with one shared HttpClient instead (a static field, or IHttpClientFactory); keeping this object "
            + "would not help, so there is no automatic fix";
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                #pragma warning disable SYSLIB0014
                using System.Net;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly WebClient Shared = new WebClient();

                    public string Handle(string url, ILambdaContext context)
                    {
                        using var web = {|#0:new WebClient()|};
                        var request = {|#1:WebRequest.Create(url)|};
                        return web.DownloadString(url) + request.Method + Shared.BaseAddress;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            $"'WebClient' ({Cost})", "on every invocation of 'Function.Handle'", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            $"'WebRequest' (an HttpWebRequest, {Cost})", "on every invocation of 'Function.Handle'", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task Client_created_in_a_helper_the_handler_calls_names_the_handler()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => new OrderStore().Save(input);
                }

                public class OrderStore
                {
                    public string Save(string order) => Upload(order);

                    private static string Upload(string order)
                    {
                        var client = new AmazonS3Client();
                        return order + client;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic().WithSpan(15, 22, 15, 42)
            .WithArguments("'AmazonS3Client'", "on every invocation of 'Function.Handle'", "create it once in a static (lazy) field and reuse it"));
        return test.RunAsync();
    }

    private const string Wrappers = """
        using System;
        using System.Threading.Tasks;
        using Amazon.S3;
        using Amazon.S3.Model;

        namespace Shop
        {
            public class ReceiptArchive
            {
                private readonly AmazonS3Client _s3 = new AmazonS3Client();

                public Task SaveAsync(string key) => _s3.PutObjectAsync(new PutObjectRequest { Key = key });
            }

            public class CheckoutService
            {
                private readonly ReceiptArchive _receipts;

                public CheckoutService()
                {
                    _receipts = new ReceiptArchive();
                }

                public Task CheckOutAsync(string order) => _receipts.SaveAsync(order);
            }

            public class ArchiveClient
            {
                private readonly IAmazonS3 _s3;

                public ArchiveClient(IAmazonS3 s3)
                {
                    _s3 = s3;
                }

                public ArchiveClient()
                    : this(new AmazonS3Client())
                {
                }

                public Task SaveAsync(string key) => _s3.PutObjectAsync(new PutObjectRequest { Key = key });
            }

            public class DeferredArchive
            {
                private readonly Lazy<AmazonS3Client> _s3 = new Lazy<AmazonS3Client>(() => new AmazonS3Client());

                public Task SaveAsync(string key) => _s3.Value.PutObjectAsync(new PutObjectRequest { Key = key });
            }
        }
        """;

    [Fact]
    public Task Types_whose_construction_builds_a_client_are_reported_like_the_client_when_built_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Shop;

                public class Function
                {
                    private static readonly IAmazonS3 Shared = new AmazonS3Client();

                    public async Task Handle(string order, ILambdaContext context)
                    {
                        await new ReceiptArchive().SaveAsync(order);
                        await new CheckoutService().CheckOutAsync(order);
                        await new ArchiveClient().SaveAsync(order);
                        await new ArchiveClient(Shared).SaveAsync(order);
                        await new DeferredArchive().SaveAsync(order);
                    }
                }
                """,
            TestState = { Sources = { Wrappers } },
        };
        const string Advice = "create it once in a static (lazy) field and reuse it";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(12, 15, 12, 35)
            .WithArguments("'ReceiptArchive' (which builds 'AmazonS3Client')", "on every invocation of 'Function.Handle'", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(13, 15, 13, 36)
            .WithArguments("'CheckoutService' (which builds 'AmazonS3Client')", "on every invocation of 'Function.Handle'", Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(14, 15, 14, 34)
            .WithArguments("'ArchiveClient' (which builds 'AmazonS3Client')", "on every invocation of 'Function.Handle'", Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task A_scoped_registration_of_a_client_owning_type_builds_a_client_per_request()
    {
        return Verify.VerifyExecutableAsync(
            """
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Shop;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            {|COLD301:builder.Services.AddScoped<ReceiptArchive, ReceiptArchive>()|};
            builder.Services.AddScoped<ArchiveClient, ArchiveClient>();
            builder.Services.AddScoped<DeferredArchive, DeferredArchive>();
            builder.Build().Run();
            """,
            LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting).Append(Wrappers));
    }

    [Fact]
    public Task A_client_built_by_its_types_static_factory_on_every_invocation_is_reported_unless_cached()
    {
        const string Redis = """
            namespace StackExchange.Redis
            {
                public sealed class ConnectionMultiplexer : System.IDisposable
                {
                    public static ConnectionMultiplexer Connect(string configuration) => null!;

                    public static System.Threading.Tasks.Task<ConnectionMultiplexer> ConnectAsync(string configuration)
                        => System.Threading.Tasks.Task.FromResult<ConnectionMultiplexer>(null!);

                    public static string Describe(ConnectionMultiplexer connection) => connection.ToString()!;

                    public void Dispose() { }
                }
            }
            """;
        return Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using StackExchange.Redis;

            public class Function
            {
                private static readonly ConnectionMultiplexer Shared = ConnectionMultiplexer.Connect("cache:6379");
                private static ConnectionMultiplexer? s_lazy;

                public async Task<string> Handle(string key, ILambdaContext context)
                {
                    using var perCall = {|COLD301:ConnectionMultiplexer.Connect("cache:6379")|};
                    using var awaited = await {|COLD301:ConnectionMultiplexer.ConnectAsync("cache:6379")|};
                    s_lazy ??= ConnectionMultiplexer.Connect("cache:6379");
                    return ConnectionMultiplexer.Describe(Shared) + s_lazy + perCall + awaited;
                }
            }
            """,
            Redis);
    }

    [Fact]
    public Task A_client_built_by_a_librarys_builder_or_factory_on_every_invocation_is_reported_and_the_DI_client_factories_are_not()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.DataModel;
            using Amazon.Extensions.NETCore.Setup;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Microsoft.Identity.Client;

            public class Function
            {
                private static readonly AWSOptions Options = new();
                private static readonly IAmazonDynamoDB Dynamo = new AmazonDynamoDBClient();
                private static readonly IAmazonS3 SharedS3 = Options.CreateServiceClient<IAmazonS3>();
                private static IConfidentialClientApplication? s_identity;
                private readonly IHttpClientFactory _httpClients;

                public Function(IHttpClientFactory httpClients) => _httpClients = httpClients;

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    var s3 = {|COLD301:Options.CreateServiceClient<IAmazonS3>()|};
                    var db = {|COLD301:new DynamoDBContextBuilder().WithDynamoDBClient(() => Dynamo).Build()|};
                    var identity = {|COLD301:ConfidentialClientApplicationBuilder.Create("app-id").WithClientSecret("secret").Build()|};
                    s_identity ??= ConfidentialClientApplicationBuilder.Create("app-id").WithClientSecret("secret").Build();
                    var http = _httpClients.CreateClient("orders");
                    var unnamed = _httpClients.CreateClient();
                    return await http.GetStringAsync(input) + await unnamed.GetStringAsync(input) + s3 + SharedS3 + db + identity + s_identity;
                }
            }
            """,
        };
        test.TestState.AdditionalReferences.Add(HttpClientFactory);
        return test.RunAsync();
    }

    // Microsoft.Extensions.Http's factory and its extension, as metadata: the package's types, not the project's.
    private static readonly MetadataReference HttpClientFactory = LibraryImage.Build("Microsoft.Extensions.Http", """
        namespace System.Net.Http
        {
            public interface IHttpClientFactory
            {
                HttpClient CreateClient(string name);
            }

            public static class HttpClientFactoryExtensions
            {
                public static HttpClient CreateClient(this IHttpClientFactory factory) => factory.CreateClient(string.Empty);
            }
        }
        """);

    [Fact]
    public Task A_client_kept_in_a_lazily_set_field_or_a_keyed_cache_is_built_once_and_one_replaced_on_every_call_is_not()
    {
        return Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using System.Net.Http;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private readonly Dictionary<string, HttpClient> _hosts = new();
                private AmazonS3Client? _s3;
                private HttpClient? _shared;

                public string Handle(string input, ILambdaContext context) => S3().ToString() + Host(input) + Shared() + Replaced();

                private AmazonS3Client S3()
                {
                    if (_s3 != null)
                    {
                        return _s3;
                    }

                    _s3 = new AmazonS3Client();
                    return _s3;
                }

                private HttpClient Host(string name)
                {
                    if (!_hosts.TryGetValue(name, out var client))
                    {
                        client = new HttpClient();
                        _hosts[name] = client;
                    }

                    return client;
                }

                private HttpClient Shared()
                {
                    if (_shared is null)
                    {
                        _shared = new HttpClient();
                    }

                    return _shared;
                }

                private HttpClient Replaced()
                {
                    _shared = {|COLD301:new HttpClient()|};
                    return _shared;
                }
            }
            """);
    }

    [Fact]
    public Task Popular_third_party_clients_are_recognised_by_metadata_name()
    {
        const string Packages = """
            namespace SendGrid
            {
                public class SendGridClient
                {
                    public SendGridClient(string apiKey) { }
                }
            }

            namespace MongoDB.Driver
            {
                public class MongoClient
                {
                    public MongoClient(string connectionString) { }
                }
            }

            namespace Amazon.SecretsManager.Extensions.Caching
            {
                public class SecretsManagerCache
                {
                    public SecretsManagerCache() { }
                }
            }

            namespace Octokit
            {
                public class GitHubClient
                {
                    public GitHubClient(string productName) { }
                }
            }

            namespace Google.Apis.Services
            {
                public abstract class BaseClientService { }
            }

            namespace Google.Apis.Calendar.v3
            {
                public class CalendarService : Google.Apis.Services.BaseClientService { }
            }

            namespace Microsoft.Rest
            {
                public abstract class ServiceClient<T> where T : ServiceClient<T> { }
            }

            namespace Vision
            {
                public class ComputerVisionClient : Microsoft.Rest.ServiceClient<ComputerVisionClient> { }
            }
            """;
        return Verify.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Amazon.SecretsManager.Extensions.Caching;
            using Google.Apis.Calendar.v3;
            using MongoDB.Driver;
            using Octokit;
            using SendGrid;
            using Vision;

            public class Function
            {
                private static readonly MongoClient Database = new MongoClient("mongodb://orders");

                public string Handle(string input, ILambdaContext context)
                {
                    var mail = {|COLD301:new SendGridClient("key")|};
                    var archive = {|COLD301:new MongoClient("mongodb://archive")|};
                    var secrets = {|COLD301:new SecretsManagerCache()|};
                    var github = {|COLD301:new GitHubClient("orders")|};
                    var calendar = {|COLD301:new CalendarService()|};
                    var vision = {|COLD301:new ComputerVisionClient()|};
                    return input + mail + archive + secrets + github + calendar + vision + Database;
                }
            }
            """,
            Packages);
    }

    [Fact]
    public Task Clients_of_the_azure_sdks_before_azure_core_are_clients()
    {
        const string LegacyAzure = """
            namespace Microsoft.Azure.ServiceBus
            {
                public abstract class ClientEntity { }

                public class QueueClient : ClientEntity
                {
                    public QueueClient(string connectionString, string entityPath) { }
                }

                public class Message
                {
                    public Message(byte[] body) { }
                }
            }

            namespace Microsoft.Azure.Documents.Client
            {
                public class DocumentClient
                {
                    public DocumentClient(System.Uri endpoint, string key) { }
                }
            }

            namespace Microsoft.Azure.Devices
            {
                public class ServiceClient
                {
                    public static ServiceClient CreateFromConnectionString(string connectionString) => null!;
                }
            }
            """;
        return Verify.VerifyAsync(
            """
            using System;
            using Amazon.Lambda.Core;
            using Microsoft.Azure.Devices;
            using Microsoft.Azure.Documents.Client;
            using Microsoft.Azure.ServiceBus;

            public class Function
            {
                private static readonly QueueClient Orders = new QueueClient("Endpoint=sb://shop", "orders");

                public string Handle(string input, ILambdaContext context)
                {
                    var alerts = {|COLD301:new QueueClient("Endpoint=sb://shop", "alerts")|};
                    var documents = {|COLD301:new DocumentClient(new Uri("https://shop.documents.azure.com"), "key")|};
                    var hub = {|COLD301:ServiceClient.CreateFromConnectionString("HostName=shop")|};
                    var message = new Message(Array.Empty<byte>());
                    return input + alerts + documents + hub + message + Orders;
                }
            }
            """,
            LegacyAzure);
    }

    [Fact]
    public Task A_system_client_model_client_is_recognised_by_its_options_and_a_sub_client_it_hands_out_is_not_a_new_one()
    {
        // Built on the real System.ClientModel (Azure.Core depends on it), as OpenAI's package is.
        var openAi = LibraryImage.Build("OpenAI", """
            namespace OpenAI
            {
                public class OpenAIClientOptions : System.ClientModel.Primitives.ClientPipelineOptions { }

                public class OpenAIClient
                {
                    public OpenAIClient(string apiKey) { }
                    public OpenAIClient(string apiKey, OpenAIClientOptions options) { }
                    public Chat.ChatClient GetChatClient(string model) => null!;
                }
            }

            namespace OpenAI.Chat
            {
                public class ChatClient
                {
                    public ChatClient(string model, string apiKey) { }
                    public ChatClient(string model, string apiKey, OpenAIClientOptions options) { }
                }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using OpenAI;
                using OpenAI.Chat;

                public class Function
                {
                    private static readonly OpenAIClient Shared = new OpenAIClient("key");

                    public string Handle(string input, ILambdaContext context)
                    {
                        var chat = {|COLD301:new ChatClient("gpt-4o-mini", "key")|};
                        var fromShared = Shared.GetChatClient("gpt-4o-mini");
                        return input + chat + fromShared;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(openAi);
        return test.RunAsync();
    }

    [Fact]
    public Task A_client_whose_arguments_do_not_bind_yet_is_still_a_client_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Function
                {
                    private static readonly AmazonS3Client Shared = new AmazonS3Client(Amazon.RegionEndpoint.EUWest1);

                    public string Handle(string input, ILambdaContext context)
                    {
                        var client = {|#0:new AmazonS3Client("[region]")|};
                        return input + client + Shared;
                    }
                }
                """,
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'AmazonS3Client'"));
        return test.RunAsync();
    }

    // A package's API client by convention: named "...Client", disposable (it owns its HttpClient or channel), and not a
    // connection with a Connect method, which the connection check judges where it opens. Given the HttpClient it sends
    // through (one from IHttpClientFactory), it owns no connection pool, and one per invocation is cheap.
    [Fact]
    public Task A_packages_disposable_client_is_a_client_by_convention()
    {
        var weather = LibraryImage.Build("Weather.Sdk", """
            namespace Weather.Sdk
            {
                public sealed class ForecastClient : System.IDisposable
                {
                    public ForecastClient(string apiKey) { }
                    public ForecastClient(System.Net.Http.HttpClient http, string apiKey) { }
                    public string Today(string city) => city;
                    public void Dispose() { }
                }

                public sealed class CityClient
                {
                    public string Name(string id) => id;
                }

                public sealed class StationClient : System.IDisposable
                {
                    public void Connect() { }
                    public void Dispose() { }
                }

                public sealed class ForecastRequest : System.IDisposable
                {
                    public void Dispose() { }
                }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Weather.Sdk;

                public class Function
                {
                    private static readonly ForecastClient Shared = new ForecastClient("key");
                    private static readonly System.Net.Http.HttpClient Http = new System.Net.Http.HttpClient();

                    public string Handle(string city, ILambdaContext context)
                    {
                        using var forecasts = {|#0:new ForecastClient("key")|};
                        using var overShared = new ForecastClient(Http, "key");
                        var cities = new CityClient();
                        using var station = new StationClient();
                        using var request = new ForecastRequest();
                        return forecasts.Today(city) + overShared.Today(city) + Shared.Today(city) + cities.Name(city) + station + request;
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(weather);
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'ForecastClient'"));
        return test.RunAsync();
    }

    // A type that does not bind (its package not restored yet) is judged by its name, as the convention above would judge it.
    [Fact]
    public Task A_construction_of_an_unknown_type_named_as_a_client_is_a_client_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string city, ILambdaContext context)
                    {
                        var forecasts = {|#0:new OpenForecastClient("key")|};
                        var request = new ForecastRequest(city);
                        var client = new Client(city);
                        return city + forecasts + request + client;
                    }
                }
                """,
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'OpenForecastClient'"));
        return test.RunAsync();
    }

    // The static factory of a client whose package is not restored yet builds one as `new` would. Not a factory method of an
    // unknown type that is not named as a client, nor a call on an unknown local named like one.
    [Fact]
    public Task A_static_factory_of_an_unknown_type_named_as_a_client_is_a_client_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string hub, ILambdaContext context)
                    {
                        var notifications = {|#0:PushHubClient.CreateClientFromConnectionString("connection", hub)|};
                        var registry = RegistryCatalogue.CreateFromConnectionString("connection");
                        var reused = pushClient.CreateSession(hub);
                        return hub + notifications + registry + reused;
                    }
                }
                """,
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'PushHubClient'"));
        return test.RunAsync();
    }

    // The wrapper's field initialiser and constructor call the class's own helpers, and one of them builds the client: the
    // wrapper owns it. A helper that hands out a cached client, or only takes one, builds nothing per wrapper.
    [Fact]
    public Task A_class_whose_initialiser_calls_its_own_helper_that_builds_a_client_owns_that_client()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class ReceiptArchive
                {
                    private readonly AmazonS3Client _s3 = Connect("eu-west-1");

                    public string Bucket(string name) => name + _s3;

                    private static AmazonS3Client Connect(string region) => new AmazonS3Client(Amazon.RegionEndpoint.GetBySystemName(region));
                }

                public class CachedArchive
                {
                    private static AmazonS3Client? _shared;
                    private readonly AmazonS3Client _s3;

                    public CachedArchive() => _s3 = Shared();

                    public string Bucket(string name) => name + _s3;

                    private static AmazonS3Client Shared() => _shared ??= new AmazonS3Client();
                }

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        var archive = {|#0:new ReceiptArchive()|};
                        var cached = new CachedArchive();
                        return archive.Bucket(input) + cached.Bucket(input);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'ReceiptArchive' (which builds 'AmazonS3Client')"));
        return test.RunAsync();
    }

    // The wrapper's constructor builds a client of a package that is not restored yet: the wrapper owns a client all the same.
    [Fact]
    public Task A_class_whose_constructor_builds_an_unknown_type_named_as_a_client_owns_that_client()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;

                public class ExchangeApi
                {
                    private readonly object _client;

                    public ExchangeApi(string key) => _client = new KrakenRestClient(key);

                    public string Price(string pair) => pair + _client;
                }

                public class PriceFormatter
                {
                    private readonly object _request;

                    public PriceFormatter(string pair) => _request = new PriceRequest(pair);

                    public string Format(string price) => price + _request;
                }

                public class Function
                {
                    public string Handle(string pair, ILambdaContext context)
                        => {|#0:new ExchangeApi("key")|}.Price(pair) + new PriceFormatter(pair).Format(pair);
                }
                """,
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'ExchangeApi' (which builds 'KrakenRestClient')"));
        return test.RunAsync();
    }

    // The solution's own class library declares the interface and the function implements it: the call through the
    // interface reaches the implementation as one declared in the function's project does.
    [Fact]
    public Task A_call_through_an_interface_of_the_solutions_library_reaches_the_functions_implementation()
    {
        var contracts = LibraryImage.Build("Shop.Contracts", """
            namespace Shop.Contracts
            {
                public interface IReceiptStore
                {
                    System.Threading.Tasks.Task Put(string key);
                }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Shop.Contracts;

                public class S3ReceiptStore : IReceiptStore
                {
                    public async Task Put(string key)
                    {
                        using var s3 = {|#0:new AmazonS3Client()|};
                        await s3.ListBucketsAsync();
                    }
                }

                public class Function
                {
                    private readonly IReceiptStore _receipts = new S3ReceiptStore();

                    public Task Handle(string key, ILambdaContext context) => _receipts.Put(key);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(contracts);
        test.ExpectedDiagnostics.Add(OnEveryInvocationOfHandle("'AmazonS3Client'"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_container_built_on_every_invocation_is_reported_and_one_built_at_init_is_not()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(ExpensiveInitialisationTests.ContainerBuild))
        {
            TestCode = """
                using System;
                using Amazon.Lambda.Core;
                using Microsoft.Extensions.DependencyInjection;

                public class Function
                {
                    private static readonly IServiceProvider Shared = new ServiceCollection().BuildServiceProvider();

                    public string Handle(string input, ILambdaContext context)
                    {
                        var services = Compose(context);
                        return input + services + Shared;
                    }

                    private static IServiceProvider Compose(ILambdaContext context)
                    {
                        var collection = new ServiceCollection();
                        collection.AddSingleton(context.Logger);
                        return {|#0:collection.BuildServiceProvider()|};
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'ServiceProvider' (a dependency-injection container, which builds each of its singletons, clients included, again)",
            "on every invocation of 'Function.Handle'",
            "build the container once, in a static field or at start-up, and create a scope from it for each invocation"));
        return test.RunAsync();
    }

    // A package's types, as metadata: a connection is recognised on a library's client, not on the project's own types.
    private static readonly MetadataReference Connections = LibraryImage.Build("Connections", """
        namespace Messaging
        {
            public interface IConnection : System.IDisposable
            {
                void Publish(string message);
            }

            public class ConnectionFactory
            {
                public string HostName { get; set; } = "";
                public IConnection CreateConnection() => null!;
                public System.Data.Common.DbConnection CreateDbConnection() => null!;
            }

            // Dapper-style code's own factory, handing out the pooled ADO.NET connection as its interface.
            public interface IDbConnectionFactory
            {
                System.Data.IDbConnection CreateConnection();
            }
        }

        namespace Transfers
        {
            public abstract class BaseClient : System.IDisposable
            {
                public void Connect() { }
                public System.Threading.Tasks.Task ConnectAsync() => System.Threading.Tasks.Task.CompletedTask;
                public void Dispose() { }
            }

            public sealed class SftpClient : BaseClient
            {
                public SftpClient(string host) { }
                public void Upload(string path) { }
            }
        }
        """);

    [Fact]
    public Task A_connection_opened_on_every_invocation_is_reported_and_one_kept_or_reconnected_is_not()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Messaging;
                using Transfers;

                public class Function
                {
                    private static readonly ConnectionFactory Factory = new ConnectionFactory { HostName = "queue" };
                    private static IConnection? s_shared;
                    private readonly IDbConnectionFactory _databases;
                    private readonly SftpClient _kept = new SftpClient("files");
                    private readonly Ledger _ledger = new Ledger();

                    public Function(IDbConnectionFactory databases)
                    {
                        s_shared = Factory.CreateConnection();
                        _databases = databases;
                    }

                    public async Task Handle(string path, ILambdaContext context)
                    {
                        using var connection = {|#0:Factory.CreateConnection()|};
                        connection.Publish(path);
                        using (var sftp = new SftpClient("files"))
                        {
                            {|#1:sftp.Connect()|};
                            sftp.Upload(path);
                        }

                        var other = new SftpClient("archive");
                        await {|#2:other.ConnectAsync()|};
                        _kept.Connect();
                        s_shared ??= Factory.CreateConnection();
                        using var database = Factory.CreateDbConnection();
                        using var pooled = _databases.CreateConnection();
                        _ledger.Connect();
                    }
                }

                public sealed class Ledger : System.IDisposable
                {
                    public void Connect() { }
                    public void Dispose() { }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(Connections);
        const string Advice = "for the process (a static lazy field or a singleton) and reuse it, reconnecting only when it drops";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "connection ('ConnectionFactory.CreateConnection', an 'IConnection')",
            "on every invocation of 'Function.Handle'",
            "keep one connected 'IConnection' " + Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "connection ('SftpClient.Connect')", "on every invocation of 'Function.Handle'", "keep one connected 'SftpClient' " + Advice));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            "connection ('SftpClient.ConnectAsync')", "on every invocation of 'Function.Handle'", "keep one connected 'SftpClient' " + Advice));
        return test.RunAsync();
    }

    [Fact]
    public Task Nested_generic_handler_type_is_analysed()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public static class Outer
            {
                public sealed class Function<TEvent>
                    where TEvent : class
                {
                    public string Handle(TEvent input, ILambdaContext context) => {|COLD301:new AmazonS3Client()|}.ToString() + input;
                }
            }
            """);
    }

    [Fact]
    public Task Cached_and_static_clients_are_not_reported()
    {
        return Verify.VerifyAsync("""
            using System;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client S3 = new AmazonS3Client();
                private static readonly Lazy<AmazonDynamoDBClient> Db = new Lazy<AmazonDynamoDBClient>(() => new AmazonDynamoDBClient());
                private static AmazonS3Client? _cached;

                public string Handle(string input, ILambdaContext context)
                {
                    _cached ??= new AmazonS3Client();
                    return input + S3 + Db.Value + _cached;
                }
            }
            """);
    }

    [Fact]
    public Task Lambda_stored_in_a_field_and_called_per_request_is_invoke_path()
    {
        return Verify.VerifyAsync("""
            using System;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly Func<string, string> Save = order =>
                {
                    var client = {|COLD301:new AmazonS3Client()|};
                    return order + client;
                };

                public string Handle(string input, ILambdaContext context) => Save(input);
            }
            """);
    }

    // A factory kept in a local of the program, typed by a cast, that the handler calls: the client is built per invocation.
    // One the handler never calls builds nothing.
    [Fact]
    public Task A_client_factory_lambda_the_handler_calls_builds_a_client_per_invocation()
    {
        return Verify.VerifyExecutableAsync(
            """
            using System;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.S3;

            var archiveFactory = (Func<string, AmazonS3Client>)((region) =>
            {
                return {|COLD301:new AmazonS3Client()|};
            });
            var unusedFactory = (Func<AmazonS3Client>)(() => new AmazonS3Client());
            var handler = (string input, ILambdaContext context) => input + archiveFactory(input);
            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """);
    }

    [Fact]
    public Task Bootstrap_lambda_and_minimal_api_route_are_handlers()
    {
        return Verify.VerifyExecutableAsync(
            """
            using System.Net.Http;
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            var app = builder.Build();
            app.MapGet("/", () => {|COLD301:new HttpClient()|}.ToString());
            app.Run();

            await LambdaBootstrapBuilder.Create((string input, ILambdaContext context) => input + {|COLD301:new HttpClient()|}, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """,
            LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting));
    }

    [Fact]
    public Task A_scoped_factory_or_implementation_builds_a_client_per_request()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Amazon.S3;
                using Amazon.DynamoDBv2;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                builder.Services.AddScoped<IAmazonS3>(_ => new AmazonS3Client());
                builder.Services.AddScoped<IAmazonDynamoDB, AmazonDynamoDBClient>();
                builder.Services.AddScoped(typeof(IAmazonS3), _ => new AmazonS3Client());
                builder.Services.AddScoped(typeof(IAmazonDynamoDB), typeof(AmazonDynamoDBClient));
                var app = builder.Build();
                app.Run();
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        const string Fix = "register it with AddSingleton so that every request shares one client";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(9, 44, 9, 64).WithArguments(
            "'AmazonS3Client'", "for every request scope, because AddScoped registers 'IAmazonS3'", Fix));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(10, 1, 10, 68).WithArguments(
            "'AmazonDynamoDBClient'", "for every request scope, because AddScoped registers 'IAmazonDynamoDB'", Fix));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(11, 52, 11, 72).WithArguments(
            "'AmazonS3Client'", "for every request scope, because AddScoped registers 'IAmazonS3'", Fix));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(12, 1, 12, 82).WithArguments(
            "'AmazonDynamoDBClient'", "for every request scope, because AddScoped registers 'IAmazonDynamoDB'", Fix));
        return test.RunAsync();
    }

    // RestEase and Refit generate the API interface's implementation over an HttpClient of their own, unless given one.
    private const string TypedRestClients = """
        namespace RestEase
        {
            public class RestClient
            {
                public static T For<T>(string baseUrl) => default!;

                public static T For<T>(System.Net.Http.HttpClient httpClient) => default!;
            }
        }

        namespace Refit
        {
            public static class RestService
            {
                public static T For<T>(string hostUrl) => default!;
            }
        }

        public interface IWeatherApi
        {
            System.Threading.Tasks.Task<string> TodayAsync();
        }
        """;

    [Fact]
    public Task A_typed_rest_client_built_per_invocation_or_per_scope_is_reported_unless_it_is_given_its_HttpClient()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using System.Net.Http;
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                builder.Services.AddScoped(_ => RestEase.RestClient.For<IWeatherApi>("https://weather.example"));
                builder.Services.AddScoped(sp => RestEase.RestClient.For<IWeatherApi>(sp.GetRequiredService<HttpClient>()));
                var app = builder.Build();
                app.MapGet("/today", () => Refit.RestService.For<IWeatherApi>("https://weather.example").TodayAsync());
                app.Run();
                """,
            TestState = { Sources = { TypedRestClients } },
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(8, 33, 8, 96).WithArguments(
            "'IWeatherApi' (built by RestClient.For)", "for every request scope, because AddScoped registers 'IWeatherApi'",
            "register it with AddSingleton so that every request shares one client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(11, 28, 11, 89).WithArguments(
            "'IWeatherApi' (built by RestService.For)", "on every invocation of 'the handler lambda on line 11'",
            "create it once in a static (lazy) field and reuse it"));
        return test.RunAsync();
    }

    // GraphClient's package is not restored, so the factory returns a type that does not resolve: the unbound client and
    // the client built for it are reported all the same, as the registration's.
    [Fact]
    public Task A_scoped_factory_that_does_not_bind_because_its_client_type_does_not_resolve_still_builds_a_client_per_request()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Amazon.S3;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                builder.Services.AddScoped(_ => new {|CS0246:GraphClient|}(new AmazonS3Client()));
                var app = builder.Build();
                app.Run();
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(8, 33, 8, 70).WithArguments(
            "'GraphClient'", "for every request scope, because AddScoped registers 'GraphClient'",
                "register it with AddSingleton so that every request shares one client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(8, 49, 8, 69).WithArguments(
            "'AmazonS3Client'", "for every request scope, because AddScoped registers 'GraphClient'",
                "register it with AddSingleton so that every request shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_type_registered_as_scoped_by_itself_builds_its_client_per_request()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting))
        {
            TestCode = """
                using Amazon.Lambda.AspNetCoreServer.Hosting;
                using Amazon.DynamoDBv2;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
                builder.Services.AddScoped<StaffDirectory>();
                builder.Services.AddScoped<Clock>();
                builder.Build().Run();

                public class StaffDirectory
                {
                    private readonly AmazonDynamoDBClient _table;

                    public StaffDirectory() => _table = new AmazonDynamoDBClient();
                }

                public class Clock
                {
                    public System.DateTime Now => System.DateTime.UtcNow;
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(8, 1, 8, 45).WithArguments(
            "'StaffDirectory' (which builds 'AmazonDynamoDBClient')", "for every request scope, because AddScoped registers 'StaffDirectory'",
                "register it with AddSingleton so that every request shares one client"));
        return test.RunAsync();
    }

    // Lambda Annotations' generated handler opens a scope for every invocation and resolves [FromServices] parameters from it;
    // the function class itself is a singleton unless the startup registers it otherwise, so what its constructor takes is
    // built once.
    [Fact]
    public Task A_transient_client_taken_as_an_annotations_FromServices_parameter_is_built_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Annotations;
                using Amazon.S3;
                using Microsoft.Extensions.DependencyInjection;

                [LambdaStartup]
                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services)
                    {
                        {|#0:services.AddTransient<IReceipts, S3Receipts>()|};
                        services.AddTransient<IPrices, S3Prices>();
                    }
                }

                public interface IReceipts
                {
                    string Bucket { get; }
                }

                public interface IPrices
                {
                    string Bucket { get; }
                }

                public class S3Receipts : IReceipts
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString() + "receipts";
                }

                public class S3Prices : IPrices
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString() + "prices";
                }

                public class Functions
                {
                    private readonly IPrices _prices;

                    public Functions(IPrices prices) => _prices = prices;

                    [LambdaFunction]
                    public string Archive(string order, [FromServices] IReceipts receipts) => receipts.Bucket + _prices.Bucket + order;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'S3Receipts' (which builds 'AmazonS3Client')",
            "on every invocation of 'Functions.Archive', because AddTransient registers 'IReceipts' and 'Functions.Archive' takes it as a "
                + "[FromServices] parameter, which Lambda Annotations resolves for every invocation",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    // A handler that builds its container each time it runs (a generic host, or a service provider from a collection it
    // fills): every registration, singletons included, is built again per invocation, and the clients those types build
    // with them. The same registrations in a container built once, in a static field, are not reported.
    [Fact]
    public Task Registrations_in_a_container_built_on_every_invocation_build_their_clients_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreApp).Append(ExpensiveInitialisationTests.ContainerBuild))
        {
            TestCode = """
                using System;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                public class Schedules
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString() + "schedules";
                }

                public class Clock
                {
                    public string Now => DateTime.UtcNow.ToString("O");
                }

                public class Function
                {
                    private static readonly IServiceProvider Shared = BuildOnce();

                    private static IServiceProvider BuildOnce()
                    {
                        var services = new ServiceCollection();
                        services.AddSingleton<Schedules>();
                        return services.BuildServiceProvider();
                    }

                    private static Schedules FromHost()
                    {
                        var host = Host.CreateDefaultBuilder()
                            .ConfigureServices(services => { {|#0:services.AddSingleton<Schedules>()|}.AddSingleton<Clock>(); })
                            .{|#1:Build()|};
                        return host.Services.GetRequiredService<Schedules>();
                    }

                    public string Handle(string input, ILambdaContext context)
                    {
                        var services = new ServiceCollection();
                        {|#2:services.AddScoped<Schedules>()|};
                        var provider = {|#3:services.BuildServiceProvider()|};
                        return FromHost().Bucket + provider.GetRequiredService<Schedules>().Bucket + Shared.GetRequiredService<Schedules>().Bucket;
                    }
                }
                """,
        };
        const string Built = "'Schedules' (which builds 'AmazonS3Client')";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            Built,
            "on every invocation of 'Function.Handle', because AddSingleton registers 'Schedules' in a container that 'IHostBuilder.Build' "
                + "builds on every invocation",
            "build the container once, in a static field or at start-up, so that every invocation shares one client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "'IHost' (a host, which reads its configuration and builds its container and each of its singletons, clients included, again)",
            "on every invocation of 'Function.Handle'",
            "build the host once, in a static field or at start-up, and create a scope from its services for each invocation"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(
            Built,
            "on every invocation of 'Function.Handle', because AddScoped registers 'Schedules' in a container that "
                + "'ServiceCollectionContainerBuilderExtensions.BuildServiceProvider' builds on every invocation",
            "build the container once, in a static field or at start-up, so that every invocation shares one client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(3).WithArguments(
            "'ServiceProvider' (a dependency-injection container, which builds each of its singletons, clients included, again)",
            "on every invocation of 'Function.Handle'",
            "build the container once, in a static field or at start-up, and create a scope from it for each invocation"));
        return test.RunAsync();
    }

    // One call of the callback that does not bind (a set-up extension of a package not restored) leaves the callback's
    // ConfigureServices unbound, and the host's Build() after a call that does not bind either: both are found all the same.
    [Fact]
    public Task A_registration_in_a_per_invocation_host_is_reported_when_other_set_up_calls_do_not_bind()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(LambdaStubs.AspNetCoreApp).Append(ExpensiveInitialisationTests.ContainerBuild))
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                public class Schedules
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString();
                }

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        var host = Host.CreateDefaultBuilder()
                            .ConfigureServices(services => { {|#0:services.AddSingleton<Schedules>()|}.AddTelemetry(input); })
                            .{|#1:Build()|};
                        return host.Services.GetRequiredService<Schedules>().Bucket;
                    }
                }
                """,
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'Schedules' (which builds 'AmazonS3Client')",
            "on every invocation of 'Function.Handle', because AddSingleton registers 'Schedules' in a container that 'IHostBuilder.Build' "
                + "builds on every invocation",
            "build the container once, in a static field or at start-up, so that every invocation shares one client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(
            "'IHost' (a host, which reads its configuration and builds its container and each of its singletons, clients included, again)",
            "on every invocation of 'Function.Handle'",
            "build the host once, in a static field or at start-up, and create a scope from its services for each invocation"));
        return test.RunAsync();
    }

    // A class-library function that builds its own container once and resolves its service in the handler: a transient
    // service is constructed again on every resolution, and the client it builds with it. A singleton is built once.
    [Fact]
    public Task A_transient_client_resolved_from_the_container_in_the_handler_is_built_per_invocation()
    {
        var test = new Verify.Test(LambdaStubs.Default.Append(ExpensiveInitialisationTests.ContainerBuild))
        {
            TestCode = """
                using System;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using Microsoft.Extensions.DependencyInjection;

                public interface IReceipts
                {
                    string Bucket { get; }
                }

                public class S3Receipts : IReceipts
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString() + "receipts";
                }

                public class S3Prices
                {
                    private readonly AmazonS3Client _s3 = new AmazonS3Client();

                    public string Bucket => _s3.ToString() + "prices";
                }

                public class Function
                {
                    private static readonly IServiceProvider Services = Build();

                    private static IServiceProvider Build()
                    {
                        var services = new ServiceCollection();
                        {|#0:services.AddTransient<IReceipts, S3Receipts>()|};
                        services.AddSingleton<S3Prices>();
                        return services.BuildServiceProvider();
                    }

                    public string Handle(string order, ILambdaContext context)
                        => Services.GetRequiredService<IReceipts>().Bucket + Services.GetRequiredService<S3Prices>().Bucket + order;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'S3Receipts' (which builds 'AmazonS3Client')",
            "on every invocation of 'Function.Handle', because AddTransient registers 'IReceipts' and 'Function.Handle' resolves it from the "
                + "container on every invocation",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task Singleton_and_transient_registrations_are_not_reported()
    {
        // A transient client injected into a singleton consumer is built once; the registration alone does not say.
        return Verify.VerifyExecutableAsync(
            """
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Amazon.S3;
            using Amazon.DynamoDBv2;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            builder.Services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client());
            builder.Services.AddTransient<IAmazonDynamoDB, AmazonDynamoDBClient>();
            builder.Build().Run();
            """,
            LambdaStubs.Default.Append(LambdaStubs.AspNetCoreHosting));
    }

    [Fact]
    public Task A_client_built_from_the_invocation_credentials_is_told_to_cache_per_credentials()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Amazon.Runtime;
                using Amazon.S3;

                public class Function
                {
                    public string Handle(TenantRequest request, ILambdaContext context)
                    {
                        var credentials = new BasicAWSCredentials(request.AccessKey, request.SecretKey);
                        var client = new AmazonS3Client(credentials);
                        return client.ToString();
                    }
                }

                public class TenantRequest
                {
                    public string AccessKey { get; set; } = "";
                    public string SecretKey { get; set; } = "";
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithSpan(10, 22, 10, 53).WithArguments(
            "'AmazonS3Client'",
            "on every invocation of 'Function.Handle'",
            "it is built from this invocation's credentials, so keep one client per distinct credentials (for example per tenant) instead of one per "
            + "invocation"));
        return test.RunAsync();
    }

    [Fact]
    public Task Lambda_function_and_cold_start_handler_attributes_make_handlers()
    {
        return Verify.VerifyAsync("""
            using System.Net.Http;
            using Amazon.Lambda.Annotations;
            using ColdStart;

            public class Functions
            {
                [LambdaFunction]
                public string Get() => {|COLD301:new HttpClient()|}.ToString()!;

                [ColdStartHandler]
                public string Post(string body) => body + {|COLD301:new HttpClient()|};

                public string NotAHandler() => new HttpClient().ToString()!;
            }
            """);
    }

    [Fact]
    public Task Client_types_from_editorconfig_are_recognised()
    {
        return Verify.VerifyAsync(
            new[]
            {
                """
                using Amazon.Lambda.Core;

                namespace Payments
                {
                    public class PaymentsClient { }
                }

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => input + {|COLD301:new Payments.PaymentsClient()|};
                }
                """,
            },
            LambdaStubs.Default,
            "root = true\n\n[*.cs]\ncoldstart.client_types = Payments.PaymentsClient, Other.Client\n");
    }

    [Fact]
    public Task A_computed_static_property_that_builds_a_client_builds_one_on_every_read()
    {
        return Verify.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client Kept = new AmazonS3Client();
                private static AmazonS3Client Storage => {|COLD301:new AmazonS3Client()|};
                private static AmazonS3Client Reports => {|COLD301:new AmazonS3Client()|};
                private static AmazonS3Client Shared => Kept;

                public async Task<string> Handle(dynamic input, ILambdaContext context)
                {
                    string text = input.ToString();
                    var buckets = await Storage.ListBucketsAsync();
                    return Reports.Config.RegionEndpoint + "" + Shared + buckets + text;
                }
            }
            """);
    }

    [Fact]
    public Task Calls_are_followed_five_deep_by_default_as_layered_apps_need()
    {
        // Controller-style layering: handler -> data model -> processor -> requester -> private helpers; the sixth call is not followed.
        return Verify.VerifyAsync(
            new[]
            {
                """
                using System.Net.Http;
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => Model.Load(input) + Model.LoadAll(input);
                }

                internal static class Model
                {
                    public static string Load(string s) => Processor.Process(s);
                    public static string LoadAll(string s) => Processor.ProcessAll(s);
                }

                internal static class Processor
                {
                    public static string Process(string s) => Requester.Request(s);
                    public static string ProcessAll(string s) => Requester.RequestAll(s);
                }

                internal static class Requester
                {
                    public static string Request(string s) => Send(s);
                    public static string RequestAll(string s) => SendAll(s);
                    private static string Send(string s) => Post(s);
                    private static string Post(string s) => s + {|COLD301:new HttpClient()|};
                    private static string SendAll(string s) => Deeper(s);
                    private static string Deeper(string s) => Deepest(s);
                    private static string Deepest(string s) => s + new HttpClient();
                }
                """,
            },
            LambdaStubs.Default);
    }

    [Fact]
    public Task Invoke_path_depth_is_configurable()
    {
        return Verify.VerifyAsync(
            new[]
            {
                """
                using Amazon.Lambda.Core;
                using Amazon.S3;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => One(input);
                    private static string One(string s) => Two(s);
                    private static string Two(string s) => s + new AmazonS3Client();
                }
                """,
            },
            LambdaStubs.Default,
            "root = true\n\n[*.cs]\ncoldstart.invoke_path_depth = 1\n");
    }

    [Fact]
    public Task Clients_outside_serverless_code_are_not_reported()
    {
        return Verify.VerifyAsync(
            new[]
            {
                """
                using Amazon.S3;

                public class OrderDto
                {
                    public string Id { get; set; } = "";
                    public string Describe() => Id + new AmazonS3Client();
                }
                """,
            },
            new[] { LambdaStubs.Core });
    }
}
