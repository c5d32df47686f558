using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Analyzers.Tests;

/// <summary>Analyzers never throw: not on code cut off mid-statement, not on a large realistic project.</summary>
public class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Fact]
    public async Task Naive_sample_cut_at_every_point_does_not_crash_any_analyzer()
    {
        var sampleDirectory = Path.Combine(Repository.Root, "samples", "Naive.Function");
        var files = Directory.GetFiles(sampleDirectory, "*.cs").ToDictionary(f => f, File.ReadAllText);
        var handler = files.Single(f => f.Key.EndsWith("OrderFunction.cs", StringComparison.Ordinal));

        // Every 7th character: cuts land inside identifiers, strings, argument lists, lambdas and statements.
        for (var length = 0; length <= handler.Value.Length; length += 7)
        {
            var sources = files.Where(f => f.Key != handler.Key).Select(f => f.Value).Append(handler.Value.Substring(0, length));
            var exceptions = await RunAnalyzersAsync(sources, OutputKind.DynamicallyLinkedLibrary);
            Assert.True(exceptions.Count == 0, $"cut at {length}: {string.Join("\n", exceptions)}");
        }
    }

    [Fact]
    public async Task Top_level_program_cut_at_every_point_does_not_crash_any_analyzer()
    {
        const string program = """
            using System.Net.Http;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using Amazon.S3;

            var s3 = new AmazonS3Client();
            var table = System.Threading.Tasks.Task.FromResult("t").Result;
            var handler = async (string input, ILambdaContext context) =>
            {
                using var http = new HttpClient();
                return input.Length > 3 ? await http.GetStringAsync(input) + s3 : table;
            };
            await LambdaBootstrapBuilder.Create(handler, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """;

        for (var length = 0; length <= program.Length; length += 3)
        {
            var exceptions = await RunAnalyzersAsync(new[] { program.Substring(0, length) }, OutputKind.ConsoleApplication);
            Assert.True(exceptions.Count == 0, $"cut at {length}: {string.Join("\n", exceptions)}");
        }
    }

    [Fact]
    public async Task Guards_client_owning_types_container_resolution_and_start_up_configuration_cut_at_every_point_do_not_crash_any_analyzer()
    {
        const string function = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.S3;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public class Archive
            {
                private readonly IAmazonS3 _s3;
                public Archive() : this(new AmazonS3Client()) { }
                public Archive(IAmazonS3 s3) { _s3 = s3; }
                public Task SaveAsync(string key) => _s3.ListBucketsAsync();
            }

            public class Service : Archive
            {
                private readonly Archive _inner = new Archive();
            }

            public class Function
            {
                private static readonly IConfigurationRoot Settings = new ConfigurationBuilder()
                    .SetBasePath(Path.Combine(Directory.GetCurrentDirectory(), "config"))
                    .AddJsonFile("appsettings.json", optional: true)
                    .Build();
                private readonly Archive _archive = new Archive();
                private static readonly Archive Resolved;

                static Function()
                {
                    var services = new ServiceCollection().AddSingleton<Archive>().AddScoped<IAmazonS3>(_ => new AmazonS3Client());
                    Resolved = Provider.GetRequiredService<Archive>();
                }

                private static IServiceProvider Provider => null!;

                public async Task<string?> Handle(string[] keys, ILambdaContext context)
                {
                    foreach (var key in keys ?? Array.Empty<string>())
                    {
                        if (key is null) { context.Logger.LogLine("skipped"); continue; }
                        switch (key.Length) { case 0: return null; default: await new Service().SaveAsync(key); break; }
                    }

                    do { await _archive.SaveAsync(Settings["k"]!); } while (keys.Length > 10);
                    return keys.Length > 0 ? $"saved {keys.Length}" : throw new ArgumentException(nameof(keys));
                }
            }
            """;

        for (var length = 0; length <= function.Length; length += 5)
        {
            var exceptions = await RunAnalyzersAsync(new[] { function.Substring(0, length), LambdaStubs.Configuration }, OutputKind.DynamicallyLinkedLibrary);
            Assert.True(exceptions.Count == 0, $"cut at {length}: {string.Join("\n", exceptions)}");
        }
    }

    [Fact]
    public async Task Hosted_app_with_startup_and_controllers_cut_at_every_point_does_not_crash_any_analyzer()
    {
        const string app = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.AspNetCoreServer;
            using Amazon.S3;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.DependencyInjection;

            public class LambdaEntryPoint : APIGatewayProxyFunction
            {
                protected override void Init(IWebHostBuilder builder) => builder.UseStartup<Startup>();
            }

            public class Startup
            {
                private readonly string _region = Task.FromResult("eu-west-1").Result;

                public void ConfigureServices(IServiceCollection services) => services.AddScoped<IAmazonS3>(_ => new AmazonS3Client());

                public void Configure(IApplicationBuilder app) => app.UseEndpoints(e => e.MapGet("/health", () => _region));
            }

            [ApiController]
            public class OrdersController : ControllerBase
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<IActionResult> Get(string id) => Ok(await _http.GetStringAsync(id));
            }
            """;

        for (var length = 0; length <= app.Length; length += 5)
        {
            var sources = new[] { app.Substring(0, length), LambdaStubs.AspNetCoreServer, LambdaStubs.AspNetCoreApp };
            var exceptions = await RunAnalyzersAsync(sources, OutputKind.DynamicallyLinkedLibrary);
            Assert.True(exceptions.Count == 0, $"cut at {length}: {string.Join("\n", exceptions)}");
        }
    }

    [Fact]
    public async Task Large_project_with_hundreds_of_handlers_does_not_crash_and_reports_each_hazard()
    {
        var sources = Enumerable.Range(0, 300).Select(i => $$"""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;

            namespace Functions.F{{i}};

            public partial class Function{{i}}
            {
                private static readonly string Config = System.IO.File.ReadAllText("c{{i}}.json");

                public async Task<string> Handle(string input, ILambdaContext context)
                {
                    if (input.Length == 0) return Helper{{i}}.Empty;
                    using var http = new HttpClient();
                    return await http.GetStringAsync(input) + Config + Helper{{i}}.Describe(input);
                }
            }

            public static class Helper{{i}}
            {
                public const string Empty = "";
                public static string Describe(string s) => s.ToUpperInvariant();
            }
            """);

        var (exceptions, diagnostics) = await RunAnalyzersWithDiagnosticsAsync(sources, OutputKind.DynamicallyLinkedLibrary);

        Assert.Empty(exceptions);
        Assert.Equal(300, diagnostics.Count(d => d.Id == "COLD101"));
        Assert.Equal(300, diagnostics.Count(d => d.Id == "COLD301"));
    }

    [Fact]
    public async Task Project_reference_that_comes_with_its_source_does_not_crash_any_analyzer()
    {
        // In the IDE a project reference's symbols carry their declarations, which belong to the other compilation.
        var library = CSharpCompilation.Create(
            "Shop.Common",
            new[]
            {
                CSharpSyntaxTree.ParseText("""
                    using System.Text.Json;

                    namespace Shop.Common;

                    public static class Json
                    {
                        public static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
                        public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
                    }
                    """),
            },
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var function = """
            using System.Text.Json;
            using Amazon.Lambda.Core;

            namespace Shop.Functions;

            public class Function
            {
                public string Handle(Order order, ILambdaContext context)
                    => JsonSerializer.Serialize(order, Shop.Common.Json.Options) + JsonSerializer.Serialize(order, Shop.Common.Json.Web);
            }

            public record Order(string Id);
            """;

        var (exceptions, diagnostics) = await RunAnalyzersWithDiagnosticsAsync(
            new[] { function }, OutputKind.DynamicallyLinkedLibrary, library.ToMetadataReference());

        Assert.Empty(exceptions);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "COLD201"));
    }

    private static async Task<IReadOnlyCollection<string>> RunAnalyzersAsync(IEnumerable<string> sources, OutputKind kind)
    {
        return (await RunAnalyzersWithDiagnosticsAsync(sources, kind)).Exceptions;
    }

    private static async Task<(IReadOnlyCollection<string> Exceptions, ImmutableArray<Diagnostic> Diagnostics)> RunAnalyzersWithDiagnosticsAsync(
        IEnumerable<string> sources, OutputKind kind, params MetadataReference[] projectReferences)
    {
        var trees = sources.Concat(LambdaStubs.Default).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create("Robustness", trees, TestSetup.References.AddRange(projectReferences), new CSharpCompilationOptions(kind));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        return (exceptions, diagnostics);
    }
}
