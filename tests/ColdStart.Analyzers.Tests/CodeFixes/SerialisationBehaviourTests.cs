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
}
