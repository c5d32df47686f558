using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Analyzers.Tests.Handlers;

public class HandlerModelTests
{
    [Fact]
    public void Finds_all_five_handler_forms()
    {
        var model = Build(
            OutputKind.ConsoleApplication,
            """
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.AspNetCoreServer.Hosting;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAWSLambdaHosting(LambdaEventSource.HttpApi);
            var app = builder.Build();
            app.MapGet("/orders", () => "orders");
            app.Run();

            await LambdaBootstrapBuilder.Create<string, string>(Echo, new DefaultLambdaJsonSerializer()).Build().RunAsync();

            static string Echo(string input, ILambdaContext context) => input;

            public class ClassLibraryFunction
            {
                public string Handle(string input, ILambdaContext context) => input;
            }

            public class AnnotatedFunctions
            {
                [LambdaFunction]
                public string Get() => "ok";

                [ColdStart.ColdStartHandler]
                public string Custom(string body) => body;

                public string Helper() => "not a handler";
            }
            """,
            LambdaStubs.AspNetCoreHosting);

        var kinds = model.Handlers.Select(h => (h.Kind, h.DisplayName)).OrderBy(h => h.DisplayName).ToList();
        Assert.Equal(
            new[]
            {
                (HandlerKind.LambdaFunctionAttribute, "AnnotatedFunctions.Get"),
                (HandlerKind.ColdStartHandlerAttribute, "AnnotatedFunctions.Custom"),
                (HandlerKind.LambdaContextParameter, "ClassLibraryFunction.Handle"),
                (HandlerKind.BootstrapDelegate, "Echo"),
                (HandlerKind.MinimalApiRoute, "the handler lambda on line 12"),
            }.OrderBy(h => h.Item2),
            kinds);
        Assert.True(model.IsServerlessProject);
    }

