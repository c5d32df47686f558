using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Generators.Tests;

public class LazyClientGeneratorTests
{
    private const string Clients = """
        using System.Threading;

        namespace Acme.Clients
        {
            public interface IStorageClient { }

            public class StorageClient : IStorageClient
            {
                public static int Created;
                public StorageClient() { Interlocked.Increment(ref Created); Thread.Sleep(20); }
            }

            public class QueueClient
            {
                public static int Created;
                public QueueClient(string region) { Interlocked.Increment(ref Created); Region = region; }
                public string Region { get; }
            }
        }
        """;

    private const string Holder = """
        using Acme.Clients;
        using ColdStart;

        namespace Acme
        {
            public static partial class Outer
            {
                [LazyClient<StorageClient>(As = typeof(IStorageClient))]
                [LazyClient(typeof(QueueClient), Name = "Queue")]
                public static partial class LazyClients
                {
                    private static partial QueueClient CreateQueue() => new QueueClient("eu-west-1");
                }
            }
        }
        """;

    [Fact]
    public void Emitted_source_matches_the_baseline_and_compiles_without_warnings()
    {
        var (_, result) = GeneratorHarness.RunClean(new LazyClientGenerator(), Clients, Holder);

        var generated = Assert.Single(result.GeneratedTrees);
        Assert.EndsWith("Acme.Outer.LazyClients.LazyClients.g.cs", generated.FilePath);
        GeneratorHarness.AssertMatchesBaseline("Acme.Outer.LazyClients.LazyClients.g.cs.txt", generated.ToString());
    }

