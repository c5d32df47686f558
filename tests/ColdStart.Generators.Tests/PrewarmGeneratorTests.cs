using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Generators.Tests;

public class PrewarmGeneratorTests
{
    /// <summary>Same-shaped stubs of Amazon.Lambda.Core (not served here), with a logger that records lines.</summary>
    internal const string LambdaCore = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaLogger
            {
                void Log(string message);
                void LogLine(string message);
            }

            public interface ILambdaContext
            {
                string AwsRequestId { get; }
                ILambdaLogger Logger { get; }
            }

            public interface ILambdaSerializer
            {
                T Deserialize<T>(System.IO.Stream requestStream);
                void Serialize<T>(T response, System.IO.Stream responseStream);
            }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Assembly)]
            public sealed class LambdaSerializerAttribute : System.Attribute
            {
                public LambdaSerializerAttribute(System.Type serializerType) { SerializerType = serializerType; }
                public System.Type SerializerType { get; set; }
            }
        }
        """;

    private const string Function = """
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using ColdStart;

        [assembly: LambdaSerializer(typeof(Shop.CamelCaseSerializer))]

        namespace Shop
        {
            public sealed class CamelCaseSerializer : ILambdaSerializer
            {
                private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
                public T Deserialize<T>(Stream requestStream) => JsonSerializer.Deserialize<T>(requestStream, Options)!;
                public void Serialize<T>(T response, Stream responseStream) => JsonSerializer.Serialize(responseStream, response, Options);
            }

            public sealed class Order { public string Id { get; set; } = ""; }

            public sealed class Result { public string Id { get; set; } = ""; public bool Accepted { get; set; } }

            public sealed class CountingClient { public static int Created; public CountingClient() { Created++; } }

            [LazyClient<CountingClient>]
            public static partial class Clients { }

            public partial class OrderFunction
            {
                public static int Calls;
                public static int WarmUps;
                public static int AsyncWarmUps;

                [WarmUp]
                private void Warm() => WarmUps++;

                [WarmUp]
                private static async Task WarmAsync()
                {
                    await Task.Yield();
                    AsyncWarmUps++;
                }

                [Prewarm(ScheduleRuleName = "keep-warm")]
                public async Task<Result> Handle(Order order, ILambdaContext context)
                {
                    Calls++;
                    await Task.Yield();
                    return new Result { Id = order.Id, Accepted = true };
                }
            }

            public sealed class Context : ILambdaContext, ILambdaLogger
            {
                public List<string> Lines { get; } = new();
                public string AwsRequestId => "1";
                public ILambdaLogger Logger => this;
                public void Log(string message) => Lines.Add(message);
                public void LogLine(string message) => Lines.Add(message);
            }

            public static class Harness
            {
                public static async Task<string> Prewarmed(string payload, Context context)
                {
                    var output = await new OrderFunction().HandlePrewarmed(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(payload)), context);
                    return new StreamReader(output).ReadToEnd();
                }

                public static async Task<string> Direct(string payload, Context context)
                {
                    var serializer = new CamelCaseSerializer();
                    var result = await new OrderFunction().Handle(serializer.Deserialize<Order>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(payload))), context);
                    var output = new MemoryStream();
                    serializer.Serialize(result, output);
                    return System.Text.Encoding.UTF8.GetString(output.ToArray());
                }
            }
        }
        """;

    private static IIncrementalGenerator[] Generators => GeneratorHarness.ColdStartGenerators;

    [Fact]
    public void Emitted_entry_point_matches_the_baseline_and_compiles_without_warnings()
    {
        var (_, result) = GeneratorHarness.RunClean(Generators, LambdaCore, Function);

        GeneratorHarness.AssertMatchesBaseline("Shop.OrderFunction.Handle.Prewarm.g.cs.txt", GeneratorHarness.GeneratedSource(result, ".Prewarm.g.cs"));
    }

    [Fact]
    public async Task A_ping_runs_the_warm_up_once_and_never_calls_the_handler_while_other_payloads_behave_as_without_prewarm()
    {
        var (output, _) = GeneratorHarness.RunClean(Generators, LambdaCore, Function);
        var assembly = GeneratorHarness.Load(output);
        var harness = assembly.GetType("Shop.Harness")!;
        var function = assembly.GetType("Shop.OrderFunction")!;
        var context = Activator.CreateInstance(assembly.GetType("Shop.Context")!)!;
        async Task<string> Call(string method, string payload) => await (Task<string>)harness.GetMethod(method)!.Invoke(null, new[] { payload, context })!;
        int Counter(Type type, string field) => (int)type.GetField(field)!.GetValue(null)!;

        Assert.Equal("{\"warmed\":true}", await Call("Prewarmed", "{\"prewarm\":true}"));
        Assert.Equal(
            "{\"warmed\":true}",
            await Call(
                "Prewarmed", "{\"source\":\"aws.events\",\"detail-type\":\"Scheduled Event\",\"resources\":[\"arn:aws:events:eu-west-1:1:rule/keep-warm\"]}"));
        Assert.Equal(0, Counter(function, "Calls"));
        Assert.Equal(1, Counter(function, "WarmUps"));
        Assert.Equal(1, Counter(function, "AsyncWarmUps"));
        Assert.Equal(1, Counter(assembly.GetType("Shop.CountingClient")!, "Created"));
        Assert.Contains(
            "ColdStart: warm-up ping answered by Shop.OrderFunction.Handle", (System.Collections.Generic.List<string>)context.GetType()
            .GetProperty("Lines")!.GetValue(context)!);

        const string order = "{\"id\":\"42\"}";
        var prewarmed = await Call("Prewarmed", order);
        Assert.Equal(await Call("Direct", order), prewarmed);
        Assert.Equal("{\"id\":\"42\",\"accepted\":true}", prewarmed);
        Assert.Equal(2, Counter(function, "Calls"));
        Assert.Equal(1, Counter(function, "WarmUps"));
    }

    [Fact]
    public void A_csharp_7_3_consumer_gets_an_entry_point_without_nullable_annotations_that_compiles_without_warnings()
    {
        const string function = """
            using System.IO;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using ColdStart;

            namespace Legacy
            {
                public sealed class TextSerializer : ILambdaSerializer
                {
                    public T Deserialize<T>(Stream requestStream) { return default(T); }
                    public void Serialize<T>(T response, Stream responseStream) { }
                }

                public partial class Function
                {
                    [Prewarm]
                    [LambdaSerializer(typeof(TextSerializer))]
                    public Task<string> Handle(string input, ILambdaContext context) { return Task.FromResult(input); }
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation(new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable, LambdaCore, function);

        var (_, result) = GeneratorHarness.RunClean(new IIncrementalGenerator[] { new PrewarmGenerator() }, compilation);

        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.DoesNotContain("#nullable", generated, StringComparison.Ordinal);
        Assert.Contains("handler string <c>GeneratorTests::Legacy.Function::HandlePrewarmed</c>", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation(LambdaCore, Function);
        var driver = GeneratorHarness.Driver(Generators).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop { public class Unrelated { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(PrewarmGenerator));

        foreach (var step in new[] { PrewarmGenerator.HandlerStep, PrewarmGenerator.HolderStep })
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(s => s.Outputs), o
                => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o
            => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    // The function keeps a serializer its package has marked [Obsolete] (the first System.Text.Json LambdaJsonSerializer):
    // the entry point names it as the function does, and the warning is the function's, not the generated file's.
    [Fact]
    public void An_obsolete_serializer_of_the_function_leaves_the_generated_entry_point_without_warnings()
    {
        var (_, result) = GeneratorHarness.RunClean(Generators, LambdaCore, """
            using System.IO;
            using Amazon.Lambda.Core;
            using ColdStart;

            #pragma warning disable CS0618
            [assembly: LambdaSerializer(typeof(Shop.RetiredSerializer))]
            #pragma warning restore CS0618

            namespace Shop
            {
                [System.Obsolete("Use the newer serializer.")]
                public sealed class RetiredSerializer : ILambdaSerializer
                {
                    public T Deserialize<T>(Stream requestStream) => default!;
                    public void Serialize<T>(T response, Stream responseStream) { }
                }

                public static partial class Functions
                {
                    [Prewarm]
                    public static string Echo(string input, ILambdaContext context) => input;
                }
            }
            """);

        var echo = GeneratorHarness.GeneratedSource(result, "Shop.Functions.Echo.Prewarm.g.cs");
        Assert.Contains("#pragma warning disable CS0612, CS0618", echo, StringComparison.Ordinal);
        Assert.Contains("ILambdaSerializer s_echoSerializer = new global::Shop.RetiredSerializer();", echo, StringComparison.Ordinal);
    }

    // A handler the team has marked [Obsolete] while a replacement is rolled out: the generated entry point still calls it,
    // and that warning is the handler's, not the generated file's.
    [Fact]
    public void An_obsolete_handler_leaves_the_generated_entry_point_without_warnings()
    {
        var (_, result) = GeneratorHarness.RunClean(Generators, LambdaCore, """
            using System.IO;
            using Amazon.Lambda.Core;
            using ColdStart;

            [assembly: LambdaSerializer(typeof(Shop.PlainSerializer))]

            namespace Shop
            {
                public sealed class PlainSerializer : ILambdaSerializer
                {
                    public T Deserialize<T>(Stream requestStream) => default!;
                    public void Serialize<T>(T response, Stream responseStream) { }
                }

                public static partial class Functions
                {
                    [Prewarm]
                    [System.Obsolete]
                    public static string Echo(string input, ILambdaContext context) => input;
                }
            }
            """);

        var echo = GeneratorHarness.GeneratedSource(result, "Shop.Functions.Echo.Prewarm.g.cs");
        Assert.StartsWith("// <auto-generated/>", echo, StringComparison.Ordinal);
        Assert.Contains("#pragma warning disable CS0612, CS0618", echo, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_level_serializer_overrides_the_assembly_level_one_and_streams_pass_through()
    {
        var (_, result) = GeneratorHarness.RunClean(Generators, LambdaCore, """
            using System.IO;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using ColdStart;

            [assembly: LambdaSerializer(typeof(Shop.AssemblySerializer))]

            namespace Shop
            {
                public class AssemblySerializer : ILambdaSerializer
                {
                    public T Deserialize<T>(Stream requestStream) => default!;
                    public void Serialize<T>(T response, Stream responseStream) { }
                }

                public sealed class MethodSerializer : AssemblySerializer { }

                public static partial class Functions
                {
                    [Prewarm]
                    [LambdaSerializer(typeof(MethodSerializer))]
                    public static string Typed(string input, ILambdaContext context) => input;

                    [Prewarm(Conventions = WarmupConventions.Prewarm | WarmupConventions.LambdaWarmer)]
                    public static Task<Stream> Raw(Stream input) => Task.FromResult(input);
                }
            }
            """);

        var typed = GeneratorHarness.GeneratedSource(result, "Shop.Functions.Typed.Prewarm.g.cs");
        Assert.Contains("ILambdaSerializer s_typedSerializer = new global::Shop.MethodSerializer();", typed);
        Assert.Contains("public static async global::System.Threading.Tasks.Task<global::System.IO.Stream> TypedPrewarmed(", typed);

        var raw = GeneratorHarness.GeneratedSource(result, "Shop.Functions.Raw.Prewarm.g.cs");
        Assert.DoesNotContain("Serializer", raw);
        Assert.Contains("var request = input;", raw);
        Assert.Contains(
            "new global::ColdStart.WarmupPingOptions("
            + "global::ColdStart.WarmupConventions.Prewarm | global::ColdStart.WarmupConventions.LambdaWarmer, null, null, null)",
            raw);
    }

    [Fact]
    public void Unsupported_handlers_get_no_source()
    {
        var driver = GeneratorHarness.Driver(Generators).RunGenerators(GeneratorHarness.Compilation(LambdaCore, """
            using Amazon.Lambda.Core;
            using ColdStart;

            public class NotPartial
            {
                [Prewarm]
                public string Handle(string input, ILambdaContext context) => input;
            }

            public partial class NoSerializer
            {
                [Prewarm]
                public string Handle(string input, ILambdaContext context) => input;
            }

            public partial interface IEntryPoint
            {
                [Prewarm]
                System.Threading.Tasks.Task Handle(System.IO.Stream input, ILambdaContext context);
            }
            """));

        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public async Task A_derived_handler_entry_point_hides_the_base_one_with_new_and_each_calls_its_own_handler()
    {
        // The base's entry point exists only in the generator's output, which the generator does not see.
        var (output, result) = GeneratorHarness.RunClean(Generators, LambdaCore, """
            using System.IO;
            using System.Text;
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using ColdStart;

            namespace Shop
            {
                public partial class BaseFunction
                {
                    [Prewarm]
                    public virtual Task<Stream> Handler(Stream input, ILambdaContext context) => Reply("base");

                    protected static Task<Stream> Reply(string text) => Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(text)));
                }

                public partial class OrderFunction : BaseFunction
                {
                    [Prewarm]
                    public override Task<Stream> Handler(Stream input, ILambdaContext context) => Reply("order");
                }

                public sealed class QuietContext : ILambdaContext, ILambdaLogger
                {
                    public string AwsRequestId => "1";
                    public ILambdaLogger Logger => this;
                    public void Log(string message) { }
                    public void LogLine(string message) { }
                }
            }
            """);

        Assert.Contains("public async global::System.Threading.Tasks.Task<global::System.IO.Stream> HandlerPrewarmed(",
            GeneratorHarness.GeneratedSource(result, "Shop.BaseFunction.Handler.Prewarm.g.cs"));
        Assert.Contains("public new async global::System.Threading.Tasks.Task<global::System.IO.Stream> HandlerPrewarmed(",
            GeneratorHarness.GeneratedSource(result, "Shop.OrderFunction.Handler.Prewarm.g.cs"));
        var assembly = GeneratorHarness.Load(output);
        Assert.Equal("order", await CallEntryPoint(assembly, "Shop.OrderFunction"));
        Assert.Equal("base", await CallEntryPoint(assembly, "Shop.BaseFunction"));
    }

    /// <summary>Calls a type's HandlerPrewarmed with an order (not a ping) and returns what it wrote.</summary>
    private static async Task<string> CallEntryPoint(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName)!;
        var context = Activator.CreateInstance(assembly.GetType("Shop.QuietContext")!)!;
        using var input = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"1\"}"));
        var entryPoint = type.GetMethod("HandlerPrewarmed")!;
        var output = await (Task<System.IO.Stream>)entryPoint.Invoke(Activator.CreateInstance(type), new[] { input, context })!;
        return new System.IO.StreamReader(output).ReadToEnd();
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_locations_or_compilations()
    {
        GeneratorHarness.AssertHoldsNoCompilerObjects(typeof(PrewarmSpec));
    }
}
