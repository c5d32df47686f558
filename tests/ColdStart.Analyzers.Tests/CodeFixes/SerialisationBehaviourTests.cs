using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Analyzers.Tests.CodeFixes;

/// <summary>
/// A serialisation fix must not change what is read or written: the code before the COLD201 fix and the code the fix
/// produces (the exact texts its fix test asserts) are compiled with System.Text.Json's generator and run on the
/// same JSON.
/// </summary>
public class SerialisationBehaviourTests
{
    [Theory]
    [InlineData("""{"orderId":"A-1","note":"gift"}""")]
    [InlineData("""{"ORDERID":"A-2"}""")]
    [InlineData("""{"OrderId":"A-3","Note":null}""")]
    public void Options_carried_into_the_context_read_and_write_the_same_json(string json)
    {
        var before = Run(UseJsonTypeInfoCodeFixTests.OptionsBefore.Replace("[|", string.Empty).Replace("|]", string.Empty), json);
        var after = Run(UseJsonTypeInfoCodeFixTests.OptionsAfter, json);

        Assert.Equal(before, after);
        Assert.StartsWith("{\"orderId\":\"A-", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropping_the_options_would_have_changed_the_result()
    {
        // The regression this guards: the old fix produced a context without the options, and the handler read an
        // empty id from camelCase JSON.
        var withoutOptions = Regex.Replace(UseJsonTypeInfoCodeFixTests.OptionsAfter, @"\[JsonSourceGenerationOptions\(.*\)\]\r?\n", string.Empty);
        var json = """{"orderId":"A-1","note":"gift"}""";

        Assert.DoesNotContain("JsonSourceGenerationOptions", withoutOptions, StringComparison.Ordinal);
        Assert.NotEqual(
            Run(UseJsonTypeInfoCodeFixTests.OptionsBefore.Replace("[|", string.Empty).Replace("|]", string.Empty), json),
            Run(withoutOptions, json));
    }

    [Theory]
    [InlineData("""{"orderId":"A-1","note":"gift"}""")]
    [InlineData("""{"ORDERID":"A-2"}""")]
    [InlineData("""{"OrderId":"A-3","Note":null}""")]
    public void System_net_http_json_reads_the_same_with_the_web_defaults_context(string json)
    {
        var before = Run(UseJsonTypeInfoCodeFixTests.HttpJsonBefore.Replace("[|", string.Empty).Replace("|]", string.Empty), json);
        var after = Run(UseJsonTypeInfoCodeFixTests.HttpJsonAfter, json);

        Assert.Equal(before, after);
        Assert.StartsWith("A-", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"OrderId":"A-1","Note":"gift"}""")]
    [InlineData("""{"orderId":"A-2","Note":null}""")]
    public void Binary_data_reads_and_writes_the_same_with_the_default_options_context(string json)
    {
        var before = Run(UseJsonTypeInfoCodeFixTests.BinaryDataBefore.Replace("[|", string.Empty).Replace("|]", string.Empty), json);
        var after = Run(UseJsonTypeInfoCodeFixTests.BinaryDataAfter, json);

        Assert.Equal(before, after);
        Assert.StartsWith("{\"OrderId\":", after, StringComparison.Ordinal);
    }

    /// <summary>Compiles the function with System.Text.Json's generator and returns <c>Function.Write(Function.Read(json))</c>.</summary>
    private static string Run(string function, string json, params string[] moreSources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[] { function, UseJsonTypeInfoCodeFixTests.ReceiptType }
            .Concat(moreSources)
            .Concat(LambdaStubs.Default)
            .Select(source => CSharpSyntaxTree.ParseText(source, parseOptions));
        var compilation = CSharpCompilation.Create(
            "Behaviour" + Guid.NewGuid().ToString("N"),
            trees,
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var generator = ((Microsoft.CodeAnalysis.IIncrementalGenerator)Activator.CreateInstance(JsonSourceGenerator.Type)!).AsSourceGenerator();
        CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext("behaviour", isCollectible: true);
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType("Function", throwOnError: true)!;
            var receipt = type.GetMethod("Read", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { json });
            return (string)type.GetMethod("Write", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new[] { receipt })!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// COLD204's fix keeps the worker's reflection resolver behind the context: a type the fix registered (generated
    /// metadata) and a type it did not (reflection, as before) are written and read back exactly as the original
    /// options did, and the fixed code compiles with no warning the original did not have.
    /// </summary>
    [Fact]
    public void Worker_serializer_writes_and_reads_registered_and_unregistered_types_as_before()
    {
        var before = CompileWorker(WorkerSerializerCodeFixTests.OptionsInitializerBefore.Replace("[|", string.Empty).Replace("|]", string.Empty));
        var after = CompileWorker(WorkerSerializerCodeFixTests.OptionsInitializerAfter);

        Assert.Empty(after.Warnings.Except(before.Warnings));
        var context = new AssemblyLoadContext("worker-behaviour", isCollectible: true);
        try
        {
            var original = Load(context, before.Image);
            var fixedAssembly = Load(context, after.Image);

            // The fixed context serves Order (and lists of it) from generated metadata and leaves Note to reflection.
            var contextType = fixedAssembly.GetType("Shop.Hosting.AppJsonContext", throwOnError: true)!;
            var jsonContext = contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var getTypeInfo = contextType.GetMethod("GetTypeInfo", new[] { typeof(Type) })!;
            Assert.NotNull(getTypeInfo.Invoke(jsonContext, new object[] { fixedAssembly.GetType("Shop.Order", throwOnError: true)! }));
            Assert.Null(getTypeInfo.Invoke(jsonContext, new object[] { fixedAssembly.GetType("Shop.Note", throwOnError: true)! }));

            foreach (var (typeName, arguments) in new (string, object[])[]
            {
                ("Shop.Order", new object[] { "A-1", 12.5m }),
                ("Shop.AuditEntry", new object[] { "refunded" }),
                ("Shop.Note", new object[] { "fragile", 2 }),
            })
            {
                var written = RoundTrip(original, typeName, arguments);
                Assert.Equal(written, RoundTrip(fixedAssembly, typeName, arguments));
                Assert.StartsWith("{\"", written, StringComparison.Ordinal);
            }

            Assert.Equal("""{"id":"A-1","total":12.5}""", RoundTrip(fixedAssembly, "Shop.Order", new object[] { "A-1", 12.5m }));
            Assert.Equal("""{"text":"fragile","priority":2}""", RoundTrip(fixedAssembly, "Shop.Note", new object[] { "fragile", 2 }));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Compiles a worker set-up with the functions, an unregistered type and the stubs; the image and its warnings.</summary>
    private static (byte[] Image, string[] Warnings) CompileWorker(string setup)
    {
        const string Unregistered = "namespace Shop; public record Note(string Text, int Priority);";
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[] { setup, WorkerSerializerCodeFixTests.Functions, Unregistered, AzureStubs.Worker, AzureStubs.Bindings }
            .Select(source => CSharpSyntaxTree.ParseText(source, parseOptions));
        var compilation = CSharpCompilation.Create(
            "Worker" + Guid.NewGuid().ToString("N"),
            trees,
            TestSetup.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var generator = ((IIncrementalGenerator)Activator.CreateInstance(JsonSourceGenerator.Type)!).AsSourceGenerator();
        CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var warnings = emitted.Diagnostics.Concat(generatorDiagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        return (image.ToArray(), warnings);
    }

    private static Assembly Load(AssemblyLoadContext context, byte[] image)
    {
        using var stream = new MemoryStream(image);
        return context.LoadFromStream(stream);
    }

    /// <summary>Configures a WorkerOptions with the assembly's set-up, writes the value with its serializer, reads it back, writes it again.</summary>
    private static string RoundTrip(Assembly assembly, string typeName, object[] arguments)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var workerOptions = Activator.CreateInstance(assembly.GetType("Microsoft.Azure.Functions.Worker.WorkerOptions", throwOnError: true)!)!;
        assembly.GetType("Shop.Hosting.WorkerSetup", throwOnError: true)!.GetMethod("Configure")!.Invoke(null, new[] { workerOptions });
        var serializer = (Azure.Core.Serialization.ObjectSerializer)workerOptions.GetType().GetProperty("Serializer")!.GetValue(workerOptions)!;

        var written = serializer.Serialize(Activator.CreateInstance(type, arguments), type).ToString();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(written));
        var read = serializer.Deserialize(stream, type, default);
        var again = serializer.Serialize(read, type).ToString();
        Assert.Equal(written, again);
        return written;
    }
}
