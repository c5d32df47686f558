using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer over sources written with <c>{|COLDnnn:...|}</c> markup, plus the Lambda stubs.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's only diagnostic, to complete with a span and message arguments.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    /// <summary>One of the analyzer's diagnostics, for analyzers that report several.</summary>
    public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor)
        => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAsync(string source, params string[] moreSources)
    {
        return VerifyAsync(new[] { source }, LambdaStubs.Default, null, moreSources);
    }

    /// <summary>Top-level statements and Main: the sources compile as an executable.</summary>
    public static Task VerifyExecutableAsync(string source, IEnumerable<string>? stubs = null)
    {
        var test = new Test(stubs ?? LambdaStubs.Default) { TestCode = source };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>Code cut off mid-statement: only our diagnostics are compared and the analyzer must not throw.</summary>
    public static Task VerifyIncompleteAsync(string source)
    {
        var test = new Test(LambdaStubs.Default) { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        return test.RunAsync();
    }

    /// <summary>
    /// A project with MSBuild properties as the package's props expose them (build_property.*, in a global
    /// config) and optional additional files; <paramref name="expected"/> lists what must be reported.
    /// </summary>
    public static Task VerifyProjectAsync(
        string source, IDictionary<string, string> buildProperties, (string Path, string Text)[] additionalFiles, params DiagnosticResult[] expected)
    {
        var test = new Test(LambdaStubs.Default) { TestCode = source };
        var globalConfig = "is_global = true\n" + string.Concat(buildProperties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        foreach (var file in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyAsync(string[] sources, IEnumerable<string> stubs, string? editorConfig = null, params string[] moreSources)
    {
        var test = new Test(stubs);
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in moreSources)
        {
            test.TestState.Sources.Add(source);
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly IEnumerable<string> _stubs;

        public Test(IEnumerable<string> stubs)
        {
            _stubs = stubs;
            TestSetup.Configure(TestState);
        }

        /// <summary>Source generators that run before the analyzer (their output is not compared).</summary>
        public System.Type[] SourceGenerators { get; init; } = System.Array.Empty<System.Type>();

        protected override IEnumerable<System.Type> GetSourceGenerators() => SourceGenerators;

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddStubs(TestState, _stubs);
            return base.RunImplAsync(cancellationToken);
        }
    }
}