    [Fact]
    public void A_method_handed_its_callers_context_is_part_of_that_handler_not_a_handler_of_its_own()
    {
        var model = Build(
            OutputKind.DynamicallyLinkedLibrary,
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Function
            {
                private readonly Reports _reports = new Reports();

                public Task<string> Handle(string day, ILambdaContext context) => _reports.PullAsync(day, context);

                public string Local(string day) => Version(day, null!);

                private static string Version(string day, ILambdaContext context) => day;
            }

            public interface IReports
            {
                Task<string> PullAsync(string day, ILambdaContext context);
            }

            public class Reports : IReports
            {
                public Task<string> PullAsync(string day, ILambdaContext context) => Task.FromResult(Tag(day, context));

                private static string Tag(string day, ILambdaContext context) => day + context.AwsRequestId;
            }

            public class Audit
            {
                private readonly IReports _reports = new Reports();

                public Task<string> Run(string day, ILambdaContext context) => _reports.PullAsync(day, context);
            }

            public abstract class FunctionBase
            {
                protected FunctionBase() => Settings = System.IO.File.ReadAllText("settings.json");

                protected string Settings { get; }

                public virtual string Handle(string input, ILambdaContext context) => input + Settings;
            }

            public class Greeting : FunctionBase
            {
                public override string Handle(string input, ILambdaContext context) => base.Handle(input, context);
            }
            """);

        Assert.Equal(
            new[] { "Audit.Run", "Function.Handle", "Function.Version", "Greeting.Handle" },
            model.Handlers.Select(h => h.DisplayName).OrderBy(n => n).ToArray());
        var baseClass = model.Compilation.GetTypeByMetadataName("FunctionBase")!;
        Assert.Equal(new[] { "Greeting.Handle" }, model.HandlersOf(baseClass).Select(h => h.DisplayName).ToArray());
    }

    // The runtime calls a handler with its input and the context, or the context alone; a method that takes the context
    // among more parameters, or not last, is a service the caller hands it to, even when nothing in this project calls it.
    [Fact]
    public void A_method_that_takes_the_context_with_more_than_a_handlers_parameters_is_a_service_not_a_handler()
    {
        var model = Build(
            OutputKind.DynamicallyLinkedLibrary,
            """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            public class Mailer
            {
                public Task<bool> SendAsync(string to, ILambdaContext context, bool plainText) => Task.FromResult(plainText);

                public string Describe(ILambdaContext context, string format) => format + context.AwsRequestId;

                public string Ping(ILambdaContext context) => context.AwsRequestId;

                public string Echo(string body, ILambdaContext context) => body;
            }
            """);

        Assert.Equal(new[] { "Mailer.Echo", "Mailer.Ping" }, model.Handlers.Select(h => h.DisplayName).OrderBy(n => n).ToArray());
    }

    [Fact]
    public void Generated_code_that_hands_its_context_to_a_handler_leaves_it_a_handler()
    {
        var model = Build(
            OutputKind.DynamicallyLinkedLibrary,
            """
            using Amazon.Lambda.Core;

            public partial class Function
            {
                public string Handle(string day, ILambdaContext context) => day;
            }
            """,
            """
            // <auto-generated/>
            public partial class Function
            {
                public static string Prewarmed(string day, Amazon.Lambda.Core.ILambdaContext context) => new Function().Handle(day, context);
            }
            """);

        Assert.Contains("Function.Handle", model.Handlers.Select(h => h.DisplayName));
    }

    [Fact]
    public void Class_library_with_lambda_dtos_but_no_handler_is_not_a_serverless_project()
    {
        var model = Build(
            OutputKind.DynamicallyLinkedLibrary,
            """
            using Amazon.Lambda.Core;

            public class OrderEvent
            {
                public string Id { get; set; } = "";
            }

            public class LoggingHelpers
            {
                public static void Write(ILambdaLogger logger, string message) => logger.LogLine(message);
            }
            """);

        Assert.Empty(model.Handlers);
        Assert.False(model.IsServerlessProject);
    }

    [Fact]
    public void AWSProjectType_Lambda_makes_a_serverless_project()
    {
        var model = Build(
            OutputKind.DynamicallyLinkedLibrary, "public class Empty { }",
            globalOptions: new Dictionary<string, string> { ["build_property.AWSProjectType"] = "Lambda" });

        Assert.True(model.IsServerlessProject);
    }

    [Fact]
    public void Constructor_and_initialisers_are_init_path_and_handler_body_is_invoke_path()
    {
        var (model, compilation) = BuildWithCompilation(
            OutputKind.DynamicallyLinkedLibrary,
            """
            using System;
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string StaticField = Marker("static-field");
                private readonly string _instanceField = Marker("instance-field");
                private static readonly Func<string, string> Stored = s => Marker("stored-lambda");

                static Function() { Marker("static-ctor"); }

                public Function() { Marker("ctor"); }

                public string Handle(string input, ILambdaContext context) => Marker("handler") + Stored(input) + Helper();

                private static string Helper() => Marker("helper");

                private static string Marker(string name) => name;
            }
            """);

        Assert.Equal(CodePaths.Init | CodePaths.StaticInit, PathOf(model, compilation, "static-field"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "instance-field"));
        Assert.Equal(CodePaths.Init | CodePaths.StaticInit, PathOf(model, compilation, "static-ctor"));
        Assert.Equal(CodePaths.Init, PathOf(model, compilation, "ctor"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "handler"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "stored-lambda"));
        Assert.Equal(CodePaths.Invoke, PathOf(model, compilation, "helper"));
    }

    [Fact]
    public void Client_classifier_recognises_sdk_clients_http_clients_and_configured_types_but_not_pooled_connections()
    {
        var compilation = CSharpCompilation.Create(
            "Clients",
            new[]
            {
                CSharpSyntaxTree.ParseText(
                    "namespace Acme { public class BillingClient { } public class PremiumBillingClient : BillingClient { } public class Other { } "
                    + "public abstract class AcmeConnection : System.Data.Common.DbConnection { } }"),
            },
            TestSetup.References);
        var clients = CompilationFacts.For(compilation, Options(new Dictionary<string, string> { [ColdStartOptions.ClientTypesKey] = "Acme.BillingClient" }))
            .Clients;

        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("Amazon.S3.AmazonS3Client")));
        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.AmazonDynamoDBClient")));
        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.DataModel.DynamoDBContext")));
        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("System.Net.Http.HttpClient")));
        // A pooled ADO.NET connection costs nothing to construct: a connection per invocation is not a client per invocation.
        Assert.False(clients.IsClient(compilation.GetTypeByMetadataName("Acme.AcmeConnection")));
        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("Acme.BillingClient")));
        Assert.True(clients.IsClient(compilation.GetTypeByMetadataName("Acme.PremiumBillingClient")));
        Assert.False(clients.IsClient(compilation.GetTypeByMetadataName("Acme.Other")));
        Assert.False(clients.IsClient(compilation.GetTypeByMetadataName("Amazon.S3.Model.PutObjectRequest")));
    }

    [Fact]
    public void Model_is_built_once_per_compilation()
    {
        var (model, compilation) = BuildWithCompilation(OutputKind.DynamicallyLinkedLibrary, "public class Empty { }");

        Assert.Same(model, HandlerModel.GetOrCreate(compilation, Options(null), CancellationToken.None));
    }

    [Fact]
    public void A_question_about_a_handler_body_or_a_field_initializer_walks_no_path()
    {
        var (model, compilation) = BuildWithCompilation(OutputKind.DynamicallyLinkedLibrary, """
            using Amazon.Lambda.Core;

            public class Function
            {
                private static readonly string Settings = "init";

                public string Handle(string input, ILambdaContext context) => "handler" + Helper();

                private static string Helper() => "helper";
            }
            """);
        var tree = compilation.SyntaxTrees.First();
        var semanticModel = compilation.GetSemanticModel(tree);
        LiteralExpressionSyntax Literal(string marker)
            => tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single(l => l.Token.ValueText == marker);

        Assert.Equal(CodePaths.Invoke, model.Classify(Literal("handler"), semanticModel, CodePaths.Invoke));
        Assert.Equal(
            CodePaths.Init | CodePaths.StaticInit, model.Classify(Literal("init"), semanticModel, CodePaths.Init | CodePaths.StaticInit | CodePaths.Invoke));
        Assert.False(model.IsInvokePathWalked);
        Assert.False(model.IsInitPathWalked);

        Assert.Equal(CodePaths.Invoke, model.Classify(Literal("helper"), semanticModel, CodePaths.Invoke));
        Assert.True(model.IsInvokePathWalked);
        Assert.False(model.IsInitPathWalked);
    }

    private static CodePaths PathOf(HandlerModel model, Compilation compilation, string marker)
    {
        var tree = compilation.SyntaxTrees.First();
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single(l => l.Token.ValueText == marker);
        return model.Classify(literal, compilation.GetSemanticModel(tree), CodePaths.Init | CodePaths.StaticInit | CodePaths.Invoke);
    }

    // A generator's tree is named <base directory>/<generator assembly>/<generator type>/<hint name>. Lambda Annotations writes
    // the entry point that hosts the user's handlers; .NET's JSON generator writes serialisation metadata only, so the
    // whole-compilation walks leave its (often very large) trees out.
    [Theory]
    [InlineData("obj/generated/Amazon.Lambda.Annotations.SourceGenerator/Amazon.Lambda.Annotations.SourceGenerator.Generator/Program.g.cs", true)]
    [InlineData("Amazon.Lambda.Annotations.SourceGenerator/Amazon.Lambda.Annotations.SourceGenerator.Generator/Program.g.cs", true)]
    [InlineData(@"C:\src\Orders\Program.cs", true)]
    [InlineData("System.Text.Json.SourceGeneration/System.Text.Json.SourceGeneration.JsonSourceGenerator/OrderJson.g.cs", false)]
    [InlineData(@"obj\generated\System.Text.Json.SourceGeneration\System.Text.Json.SourceGeneration.JsonSourceGenerator\OrderJson.Order.g.cs", false)]
    public void Hosting_calls_are_read_from_every_tree_but_those_of_NET_framework_generators(string path, bool hosts)
    {
        const string Functions = """
            using Amazon.Lambda.Core;

            public static class Functions
            {
                public static string Echo(string input, ILambdaContext context) => input;
            }
            """;
        const string EntryPoint = """
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            public static class GeneratedEntryPoint
            {
                public static System.Threading.Tasks.Task Main() =>
                    LambdaBootstrapBuilder.Create<string, string>(Functions.Echo, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            }
            """;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "HandlerModelTests",
            new[] { CSharpSyntaxTree.ParseText(Functions, parseOptions), CSharpSyntaxTree.ParseText(EntryPoint, parseOptions, path) }
                .Concat(LambdaStubs.Default.Select(stub => CSharpSyntaxTree.ParseText(stub, parseOptions))),
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        var model = HandlerModel.GetOrCreate(compilation, Options(null), CancellationToken.None);

        Assert.Equal(hosts, model.Handlers.Any(h => h is { Kind: HandlerKind.BootstrapDelegate, DisplayName: "Functions.Echo" }));
        Assert.Equal(!hosts, AppSyntaxTrees.IsWrittenByFrameworkGenerator(compilation.SyntaxTrees.ElementAt(1)));
    }

    private static HandlerModel Build(OutputKind kind, string source, string? extraStub = null, Dictionary<string, string>? globalOptions = null)
    {
        return BuildWithCompilation(kind, source, extraStub, globalOptions).Model;
    }

    private static (HandlerModel Model, Compilation Compilation) BuildWithCompilation(
        OutputKind kind, string source, string? extraStub = null, Dictionary<string, string>? globalOptions = null)
    {
        var sources = new[] { source }.Concat(LambdaStubs.Default);
        if (extraStub is not null)
        {
            sources = sources.Append(extraStub);
        }

        var compilation = CSharpCompilation.Create(
            "HandlerModelTests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            TestSetup.References,
            new CSharpCompilationOptions(kind));
        return (HandlerModel.GetOrCreate(compilation, Options(globalOptions), CancellationToken.None), compilation);
    }

    private static AnalyzerOptions Options(Dictionary<string, string>? globalOptions)
    {
        return new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(globalOptions ?? new Dictionary<string, string>()));
    }
}
