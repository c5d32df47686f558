using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Connection = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ConnectionEstablishedDuringInitAnalyzer>;
using Priming = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.SnapStartWithoutPrimingAnalyzer>;
using Unique = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.UniqueValueCapturedDuringInitAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class SnapStartTests
{
    /// <summary>A SAM template at the repository root that puts this test assembly's Function.Handle under SnapStart.</summary>
    private const string SnapStartTemplate = """
        Resources:
          OrdersFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: TestProject::Function::Handle
              Runtime: dotnet8
              SnapStart:
                ApplyOn: PublishedVersions
        """;

    private static readonly (string, string)[] UnderSnapStart = { ("/template.yaml", SnapStartTemplate) };

    private static readonly Dictionary<string, string> NoProperties = new();

    [Fact]
    public Task Unique_values_kept_from_init_are_reported_in_a_SnapStart_function()
    {
        return Unique.VerifyProjectAsync("""
            using System;
            using System.Diagnostics;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly DateTime StartedAt = {|COLD501:DateTime.UtcNow|};
                private static readonly string StartedText;
                private static readonly Random Jitter = {|COLD501:new Random()|};
                private static readonly Stopwatch Uptime = {|COLD501:Stopwatch.StartNew()|};
                private readonly Guid _instanceId;

                static Function()
                {
                    StartedText = {|COLD501:DateTimeOffset.UtcNow|}.ToString("O");
                }

                public Function()
                {
                    _instanceId = {|COLD501:Guid.NewGuid()|};
                    var ticket = {|COLD501:Environment.TickCount64|} % 1000;
                    Ticket = ticket;
                    _ = {|COLD501:Random.Shared|}.Next();
                }

                public long Ticket { get; }

                public string Handle(string input, ILambdaContext context) => $"{_instanceId} {StartedAt} {StartedText} {Jitter.Next()} {Uptime.Elapsed} {Ticket}";
            }
            """, NoProperties, UnderSnapStart);
    }

    [Fact]
    public Task Values_used_only_during_init_produced_per_invocation_or_deterministic_are_not_reported()
    {
        return Unique.VerifyProjectAsync("""
            using System;
            using System.Threading;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly Random Replay = new Random(42);
                private readonly Func<Guid> _newId = () => Guid.NewGuid();

                public Function()
                {
                    var random = new Random();
                    Thread.Sleep(random.Next(1, 5));
                    Console.WriteLine(DateTime.UtcNow);
                }

                public string Handle(string input, ILambdaContext context) => $"{Guid.NewGuid()} {DateTime.UtcNow} {_newId()} {Replay.Next()}";
            }
            """, NoProperties, UnderSnapStart);
    }

    [Fact]
    public Task Without_SnapStart_the_same_code_is_not_reported()
    {
        const string source = """
            using System;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly Guid _instanceId = Guid.NewGuid();

                public string Handle(string input, ILambdaContext context) => _instanceId.ToString();
            }
            """;
        var otherAssembly = SnapStartTemplate.Replace("TestProject::", "Billing::");
        return Task.WhenAll(
            Unique.VerifyProjectAsync(source, NoProperties, new (string, string)[0]),
            Unique.VerifyProjectAsync(source, NoProperties, new[] { ("/template.yaml", otherAssembly) }),
            Unique.VerifyProjectAsync(source, new Dictionary<string, string> { ["ColdStartSnapStart"] = "false" }, UnderSnapStart));
    }

    [Fact]
    public Task A_before_snapshot_hook_that_keeps_a_unique_value_is_reported_and_an_after_restore_hook_is_the_fix()
    {
        return Unique.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private Guid _sessionId;
                private Guid _restoredId;

                public Function()
                {
                    SnapshotRestore.RegisterBeforeSnapshot(() =>
                    {
                        _sessionId = {|COLD501:Guid.NewGuid()|};
                        return ValueTask.CompletedTask;
                    });
                    SnapshotRestore.RegisterAfterRestore(() =>
                    {
                        _restoredId = Guid.NewGuid();
                        return ValueTask.CompletedTask;
                    });
                }

                public string Handle(string input, ILambdaContext context) => $"{_sessionId} {_restoredId}";
            }
            """);
    }

    [Fact]
    public Task A_value_made_at_init_and_assigned_again_after_restore_is_fixed_and_one_the_hooks_leave_alone_is_not()
    {
        return Unique.VerifyProjectAsync("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using ColdStart;

            public partial class Function
            {
                private Guid _instanceId = Guid.NewGuid();
                private static DateTime _restoredAt = DateTime.UtcNow;
                private static Random _jitter = new Random();
                private readonly Guid _sessionId = {|COLD501:Guid.NewGuid()|};

                public Function()
                {
                    SnapshotRestore.RegisterAfterRestore(() =>
                    {
                        _instanceId = Guid.NewGuid();
                        return ValueTask.CompletedTask;
                    });
                    SnapshotRestore.RegisterAfterRestore(ResetClock);
                }

                private static ValueTask ResetClock()
                {
                    _restoredAt = DateTime.UtcNow;
                    return ValueTask.CompletedTask;
                }

                [AfterRestore]
                private static void ReseedJitter() => _jitter = new Random();

                public string Handle(string input, ILambdaContext context) => $"{_instanceId} {_restoredAt} {_jitter.Next()} {_sessionId}";
            }
            """, NoProperties, UnderSnapStart);
    }

    [Fact]
    public Task An_executable_that_captures_an_init_value_in_its_handler_closure_is_reported()
    {
        return VerifyExecutableUnderSnapStartAsync<UniqueValueCapturedDuringInitAnalyzer>("""
            using System;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            var instanceId = {|COLD501:Guid.NewGuid()|};
            var handler = (string input, ILambdaContext context) => instanceId + input;
            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """);
    }

    [Fact]
    public Task A_minimal_api_that_captures_or_registers_init_values_is_reported_before_Run()
    {
        return VerifyExecutableUnderSnapStartAsync<UniqueValueCapturedDuringInitAnalyzer>(
            """
            using System;
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            builder.Services.AddSingleton({|COLD501:new Random()|});
            var startedAt = {|COLD501:DateTimeOffset.UtcNow|};
            var app = builder.Build();
            app.MapGet("/", () => $"up since {startedAt}, request at {DateTimeOffset.UtcNow}");
            app.Run();
            """,
            LambdaStubs.AspNetCoreHosting);
    }

    [Fact]
    public Task An_annotations_startup_that_registers_a_unique_singleton_is_reported()
    {
        return Unique.VerifyProjectAsync("""
            using System;
            using Amazon.Lambda.Annotations;
            using Microsoft.Extensions.DependencyInjection;

            [LambdaStartup]
            public class Startup
            {
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddSingleton(new SessionKey({|COLD501:Guid.NewGuid()|}));
                }
            }

            public sealed record SessionKey(Guid Value);

            public class Functions
            {
                private readonly SessionKey _key;

                public Functions(SessionKey key) => _key = key;

                [LambdaFunction]
                public string Get() => _key.Value.ToString();
            }
            """, new Dictionary<string, string> { ["ColdStartSnapStart"] = "true" }, new (string, string)[0]);
    }

    [Fact]
    public Task SnapStart_without_a_before_snapshot_hook_is_reported_where_it_is_switched_on()
    {
        return Priming.VerifyProjectAsync(
            """
            using Amazon.Lambda.Core;

            public class Function
            {
                public string Handle(string input, ILambdaContext context) => input;
            }
            """,
            NoProperties,
            UnderSnapStart,
            new DiagnosticResult(Descriptors.SnapStartWithoutPriming).WithSpan("/template.yaml", 7, 7, 7, 16)
                .WithArguments("template.yaml (OrdersFunction.Properties.SnapStart)"));
    }

    [Fact]
    public Task SnapStart_on_a_container_image_function_is_SnapStart_too()
    {
        // Lambda runs SnapStart's hooks itself on the AWS base images for .NET 8 and later (AWS, "Implementing SnapStart
        // hooks for container images").
        const string ImageTemplate = """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  PackageType: Image
                  ImageConfig:
                    Command: ["TestProject::Function::Handle"]
                  SnapStart:
                    ApplyOn: PublishedVersions
            """;
        return Priming.VerifyProjectAsync(
            """
            using Amazon.Lambda.Core;

            public class Function
            {
                public string Handle(string input, ILambdaContext context) => input;
            }
            """,
            NoProperties,
            new[] { ("/template.yaml", ImageTemplate) },
            new DiagnosticResult(Descriptors.SnapStartWithoutPriming).WithSpan("/template.yaml", 8, 7, 8, 16)
                .WithArguments("template.yaml (OrdersFunction.Properties.SnapStart)"));
    }

    [Fact]
    public Task SnapStart_switched_on_by_the_tools_defaults_or_the_Globals_section_is_recognised()
    {
        const string source = """
            using Amazon.Lambda.Core;

            public class Function
            {
                public string Handle(string input, ILambdaContext context) => input;
            }
            """;
        const string defaults = """
            {
              "function-handler": "TestProject::Function::Handle",
              "snap-start-apply-on": "PublishedVersions"
            }
            """;
        const string globals = """
            Globals:
              Function:
                SnapStart:
                  ApplyOn: PublishedVersions
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: TestProject::Function::Handle
            """;
        return Task.WhenAll(
            Priming.VerifyProjectAsync(source, NoProperties, new[] { ("/0/aws-lambda-tools-defaults.json", defaults) },
                new DiagnosticResult(Descriptors.SnapStartWithoutPriming).WithSpan("/0/aws-lambda-tools-defaults.json", 3, 26, 3, 45)
                    .WithArguments("aws-lambda-tools-defaults.json (snap-start-apply-on)")),
            Priming.VerifyProjectAsync(source, NoProperties, new[] { ("/template.yml", globals) },
                new DiagnosticResult(Descriptors.SnapStartWithoutPriming).WithSpan("/template.yml", 3, 5, 3, 14)
                    .WithArguments("template.yml (Globals.Function.SnapStart)")),
            Priming.VerifyProjectAsync(source, NoProperties, new[] { ("/0/aws-lambda-tools-defaults.json", defaults.Replace("PublishedVersions", "None")) }));
    }

    [Fact]
    public Task A_before_snapshot_hook_or_generated_priming_satisfies_the_rule_and_an_attribute_alone_does_not()
    {
        const string registered = """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                public Function()
                {
                    SnapshotRestore.RegisterBeforeSnapshot(() => ValueTask.CompletedTask);
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """;
        const string generated = """
            using Amazon.Lambda.Core;
            using ColdStart;

            public partial class Function
            {
                [Prewarm(SnapStart = true)]
                public System.IO.Stream Handle(System.IO.Stream input, ILambdaContext context) => input;
            }
            """;
        var withGenerator = new Priming.Test(LambdaStubs.Default)
        {
            TestCode = generated,
            SourceGenerators = new[] { typeof(Generation.PrewarmGenerator) },
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        withGenerator.TestState.AdditionalFiles.Add(UnderSnapStart[0]);
        var withoutGenerator = new Priming.Test(LambdaStubs.Default) { TestCode = generated };
        withoutGenerator.TestState.AdditionalFiles.Add(UnderSnapStart[0]);
        withoutGenerator.ExpectedDiagnostics.Add(
            new DiagnosticResult(Descriptors.SnapStartWithoutPriming).WithSpan("/template.yaml", 7, 7, 7, 16)
            .WithArguments("template.yaml (OrdersFunction.Properties.SnapStart)"));
        return Task.WhenAll(
            Priming.VerifyProjectAsync(registered, NoProperties, UnderSnapStart),
            withGenerator.RunAsync(),
            withoutGenerator.RunAsync());
    }

    [Fact]
    public Task An_after_restore_hook_alone_implies_SnapStart_and_is_where_missing_priming_is_reported()
    {
        return Priming.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                public Function()
                {
                    {|COLD502:SnapshotRestore.RegisterAfterRestore(() => ValueTask.CompletedTask)|};
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    [Fact]
    public Task Connections_opened_and_credentials_resolved_during_init_are_reported_and_client_creation_is_not()
    {
        return Connection.VerifyProjectAsync("""
            using System.Data.Common;
            using System.Net.Sockets;
            using Amazon.Lambda.Core;
            using Amazon.Runtime;
            using Amazon.S3;

            public class Function
            {
                private static readonly AmazonS3Client Storage = new AmazonS3Client();
                private readonly DbConnection _database;
                private readonly TcpClient _cache = new TcpClient();
                private readonly ImmutableCredentials _credentials;

                public Function(DbConnection database, AWSCredentials credentials)
                {
                    _database = database;
                    {|COLD503:_database.Open()|};
                    {|COLD503:_cache.Connect("cache.internal", 6379)|};
                    _credentials = {|COLD503:credentials.GetCredentials()|};
                }

                public Function() : this(null!, null!)
                {
                }

                public string Handle(string input, ILambdaContext context)
                {
                    _database.Open();
                    return input + Storage.Config.RegionEndpoint + _credentials.AccessKey;
                }
            }
            """, NoProperties, UnderSnapStart);
    }

    [Fact]
    public Task An_executable_that_opens_a_connection_before_RunAsync_is_reported()
    {
        return VerifyExecutableUnderSnapStartAsync<ConnectionEstablishedDuringInitAnalyzer>("""
            using System.Net.Sockets;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            var cache = new TcpClient();
            await {|COLD503:cache.ConnectAsync("cache.internal", 6379)|};
            var handler = (string input, ILambdaContext context) => input + cache.Connected;
            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """);
    }

    [Fact]
    public Task Connections_opened_during_init_are_not_reported_without_SnapStart()
    {
        return Connection.VerifyAsync("""
            using System.Net.Sockets;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly TcpClient _cache = new TcpClient();

                public Function()
                {
                    _cache.Connect("cache.internal", 6379);
                }

                public string Handle(string input, ILambdaContext context) => input;
            }
            """);
    }

    /// <summary>An executable (top-level statements) whose project sets ColdStartSnapStart=true.</summary>
    private static Task VerifyExecutableUnderSnapStartAsync<TAnalyzer>(string source, params string[] moreStubs)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test(LambdaStubs.Default.Concat(moreStubs)) { TestCode = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ColdStartSnapStart = true\n"));
        return test.RunAsync();
    }
}
