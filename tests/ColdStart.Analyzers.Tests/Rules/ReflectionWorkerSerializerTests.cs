using System.Threading.Tasks;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.ReflectionWorkerSerializerAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

/// <summary>COLD204: the Azure Functions worker's serializer built without a source-generated resolver (the Azure twin of COLD202).</summary>
public class ReflectionWorkerSerializerTests
{
    private const string Context = """
        using System.Text.Json.Serialization;

        public record Order(string Id);

        [JsonSerializable(typeof(Order))]
        public partial class AppJsonContext : JsonSerializerContext
        {
        }
        """;

    [Fact]
    public Task Worker_serializer_without_a_source_generated_resolver_is_reported()
    {
        var test = new Verify.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Azure.Core.Serialization;
                using Microsoft.Extensions.Hosting;

                var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
                new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|#0:new JsonObjectSerializer()|})
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|#1:new JsonObjectSerializer(options)|})
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = {|#2:new JsonObjectSerializer(new JsonSerializerOptions())|})
                    .Build()
                    .Run();
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments("with default JsonSerializerOptions"));
        const string NoResolver = "whose JsonSerializerOptions have no source-generated TypeInfoResolver";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(1).WithArguments(NoResolver));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(2).WithArguments(NoResolver));
        return test.RunAsync();
    }

    [Fact]
    public Task Worker_serializer_with_a_context_resolver_or_options_from_elsewhere_is_not_reported()
    {
        var test = new Verify.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using Azure.Core.Serialization;
                using Microsoft.Extensions.Hosting;

                var options = new JsonSerializerOptions();
                options.TypeInfoResolverChain.Insert(0, AppJsonContext.Default);
                new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(options))
                    .ConfigureFunctionsWorkerDefaults(w => w.Serializer = new JsonObjectSerializer(
                        new JsonSerializerOptions { TypeInfoResolver = AppJsonContext.Default }))
                    .ConfigureFunctionsWorkerDefaults(w => w.Serializer = new JsonObjectSerializer(new JsonSerializerOptions(AppJsonContext.Default.Options)))
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(Settings.Json))
                    .Build()
                    .Run();

                // A JsonObjectSerializer for something other than the worker (an Azure SDK client's options) is not this rule's.
                var forCosmos = new JsonObjectSerializer();

                static class Settings
                {
                    public static JsonSerializerOptions Json { get; } = new(AppJsonContext.Default.Options);
                }
                """,
            TestState = { Sources = { Context } },
            SourceGenerators = new[] { JsonSourceGenerator.Type },
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>
    /// What COLD204's fix writes — the context combined with the reflection resolver, in the options' initializer or set
    /// on the local afterwards — is a source-generated resolver: not reported again.
    /// </summary>
    [Fact]
    public Task Context_combined_with_the_reflection_fallback_is_not_reported()
    {
        var test = new Verify.Test(AzureStubs.Default)
        {
            TestCode = """
                using System.Text.Json;
                using System.Text.Json.Serialization.Metadata;
                using Azure.Core.Serialization;
                using Microsoft.Extensions.Hosting;

                var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
                options.TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver());
                new HostBuilder()
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(new JsonSerializerOptions
                    {
                        TypeInfoResolver = JsonTypeInfoResolver.Combine(AppJsonContext.Default, new DefaultJsonTypeInfoResolver()),
                    }))
                    .ConfigureFunctionsWorkerDefaults(worker => worker.Serializer = new JsonObjectSerializer(options))
                    .Build()
                    .Run();
                """,
            TestState = { Sources = { Context } },
            SourceGenerators = new[] { JsonSourceGenerator.Type },
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>An Azure-only rule stays off in a Lambda project, even one that happens to reference Azure.Core.</summary>
    [Fact]
    public Task Nothing_is_reported_outside_an_Azure_Functions_project()
    {
        return Verify.VerifyAsync("""
            using Amazon.Lambda.Core;
            using Azure.Core.Serialization;

            public class Function
            {
                private static readonly JsonObjectSerializer Serializer = new JsonObjectSerializer();

                public string Handle(string input, ILambdaContext context) => input + Serializer;
            }
            """);
    }
}