    [Fact]
    public void A_csharp_7_3_consumer_gets_code_without_nullable_annotations_that_compiles_without_warnings()
    {
        // What a netstandard2.0 library gets by default: C# 7.3, nullable off (CS8370 on `?` and #nullable otherwise).
        const string holder = """
            using Acme.Clients;
            using ColdStart;

            namespace Acme
            {
                [LazyClient(typeof(StorageClient), As = typeof(IStorageClient))]
                public static partial class Clients73
                {
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation(new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable, Clients, holder);

        var (output, result) = GeneratorHarness.RunClean(new IIncrementalGenerator[] { new LazyClientGenerator() }, compilation);

        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.DoesNotContain("#nullable", generated, StringComparison.Ordinal);
        Assert.Contains("private static global::Acme.Clients.IStorageClient s_storageClient;", generated, StringComparison.Ordinal);
        var type = GeneratorHarness.Load(output).GetType("Acme.Clients73")!;
        Assert.NotNull(type.GetProperty("StorageClient")!.GetValue(null));
    }

    [Fact]
    public void Concurrent_first_access_creates_exactly_one_client_and_the_factory_is_used()
    {
        var (output, _) = GeneratorHarness.RunClean(new LazyClientGenerator(), Clients, Holder);
        var assembly = GeneratorHarness.Load(output);
        var holder = assembly.GetType("Acme.Outer+LazyClients")!;
        var storage = assembly.GetType("Acme.Clients.StorageClient")!;
        var queue = assembly.GetType("Acme.Clients.QueueClient")!;

        Assert.False((bool)holder.GetProperty("IsStorageClientCreated")!.GetValue(null)!);
        var start = new ManualResetEventSlim();
        var instances = new object?[64];
        var threads = Enumerable.Range(0, instances.Length).Select(i => new Thread(() =>
        {
            start.Wait();
            instances[i] = holder.GetProperty("StorageClient")!.GetValue(null);
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Equal(1, (int)storage.GetField("Created")!.GetValue(null)!);
        Assert.All(instances, instance => Assert.Same(instances[0], instance));
        Assert.True((bool)holder.GetProperty("IsStorageClientCreated")!.GetValue(null)!);
        Assert.Equal("IStorageClient", holder.GetProperty("StorageClient")!.PropertyType.Name);

        Assert.False((bool)holder.GetProperty("IsQueueCreated")!.GetValue(null)!);
        holder.GetMethod("PrimeAll")!.Invoke(null, null);
        Assert.True((bool)holder.GetProperty("IsQueueCreated")!.GetValue(null)!);
        Assert.Equal(1, (int)queue.GetField("Created")!.GetValue(null)!);
        Assert.Equal("eu-west-1", queue.GetProperty("Region")!.GetValue(holder.GetProperty("Queue")!.GetValue(null)));
    }

    [Fact]
    public void A_derived_holder_hides_the_base_holder_members_with_new_and_keeps_its_own_client()
    {
        // The base holder's members exist only in the generator's output, which the generator does not see.
        var (output, result) = GeneratorHarness.RunClean(new LazyClientGenerator(), Clients, """
            using Acme.Clients;
            using ColdStart;

            namespace Acme
            {
                [LazyClient<StorageClient>]
                public partial class BaseFunction { }

                [LazyClient<StorageClient>]
                public partial class OrderFunction : BaseFunction { }
            }
            """);

        var derived = GeneratorHarness.GeneratedSource(result, "Acme.OrderFunction.LazyClients.g.cs");
        Assert.Contains("public new static global::Acme.Clients.StorageClient StorageClient =>", derived, StringComparison.Ordinal);
        Assert.Contains("public new static bool IsStorageClientCreated =>", derived, StringComparison.Ordinal);
        Assert.Contains("public new static void PrimeAll()", derived, StringComparison.Ordinal);
        Assert.DoesNotContain("public new ", GeneratorHarness.GeneratedSource(result, "Acme.BaseFunction.LazyClients.g.cs"), StringComparison.Ordinal);
        var assembly = GeneratorHarness.Load(output);
        var orderFunction = assembly.GetType("Acme.OrderFunction")!;
        var baseFunction = assembly.GetType("Acme.BaseFunction")!;
        orderFunction.GetMethod("PrimeAll")!.Invoke(null, null);
        Assert.True((bool)orderFunction.GetProperty("IsStorageClientCreated")!.GetValue(null)!);
        Assert.False((bool)baseFunction.GetProperty("IsStorageClientCreated")!.GetValue(null)!);
    }

    [Fact]
    public void Holders_that_are_not_partial_or_have_nothing_constructible_get_no_source()
    {
        var driver = GeneratorHarness.Driver(new LazyClientGenerator()).RunGenerators(GeneratorHarness.Compilation(Clients, """
            using Acme.Clients;
            using ColdStart;

            [LazyClient<StorageClient>]
            public static class NotPartial { }

            [LazyClient<QueueClient>]
            public static partial class NoConstructorNoFactory { }
            """));

        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_holder_step_cached()
    {
        var compilation = GeneratorHarness.Compilation(Clients, Holder);
        var driver = GeneratorHarness.Driver(new LazyClientGenerator()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Acme { public class Unrelated { public int Value => 42; } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = result.TrackedSteps[LazyClientGenerator.HolderStep];
        Assert.All(
            steps.SelectMany(step => step.Outputs), output
            => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output
            => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Editing_the_holder_regenerates_it()
    {
        var compilation = GeneratorHarness.Compilation(Clients, Holder);
        var driver = GeneratorHarness.Driver(new LazyClientGenerator()).RunGenerators(compilation);
        var holderTree = compilation.SyntaxTrees.Last();

        var edited = compilation.ReplaceSyntaxTree(
            holderTree,
            CSharpSyntaxTree.ParseText(
                Holder.Replace("Name = \"Queue\"", "Name = \"Jobs\"").Replace("CreateQueue", "CreateJobs"), GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        Assert.Contains("public static global::Acme.Clients.QueueClient Jobs", result.GeneratedTrees.Single().ToString());
        Assert.Contains(
            result.Results.Single().TrackedSteps[LazyClientGenerator.HolderStep].SelectMany(s => s.Outputs), o
            => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_locations_or_compilations()
    {
        GeneratorHarness.AssertHoldsNoCompilerObjects(typeof(LazyClientHolderSpec));
    }
}
