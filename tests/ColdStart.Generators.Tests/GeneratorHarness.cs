using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Generators.Tests;

/// <summary>Compiles sources with a generator, hermetically, and can load the result to run it.</summary>
internal static class GeneratorHarness
{
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ColdStart.LazyClientAttribute).Assembly.Location))
        .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources)
    {
        return Compilation(ParseOptions, NullableContextOptions.Enable, sources);
    }

    /// <summary>A consumer at another language version (a netstandard2.0 library defaults to C# 7.3, nullable off).</summary>
    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, NullableContextOptions nullable, params string[] sources)
    {
        return CSharpCompilation.Create(
            "GeneratorTests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // Suppressed by the .NET SDK as well: unification of reference-assembly versions.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    /// <summary>Both of the package's generators, as a consumer's build runs them.</summary>
    public static IIncrementalGenerator[] ColdStartGenerators => new IIncrementalGenerator[] { new PrewarmGenerator(), new LazyClientGenerator() };

    /// <summary>The one generated source whose hint name ends with <paramref name="suffix"/>.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult result, string suffix)
        => result.GeneratedTrees.Single(t => t.FilePath.EndsWith(suffix, StringComparison.Ordinal)).ToString();

    public static GeneratorDriver Driver(params IIncrementalGenerator[] generators)
    {
        return CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator and asserts that the output compiles without a single warning.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunClean(IIncrementalGenerator generator, params string[] sources)
    {
        return RunClean(new[] { generator }, sources);
    }

    public static (Compilation Output, GeneratorDriverRunResult Result) RunClean(IIncrementalGenerator[] generators, params string[] sources)
    {
        return RunClean(generators, Compilation(sources));
    }

    public static (Compilation Output, GeneratorDriverRunResult Result) RunClean(IIncrementalGenerator[] generators, CSharpCompilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(
                generators.Select(g => g.AsSourceGenerator()),
                parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return (output, driver.GetRunResult());
    }

    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext(Guid.NewGuid().ToString(), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>
    /// Compares emitted source with Baselines/<paramref name="name"/>. With COLDSTART_UPDATE_BASELINES=1 the
    /// baseline in the source tree is rewritten instead (review the diff before committing it).
    /// </summary>
    public static void AssertMatchesBaseline(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("COLDSTART_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Baselines", name), actual);
            return;
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Baselines", name)).Replace("\r\n", "\n"), actual);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        return Path.GetDirectoryName(path)!;
    }

    /// <summary>Fails when a model type can hold a symbol, syntax node, location or compilation (they defeat caching).</summary>
    public static void AssertHoldsNoCompilerObjects(Type modelType)
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData) };
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>();
        pending.Push(modelType);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                continue;
            }

            Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{modelType.Name} reaches {type.FullName}");
            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                pending.Push(argument);
            }

            if (type.Namespace?.StartsWith("ColdStart", StringComparison.Ordinal) == true)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    pending.Push(field.FieldType);
                }
            }
        }
    }
}
