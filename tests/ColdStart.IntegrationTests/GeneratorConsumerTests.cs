using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The generators through the packed package: a project using [LazyClient], [Prewarm], [WarmUp] and a source-generated
/// JSON context builds with the trim and Native AOT analyzers on and warnings as errors.
/// </summary>
public sealed class GeneratorConsumerTests : IClassFixture<PackageFixture>, IDisposable
{
    private readonly PackageConsumerTests _consumers;

    public GeneratorConsumerTests(PackageFixture package)
    {
        _consumers = new PackageConsumerTests(package);
    }

    public void Dispose() => _consumers.Dispose();

    [Fact]
    public async Task A_netstandard2_0_library_at_csharp_7_3_builds_lazy_clients_and_is_told_prewarm_needs_net8()
    {
        const string lambdaContext = """
            namespace Amazon.Lambda.Core
            {
                public interface ILambdaContext { }
            }
            """;
        const string holder = """
            using System.Net.Http;
            using ColdStart;

            namespace Consumer
            {
                [LazyClient(typeof(HttpClient))]
                public static partial class Clients
                {
                }

                public static class Use
                {
                    public static HttpClient Client() { return Clients.HttpClient; }
                }
            }
            """;
        const string library = """
                <TargetFramework>netstandard2.0</TargetFramework>
                <Nullable>disable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            """;
        var lazyOnly = await _consumers.CreateConsumerAsync("netstandard-lazy", library, string.Empty, ("Clients.cs", holder));

        var (lazyExit, lazyOutput) = await DotNet.RunAsync(lazyOnly, "build", "-p:UseSharedCompilation=false");

        Assert.True(lazyExit == 0, lazyOutput);
        Assert.DoesNotContain("CS8370", lazyOutput);

        var prewarm = await _consumers.CreateConsumerAsync("netstandard-prewarm", library, string.Empty, ("Context.cs", lambdaContext), ("Function.cs", """
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using ColdStart;

            namespace Consumer
            {
                public partial class Function
                {
                    [Prewarm]
                    public Task Handle(ILambdaContext context) { return Task.CompletedTask; }
                }
            }
            """));

        var (prewarmExit, prewarmOutput) = await DotNet.RunAsync(prewarm, "build", "-p:UseSharedCompilation=false");

        Assert.True(prewarmExit != 0, prewarmOutput);
        Assert.True(
            prewarmOutput.Contains(
                "error COLD604: [Prewarm] on 'Function.Handle' generates nothing: the project targets a framework older than .NET 8",
                StringComparison.Ordinal), prewarmOutput);
        Assert.DoesNotContain("error CS", prewarmOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_generator_feature_is_trim_and_aot_safe()
    {
        var lambdaCompat = Path.Combine(DotNet.RepositoryRoot, "samples", "LambdaCompat", "LambdaCompat.csproj");
        var project = await _consumers.CreateConsumerAsync(
            "aot",
            """
                <IsAotCompatible>true</IsAotCompatible>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            """,
            $"""<ProjectReference Include="{lambdaCompat}" />""",
            ("Function.cs", """
                using System.Net.Http;
                using System.Text.Json.Serialization;
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using ColdStart;

                [assembly: LambdaSerializer(typeof(SourceGeneratorLambdaJsonSerializer<Consumer.AppJsonContext>))]

                namespace Consumer
                {
                    public sealed class Order { public string Id { get; set; } = ""; }

                    public sealed class Receipt { public string Id { get; set; } = ""; }

                    [JsonSerializable(typeof(Order))]
                    [JsonSerializable(typeof(Receipt))]
                    internal partial class AppJsonContext : JsonSerializerContext { }

                    [LazyClient<HttpClient>]
                    [LazyClient(typeof(HttpClient), Name = "Pricing")]
                    internal static partial class LazyClients
                    {
                        private static partial HttpClient CreatePricing() => new HttpClient { BaseAddress = new System.Uri("https://pricing.example") };
                    }

                    public partial class Function
                    {
                        private static System.Guid s_environmentId;

                        [WarmUp]
                        private static Task WarmAsync() => Task.CompletedTask;

                        [AfterRestore]
                        private static void NewEnvironmentId() => s_environmentId = System.Guid.NewGuid();

                        [Prewarm(Conventions = WarmupConventions.Prewarm | WarmupConventions.EventBridgeSchedule, ScheduleRuleName = "keep-warm", CustomProperty = "ping", CustomValue = "yes", SnapStart = true)]
                        public Task<Receipt> Handle(Order order, ILambdaContext context) => Task.FromResult(new Receipt { Id = order.Id + LazyClients.HttpClient.Timeout + s_environmentId });
                    }
                }
                """));

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        var warnings = output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) && !l.Contains("NU1603", StringComparison.Ordinal))
            .ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        var generatedFiles = Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories);
        var generated = generatedFiles.Select(Path.GetFileName).ToList();
        Assert.Contains("Consumer.Function.Handle.Prewarm.g.cs", generated);
        Assert.Contains(
            "SnapshotRestore.RegisterAfterRestore(HandleAfterRestoreAsync)",
            File.ReadAllText(generatedFiles.Single(f => f.EndsWith("Consumer.Function.Handle.Prewarm.g.cs", StringComparison.Ordinal))),
            StringComparison.Ordinal);
        Assert.Contains("Consumer.LazyClients.LazyClients.g.cs", generated);
    }
}
