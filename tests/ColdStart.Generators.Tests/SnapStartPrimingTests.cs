using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Generators.Tests;

/// <summary>[Prewarm(SnapStart = true)]: the generated module initializer, priming hook and after-restore hook.</summary>
public class SnapStartPrimingTests
{
    /// <summary>
    /// The Amazon.Lambda.Core stubs plus SnapshotRestore (Core 2.5+), which here also keeps what was registered, for
    /// the tests to run it.
    /// </summary>
    private const string LambdaCore = PrewarmGeneratorTests.LambdaCore + """

        namespace Amazon.Lambda.Core
        {
            public static class SnapshotRestore
            {
                public static System.Collections.Generic.List<System.Func<System.Threading.Tasks.ValueTask>> BeforeSnapshot { get; } = new();
                public static System.Collections.Generic.List<System.Func<System.Threading.Tasks.ValueTask>> AfterRestore { get; } = new();
                public static void RegisterBeforeSnapshot(System.Func<System.Threading.Tasks.ValueTask> beforeSnapshotAction) => BeforeSnapshot.Add(beforeSnapshotAction);
                public static void RegisterAfterRestore(System.Func<System.Threading.Tasks.ValueTask> afterRestoreAction) => AfterRestore.Add(afterRestoreAction);
            }
        }
        """;

    private const string Function = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        using ColdStart;

        [assembly: LambdaSerializer(typeof(Shop.RecordingSerializer))]

        namespace Shop
        {
            public sealed class RecordingSerializer : ILambdaSerializer
            {
                public static readonly List<string> Seen = new();
                private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

                public T Deserialize<T>(Stream requestStream)
                {
                    Seen.Add("read " + typeof(T).Name);
                    return JsonSerializer.Deserialize<T>(requestStream, Options)!;
                }

                public void Serialize<T>(T response, Stream responseStream)
                {
                    Seen.Add("write " + typeof(T).Name);
                    JsonSerializer.Serialize(responseStream, response, Options);
                }
            }

            public sealed class Order { public string Id { get; set; } = ""; }

            public sealed class Result { public string Id { get; set; } = ""; public bool Accepted { get; set; } }

            public sealed class CountingClient { public static int Created; public CountingClient() { Created++; } }

            [LazyClient<CountingClient>]
            public static partial class Clients { }

            public partial class OrderFunction
            {
                public static int Instances;
                public static int Calls;
                public static int WarmUps;
                public static int Reconnects;
                public static Guid EnvironmentId;

                public OrderFunction() => Instances++;

                [WarmUp]
                private void Warm() => WarmUps++;

                [AfterRestore]
                private static void NewEnvironmentId() => EnvironmentId = Guid.NewGuid();

                [AfterRestore]
                private static async Task ReconnectAsync()
                {
                    await Task.Yield();
                    Reconnects++;
                }

                [Prewarm(SnapStart = true)]
                public async Task<Result> Handle(Order order, ILambdaContext context)
                {
                    Calls++;
                    await Task.Yield();
                    return new Result { Id = order.Id, Accepted = true };
                }
            }

            public sealed class Context : ILambdaContext, ILambdaLogger
            {
                public string AwsRequestId => "1";
                public ILambdaLogger Logger => this;
                public void Log(string message) { }
                public void LogLine(string message) { }
            }

