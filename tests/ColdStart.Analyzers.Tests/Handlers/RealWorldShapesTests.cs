using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using Xunit;
using Eager = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ClientCreatedEagerlyAnalyzer>;
using Expensive = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ExpensiveInitialisationAnalyzer>;
using PerInvocation = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer>;
using Scanning = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ReflectionScanningDuringInitialisationAnalyzer>;
using Watched = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ConfigurationFileWatchedAnalyzer>;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>
/// The shapes real functions take that the handler model must understand (docs/handlers.md), each written in our
/// own words after a class of cases in the development corpus (docs/accuracy.md).
/// </summary>
public class RealWorldShapesTests
{
    private const string SqsEvents = """
        namespace Amazon.Lambda.SQSEvents
        {
            public class SQSEvent
            {
                public System.Collections.Generic.List<SQSMessage> Records { get; set; } = new();

                public class SQSMessage
                {
                    public string Body { get; set; } = "";
                }
            }
        }
        """;

    [Fact]
    public Task Powertools_style_handler_taking_only_the_event_is_a_handler()
    {
        return PerInvocation.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.SQSEvents;

            public class Function
            {
                public async Task Handle(SQSEvent evt)
                {
                    var db = {|COLD301:new AmazonDynamoDBClient()|};
                    await db.ListTablesAsync();
                }
            }
            """,
            SqsEvents);
    }

    [Fact]
    public Task Powertools_batch_record_handler_runs_for_every_record_of_an_invocation()
    {
        const string BatchProcessing = """
            namespace AWS.Lambda.Powertools.BatchProcessing
            {
                public sealed class RecordHandlerResult
                {
                    public static RecordHandlerResult None { get; } = new();
                }

                public interface IRecordHandler<in TRecord>
                {
                    System.Threading.Tasks.Task<RecordHandlerResult> HandleAsync(TRecord record, System.Threading.CancellationToken cancellationToken);
                }
            }
            """;
        return PerInvocation.VerifyAsync(
            """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Lambda.SQSEvents;
            using AWS.Lambda.Powertools.BatchProcessing;

            public class OrderRecordHandler : IRecordHandler<SQSEvent.SQSMessage>
            {
                public async Task<RecordHandlerResult> HandleAsync(SQSEvent.SQSMessage record, CancellationToken cancellationToken)
                {
                    using var http = {|COLD301:new HttpClient()|};
                    await http.GetStringAsync("https://stock.example/" + record.Body, cancellationToken);
                    return RecordHandlerResult.None;
                }

                public Task<string> HandleLater(string body) => new HttpClient().GetStringAsync(body);
            }
            """,
            SqsEvents,
            BatchProcessing);
    }

    [Fact]
    public Task Method_carrying_its_own_lambda_serializer_is_a_handler_whatever_its_parameters()
    {
        return PerInvocation.VerifyAsync(
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.S3;

            public class Nightly
            {
                [LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]
                public async Task<string> Run()
                {
                    var s3 = {|COLD301:new AmazonS3Client()|};
                    await s3.ListBucketsAsync();
                    return "done";
                }

                public async Task RunByHand()
                {
                    var s3 = new AmazonS3Client();
                    await s3.ListBucketsAsync();
                }
            }
            """);
    }

    [Theory]
    [InlineData("/src/Orders/aws-lambda-tools-defaults.json", """{ "function-handler": "TestProject::Orders.Entry::Process" }""")]
    [InlineData("/serverless.yml", """
        service: orders
        provider:
          name: aws
          runtime: dotnet8
        functions:
          process:
            handler: TestProject::Orders.Entry::Process
            events:
              - http:
                  path: orders
                  method: post
        """)]
    [InlineData("/src/Orders/Dockerfile", """
        FROM public.ecr.aws/lambda/dotnet:8
        COPY bin/Release/lambda-publish/ ${LAMBDA_TASK_ROOT}
        # the handler Lambda runs
        CMD [ "TestProject::Orders.Entry::Process" ]
        """)]
    [InlineData("/template.yaml", """
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              PackageType: Image
              ImageConfig:
                Command:
                  - "TestProject::Orders.Entry::Process"
        """)]
    [InlineData("/serverless.template", """
        { "Resources": { "Orders": { "Type": "AWS::Lambda::Function",
          "Properties": { "PackageType": "Image", "ImageConfig": { "Command": [ "TestProject::Orders.Entry::Process" ] } } } } }
        """)]
    public Task Method_a_deployment_file_names_is_a_handler_whatever_its_signature(string deploymentFile, string content)
    {
        var test = new PerInvocation.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using System.Net.Http;

                namespace Orders
                {
                    public class Entry
                    {
                        public Stream Process(Stream input)
                        {
                            using var http = {|COLD301:new HttpClient()|};
                            return input;
                        }

                        public Stream Unlisted(Stream input)
                        {
                            using var http = new HttpClient();
                            return input;
                        }
                    }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((deploymentFile, content));
        return test.RunAsync();
    }

    [Fact]
    public Task Client_used_inside_the_per_record_loop_is_used_on_every_invocation()
    {
        return Eager.VerifyAsync(
            """
            using System.Linq;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.SQSEvents;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonDynamoDBClient Db = new AmazonDynamoDBClient();
                private static readonly AmazonS3Client S3 = new AmazonS3Client();

                public async Task Handle(SQSEvent evt)
                {
                    foreach (var record in evt.Records)
                    {
                        await Db.ListTablesAsync();
                    }

                    await Task.WhenAll(evt.Records.Select(record => S3.ListBucketsAsync()));
                }
            }
            """,
            SqsEvents);
    }

    [Fact]
    public Task Loop_over_the_records_of_a_bootstrap_lambda_uses_the_client_on_every_invocation()
    {
        return Eager.VerifyExecutableAsync(
            """
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.Lambda.SQSEvents;

            var db = new AmazonDynamoDBClient();
            await LambdaBootstrapBuilder.Create(async (SQSEvent evt, ILambdaContext context) =>
            {
                foreach (var record in evt.Records)
                {
                    await db.ListTablesAsync();
                }

                return "done";
            }, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """,
            Infrastructure.LambdaStubs.Default.Append(SqsEvents));
    }

    [Fact]
    public Task Client_handed_to_a_repository_at_init_is_used_through_it_and_a_null_check_is_not_a_use()
    {
        return Eager.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.S3;

            public class OrderRepository
            {
                private readonly AmazonDynamoDBClient _db;
                public OrderRepository(AmazonDynamoDBClient db) => _db = db;
                public Task SaveAsync() => _db.ListTablesAsync();
            }

            public class Function
            {
                private readonly OrderRepository _repository;
                private readonly AmazonS3Client _s3 = {|COLD302:new AmazonS3Client()|};

                public Function()
                {
                    var db = new AmazonDynamoDBClient();
                    _repository = new OrderRepository(db);
                }

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    await _repository.SaveAsync();
                    return _s3 != null ? "s3 ready" : "no s3";
                }
            }
            """);
    }

    [Fact]
    public Task Client_created_behind_an_interface_the_handler_calls_is_per_invocation()
    {
        return PerInvocation.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;

            public interface IUserRepository
            {
                Task LoadAsync(string id);
            }

            public class DynamoUserRepository : IUserRepository
            {
                public async Task LoadAsync(string id)
                {
                    var client = {|COLD301:new AmazonDynamoDBClient()|};
                    await client.ListTablesAsync();
                }
            }

            public class Function
            {
                private readonly IUserRepository _users = new DynamoUserRepository();

                public Task Handle(string id, ILambdaContext context) => _users.LoadAsync(id);
            }
            """);
    }

    private const string Mediator = ColdStart.Tests.Shared.MediatorContracts.Source;

    [Fact]
    public Task Handlers_that_MediatR_runs_for_a_request_the_handler_sends_are_on_the_invoke_path()
    {
        return PerInvocation.VerifyAsync(
            """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using MediatR;

            public record SendInvite(string Email) : IRequest<bool>;

            public record ArchiveOrder(string Id) : IRequest<bool>;

            public record InviteSent(string Email) : INotification;

            public class SendInviteHandler : IRequestHandler<SendInvite, bool>
            {
                public async Task<bool> Handle(SendInvite request, CancellationToken cancellationToken)
                {
                    var http = {|COLD301:new HttpClient()|};
                    return (await http.GetStringAsync(request.Email)).Length > 0;
                }
            }

            // Nobody sends this request: its handler is not on any path.
            public class ArchiveOrderHandler : IRequestHandler<ArchiveOrder, bool>
            {
                public async Task<bool> Handle(ArchiveOrder request, CancellationToken cancellationToken)
                    => (await new HttpClient().GetStringAsync(request.Id)).Length > 0;
            }

            public class AuditInvites : INotificationHandler<InviteSent>
            {
                public Task Handle(InviteSent notification, CancellationToken cancellationToken)
                    => {|COLD301:new HttpClient()|}.GetStringAsync(notification.Email);
            }

            public class Tracing<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
            {
                public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
                {
                    await {|COLD301:new HttpClient()|}.GetStringAsync("https://trace.example.com");
                    return await next();
                }
            }

            public class Function
            {
                private readonly IMediator _mediator;

                public Function(IMediator mediator) => _mediator = mediator;

                public async Task Handle(string email, ILambdaContext context)
                {
                    if (await _mediator.Send(new SendInvite(email)))
                    {
                        await _mediator.Publish(new InviteSent(email));
                    }
                }
            }
            """,
            Mediator);
    }

    // AddMediatR registers request handlers as transients, and MediatR resolves one for every Send: a transient client that a
    // handler the invoke path sends to takes in its constructor is built again on every invocation. A handler nothing sends
    // to, and a singleton client, are not.
    [Fact]
    public Task A_transient_client_a_MediatR_handler_on_the_invoke_path_takes_is_built_for_every_invocation()
    {
        var test = new PerInvocation.Test(Infrastructure.LambdaStubs.Default.Append(Rules.ExpensiveInitialisationTests.ContainerBuild).Append(Mediator))
        {
            TestCode = """
                using System;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.DynamoDBv2;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using MediatR;
                using Microsoft.Extensions.DependencyInjection;

                public record ScoreThrow(string Player, int Points) : IRequest<bool>;

                public record CloseSeason(int Year) : IRequest<bool>;

                public class ScoreThrowHandler : IRequestHandler<ScoreThrow, bool>
                {
                    private readonly IAmazonS3 _board;

                    public ScoreThrowHandler(IAmazonS3 board) => _board = board;

                    public Task<bool> Handle(ScoreThrow request, CancellationToken cancellationToken)
                        => Task.FromResult(_board.ToString()!.Length > request.Points);
                }

                public class CloseSeasonHandler : IRequestHandler<CloseSeason, bool>
                {
                    private readonly IAmazonDynamoDB _seasons;

                    public CloseSeasonHandler(IAmazonDynamoDB seasons) => _seasons = seasons;

                    public Task<bool> Handle(CloseSeason request, CancellationToken cancellationToken)
                        => Task.FromResult(_seasons.ToString()!.Length > request.Year);
                }

                public class Function
                {
                    private static readonly IServiceProvider Services = Build();

                    private static IServiceProvider Build()
                    {
                        var services = new ServiceCollection();
                        {|#0:services.AddTransient<IAmazonS3>(_ => new AmazonS3Client())|};
                        services.AddTransient<IAmazonDynamoDB>(_ => new AmazonDynamoDBClient());
                        return services.BuildServiceProvider();
                    }

                    public Task<bool> Handle(ScoreThrow request, ILambdaContext context)
                        => Services.GetRequiredService<IMediator>().Send(request);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(PerInvocation.Diagnostic().WithLocation(0).WithArguments(
            "'IAmazonS3' (which builds 'AmazonS3Client')",
            "on every invocation of 'Function.Handle', because AddTransient registers 'IAmazonS3' and 'ScoreThrowHandler', which is built for "
                + "every invocation, takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    // The request and its handler in the team's Application library, the registration and the Send in the function: the
    // library's handler is resolved (and built) by MediatR for every Send, so the transient it takes is built per invocation.
    [Fact]
    public Task A_transient_client_a_library_MediatR_handler_takes_is_built_for_every_invocation_that_sends_its_request()
    {
        var mediatr = Infrastructure.LibraryImage.Build("MediatR", Mediator);
        var application = Infrastructure.LibraryImage.Build("Shop.Application", new[] { mediatr }, """
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.S3;
            using MediatR;

            namespace Shop.Application
            {
                public record ScoreThrow(string Player, int Points) : IRequest<bool>;

                public record CloseSeason(int Year) : IRequest<bool>;

                public class ScoreThrowHandler : IRequestHandler<ScoreThrow, bool>
                {
                    private readonly IAmazonS3 _board;

                    public ScoreThrowHandler(IAmazonS3 board) => _board = board;

                    public Task<bool> Handle(ScoreThrow request, CancellationToken cancellationToken)
                        => Task.FromResult(_board.ToString()!.Length > request.Points);
                }

                public class CloseSeasonHandler : IRequestHandler<CloseSeason, bool>
                {
                    private readonly IAmazonS3 _archive;

                    public CloseSeasonHandler(IAmazonS3 archive) => _archive = archive;

                    public Task<bool> Handle(CloseSeason request, CancellationToken cancellationToken)
                        => Task.FromResult(_archive.ToString()!.Length > request.Year);
                }
            }
            """);
        var test = new PerInvocation.Test(Infrastructure.LambdaStubs.Default.Append(Rules.ExpensiveInitialisationTests.ContainerBuild))
        {
            TestCode = """
                using System;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.S3;
                using MediatR;
                using Microsoft.Extensions.DependencyInjection;
                using Shop.Application;

                public class Function
                {
                    private static readonly IServiceProvider Services = Build();

                    // Sent once while the type initialises too: the handler is still built per invocation by the Send below.
                    private static readonly Task<bool> Warm = Services.GetRequiredService<IMediator>().Send(new ScoreThrow("warm", 0));

                    private static IServiceProvider Build()
                    {
                        var services = new ServiceCollection();
                        {|#0:services.AddTransient<IAmazonS3>(_ => new AmazonS3Client())|};
                        return services.BuildServiceProvider();
                    }

                    public Task<bool> Handle(ScoreThrow request, ILambdaContext context)
                        => Services.GetRequiredService<IMediator>().Send(request);
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(mediatr);
        test.TestState.AdditionalReferences.Add(application);
        test.ExpectedDiagnostics.Add(PerInvocation.Diagnostic().WithLocation(0).WithArguments(
            "'IAmazonS3' (which builds 'AmazonS3Client')",
            "on every invocation of 'Function.Handle', because AddTransient registers 'IAmazonS3' and 'ScoreThrowHandler', which is built for "
                + "every invocation, takes it in its constructor",
            "register it with AddSingleton so that every invocation shares one client"));
        return test.RunAsync();
    }

    [Fact]
    public Task Handler_wrapped_by_a_tracing_helper_uses_the_static_client_on_every_invocation()
    {
        return Eager.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public static class Tracing
            {
                public static Task<string> Trace(Func<string, ILambdaContext, Task<string>> handler, string input, ILambdaContext context) => handler(input, context);
            }

            public class Function
            {
                private static readonly HttpClient Http = new HttpClient();

                public Task<string> TracedHandler(string input, ILambdaContext context) => Tracing.Trace(Handle, input, context);

                public Task<string> Handle(string input, ILambdaContext context) => Http.GetStringAsync("https://example.com/" + input);
            }
            """);
    }

    [Fact]
    public Task Configuration_callbacks_run_during_init_and_marker_type_registrations_scan_assemblies()
    {
        return Scanning.VerifyAsync("""
            using System;
            using System.Reflection;
            using Amazon.Lambda.Core;

            public class HandlerOptions
            {
                public void RegisterFrom(Assembly assembly) { }
            }

            public static class Registrations
            {
                public static void AddHandlers(this object services, Action<HandlerOptions> configure) => configure(new HandlerOptions());
                public static void AddValidatorsFromAssemblyContaining<T>(this object services) { }
                public static void AddProfiles(this object services, params Type[] profileAssemblyMarkerTypes) { }
            }

            public class Function
            {
                public Function()
                {
                    var services = new object();
                    services.AddHandlers(options => {|COLD103:options.RegisterFrom(typeof(Function).Assembly)|});
                    {|COLD103:services.AddValidatorsFromAssemblyContaining<Function>()|};
                    {|COLD103:services.AddProfiles(typeof(Function))|};
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task File_reads_count_anywhere_on_the_init_path_but_container_builds_only_in_static_initialisation()
    {
        return Expensive.VerifyAsync(
            """
            using System.IO;
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public class Function
            {
                private readonly string _template;
                private readonly IConfigurationRoot _configuration;

                public Function()
                {
                    _template = {|COLD101:File.ReadAllText("template.txt")|};
                    _configuration = new ConfigurationBuilder()
                        .AddJsonFile("appsettings.json", optional: true)
                        .Build();
                }

                private static readonly string Cached = Settings;

                private static string Settings => {|COLD101:File.ReadAllText("settings.json")|};

                public string Handle(string input, ILambdaContext context) => _template + _configuration["x"] + Cached + input;
            }
            """,
            Infrastructure.LambdaStubs.Configuration);
    }

    [Fact]
    public Task Startup_code_in_a_shared_library_without_handlers_is_init_code()
    {
        // The function project references this library; its [LambdaStartup] class and the DI extension it calls run
        // during the function's init.
        return Expensive.VerifyAsync(
            """
            using System.IO;
            using Amazon.Lambda.Annotations;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            namespace Shared.Hosting
            {
                [LambdaStartup]
                public class Startup
                {
                    public void ConfigureServices(IServiceCollection services)
                    {
                        var configuration = new ConfigurationBuilder()
                            .AddJsonFile("appsettings.json", optional: false)
                            .Build();
                        services.AddSingleton(configuration);
                        services.AddPricing();
                    }
                }

                public static class PricingRegistration
                {
                    public static IServiceCollection AddPricing(this IServiceCollection services)
                    {
                        var rules = {|COLD101:File.ReadAllText("pricing.json")|};
                        return services.AddSingleton(new PricingRules(rules));
                    }

                    public static string NotCalledDuringInit() => File.ReadAllText("other.json");
                }

                public record PricingRules(string Json);
            }
            """,
            Infrastructure.LambdaStubs.Configuration);
    }

    [Fact]
    public Task Reload_on_change_is_reported_wherever_configuration_is_built()
    {
        return Watched.VerifyAsync(
            """
            using Amazon.Lambda.Core;
            using Microsoft.Extensions.Configuration;

            public abstract class FunctionBase
            {
                protected static IConfigurationRoot Load(string environment) => new ConfigurationBuilder()
                    .{|COLD104:AddJsonFile("appsettings.json", optional: true, reloadOnChange: true)|}
                    .{|COLD104:AddJsonFile($"appsettings.{environment}.json", true, true)|}
                    .AddJsonFile("fixed.json", optional: false, reloadOnChange: false)
                    .Build();
            }

            public class Function : FunctionBase
            {
                public string Handle(string input, ILambdaContext context) => input;
            }
            """,
            Infrastructure.LambdaStubs.Configuration);
    }
}
