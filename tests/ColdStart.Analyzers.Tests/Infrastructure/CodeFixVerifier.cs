using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies a code fix and compares every fixed document with the expected source; the framework also checks
/// that the fixed code compiles (compiler errors would show up as unexpected diagnostics) and that fix-all
/// gives the same result.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource)
    {
        return VerifyAsync(new[] { source }, new[] { fixedSource });
    }

    public static Task VerifyAsync(string[] sources, string[] fixedSources, IEnumerable<string>? stubs = null)
    {
        var test = new Test(stubs ?? LambdaStubs.Default);
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        private readonly IEnumerable<string> _stubs;

        public Test(IEnumerable<string> stubs)
        {
            _stubs = stubs;
            TestSetup.Configure(TestState);
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddStubs(TestState, _stubs);
            TestSetup.AddStubs(FixedState, _stubs);
            return base.RunImplAsync(cancellationToken);
        }
    }
}
