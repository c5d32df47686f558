using System.Collections.Generic;
using System.Linq;
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

    /// <summary>Like <see cref="VerifyAsync(string, string)"/>, with System.Text.Json's generator running over both states.</summary>
    public static Task VerifyWithJsonGeneratorAsync(string[] sources, string[] fixedSources)
    {
        var test = new Test(LambdaStubs.Default) { RunJsonSourceGenerator = true };
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

        /// <summary>
        /// Runs System.Text.Json's source generator over the original and the fixed code, so that the fixed code
        /// compiles only if the context really gets the JsonTypeInfo properties the fix refers to.
        /// </summary>
        public bool RunJsonSourceGenerator { get; set; }

        /// <summary>More generators to run over both states (for example ours, when a fix relies on generated members).</summary>
        public List<System.Type> SourceGenerators { get; } = new();

        protected override IEnumerable<System.Type> GetSourceGenerators()
        {
            return (RunJsonSourceGenerator ? new[] { JsonSourceGenerator.Type } : base.GetSourceGenerators()).Concat(SourceGenerators);
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddStubs(TestState, _stubs);
            TestSetup.AddStubs(FixedState, _stubs);
            if (RunJsonSourceGenerator || SourceGenerators.Count > 0)
            {
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            return base.RunImplAsync(cancellationToken);
        }
    }
}