            public static class Harness
            {
                public static async Task<string> Ping()
                {
                    var output = await new OrderFunction().HandlePrewarmed(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"prewarm\":true}")), new Context());
                    return new StreamReader(output).ReadToEnd();
                }
            }
        }
        """;

    private static IIncrementalGenerator[] Generators => GeneratorHarness.ColdStartGenerators;

    [Fact]
    public void Emitted_hooks_match_the_baseline_and_compile_without_warnings()
    {
        var (_, result) = GeneratorHarness.RunClean(Generators, LambdaCore, Function);

        GeneratorHarness.AssertMatchesBaseline(
            "Shop.OrderFunction.Handle.SnapStart.Prewarm.g.cs.txt", GeneratorHarness.GeneratedSource(result, ".Prewarm.g.cs"));
    }

    [Fact]
    public async Task Under_SnapStart_the_hooks_are_registered_once_prime_without_calling_the_handler_and_refresh_state_after_restore()
    {
        var (output, _) = GeneratorHarness.RunClean(Generators, LambdaCore, Function);

        // The module initializer runs when the assembly's code is first touched, which happens inside the scope.
        Assembly assembly;
        IList beforeSnapshot;
        IList afterRestore;
        Environment.SetEnvironmentVariable("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        try
        {
            assembly = GeneratorHarness.Load(output);
            (beforeSnapshot, afterRestore) = Registrations(assembly);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_LAMBDA_INITIALIZATION_TYPE", null);
        }

        var function = assembly.GetType("Shop.OrderFunction")!;
        var seen = (List<string>)assembly.GetType("Shop.RecordingSerializer")!.GetField("Seen")!.GetValue(null)!;
        int Counter(Type type, string field) => (int)type.GetField(field)!.GetValue(null)!;
        Assert.Single(beforeSnapshot);
        Assert.Single(afterRestore);

        await ((Func<ValueTask>)beforeSnapshot[0]!)();

        Assert.Equal(0, Counter(function, "Calls"));
        Assert.Equal(1, Counter(function, "WarmUps"));
        Assert.Equal(1, Counter(function, "Instances"));
        Assert.Equal(1, Counter(assembly.GetType("Shop.CountingClient")!, "Created"));
        Assert.Equal(new[] { "read Order", "write Order", "read Result", "write Result" }, seen);

        Assert.Equal("{\"warmed\":true}", await (Task<string>)assembly.GetType("Shop.Harness")!.GetMethod("Ping")!.Invoke(null, null)!);
        Assert.Equal(1, Counter(function, "WarmUps"));
        Assert.Equal(0, Counter(function, "Calls"));

        var snapshotId = (Guid)function.GetField("EnvironmentId")!.GetValue(null)!;
        await ((Func<ValueTask>)afterRestore[0]!)();
        Assert.NotEqual(snapshotId, (Guid)function.GetField("EnvironmentId")!.GetValue(null)!);
        Assert.Equal(1, Counter(function, "Reconnects"));
        Assert.Single(beforeSnapshot);
    }

    [Fact]
    public void Outside_a_SnapStart_initialisation_nothing_is_registered()
    {
        var (output, _) = GeneratorHarness.RunClean(Generators, LambdaCore, Function);

        var (beforeSnapshot, afterRestore) = Registrations(GeneratorHarness.Load(output));

        Assert.Empty(beforeSnapshot);
        Assert.Empty(afterRestore);
    }

    [Fact]
    public void Without_SnapshotRestore_or_without_a_parameterless_constructor_no_source_is_generated()
    {
        const string noHookApi = """
            using Amazon.Lambda.Core;
            using ColdStart;

            public partial class Function
            {
                [Prewarm(SnapStart = true)]
                public static System.IO.Stream Handle(System.IO.Stream input) => input;
            }
            """;
        const string noConstructor = """
            using Amazon.Lambda.Core;
            using ColdStart;

            public partial class Function
            {
                public Function(string table) { }

                [Prewarm(SnapStart = true)]
                public System.IO.Stream Handle(System.IO.Stream input) => input;
            }
            """;
        var coreWithoutSnapshots = PrewarmGeneratorTests.LambdaCore;

        Assert.Empty(
            GeneratorHarness.Driver(Generators).RunGenerators(GeneratorHarness.Compilation(coreWithoutSnapshots, noHookApi)).GetRunResult().GeneratedTrees);
        Assert.Empty(GeneratorHarness.Driver(Generators).RunGenerators(GeneratorHarness.Compilation(LambdaCore, noConstructor)).GetRunResult().GeneratedTrees);
        Assert.Single(GeneratorHarness.Driver(Generators).RunGenerators(GeneratorHarness.Compilation(LambdaCore, noHookApi)).GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation(LambdaCore, Function);
        var driver = GeneratorHarness.Driver(Generators).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop { public class Unrelated { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single(r => r.Generator.GetGeneratorType() == typeof(PrewarmGenerator));

        Assert.All(
            result.TrackedSteps[PrewarmGenerator.HandlerStep].SelectMany(s => s.Outputs), o
            => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o
            => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static (IList BeforeSnapshot, IList AfterRestore) Registrations(Assembly assembly)
    {
        var snapshotRestore = assembly.GetType("Amazon.Lambda.Core.SnapshotRestore")!;
        return ((IList)snapshotRestore.GetProperty("BeforeSnapshot")!.GetValue(null)!, (IList)snapshotRestore.GetProperty("AfterRestore")!.GetValue(null)!);
    }
}
