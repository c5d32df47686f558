using System;
using System.IO;
using System.Linq;
using ColdStart.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>
/// A class library built as a project reference is: compiled with the hazard-summary generator, emitted, and referenced
/// by the function under test as metadata only, so the function sees the library's summary and none of its source.
/// </summary>
internal static class LibraryImage
{
    public static MetadataReference Build(string assemblyName, params string[] sources) => Build(assemblyName, Array.Empty<MetadataReference>(), sources);

    /// <summary>A library that references other libraries (<paramref name="libraries"/>, images built by this class).</summary>
    public static MetadataReference Build(string assemblyName, MetadataReference[] libraries, params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)),
            TestSetup.References.AddRange(libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new HazardSummaryGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withSummary, out _);
        using var image = new MemoryStream();
        var emit = withSummary.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
