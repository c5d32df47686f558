using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Analyzers.Tests.Handlers;

/// <summary>Compilations built by hand for handler-model questions: several files, compiled libraries as references, build properties.</summary>
internal static class HandBuiltProjects
{
    /// <summary>ASP.NET Core's start-up and MVC types, as an ordinary web app references them.</summary>
    public static readonly MetadataReference AspNetCoreApp = Library("Microsoft.AspNetCore.Mvc", LambdaStubs.AspNetCoreApp);

    /// <summary>The Lambda hosting base classes, in an assembly named as the package's.</summary>
    public static readonly MetadataReference AspNetCoreServer = Library(
        "Amazon.Lambda.AspNetCoreServer", new[] { AspNetCoreApp }, LambdaStubs.AspNetCoreServer);

    public static CodePaths PathOf(HandlerModel model, Compilation compilation, string marker)
    {
        var literal = compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            .Single(l => l.Token.ValueText == marker);
        return model.Classify(literal, compilation.GetSemanticModel(literal.SyntaxTree), CodePaths.Init | CodePaths.StaticInit | CodePaths.Invoke);
    }

    public static (HandlerModel Model, Compilation Compilation) Build(
        OutputKind kind, string[] sources, MetadataReference[]? references = null, Dictionary<string, string>? globalOptions = null)
    {
        var compilation = CSharpCompilation.Create(
            "FunctionProject",
            sources.Concat(LambdaStubs.Default).Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            TestSetup.References.AddRange(references ?? System.Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(kind));
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(globalOptions ?? new Dictionary<string, string>()));
        return (HandlerModel.GetOrCreate(compilation, options, CancellationToken.None), compilation);
    }

    public static MetadataReference Library(string assemblyName, string source) => Library(assemblyName, System.Array.Empty<MetadataReference>(), source);

    /// <summary>A compiled class library, as a project reference or a package gives the function project.</summary>
    public static MetadataReference Library(string assemblyName, MetadataReference[] references, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestSetup.References.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
