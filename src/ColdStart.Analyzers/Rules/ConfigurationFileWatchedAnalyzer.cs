using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD104: <c>AddJsonFile(..., reloadOnChange: true)</c> and its XML/INI siblings in a function project. Reported
/// wherever it appears, without asking the handler model: configuration is built once, at start-up, in practice
/// (often in a base class or a shared helper the model cannot see as init code), and a watcher is never useful
/// on Lambda's read-only file system.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationFileWatchedAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConfigurationFileWatched);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        // An Azure function app that runs from its deployment package (WEBSITE_RUN_FROM_PACKAGE, which the deployment tools set) is read-only too.
        var host = HandlerModel.IsAzureFunctionsProject(start.Compilation) ? "an Azure function app run from its package" : "a Lambda function";
        start.RegisterOperationAction(c => Analyze(c, host), OperationKind.Invocation);
    }

    /// <summary>True when the call passes a constant <c>true</c> as its <c>reloadOnChange</c> argument.</summary>
    internal static bool WatchesFile(IInvocationOperation invocation)
    {
        return invocation.Arguments.Any(a => a.Parameter?.Name == "reloadOnChange" && a.Value.ConstantValue is { HasValue: true, Value: true });
    }

    private static void Analyze(OperationAnalysisContext context, string host)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!ExpensiveInitialisationAnalyzer.IsConfigurationFileSource(invocation.TargetMethod) || !WatchesFile(invocation))
        {
            return;
        }

        var path = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "path")?.Value.Syntax.ToString() ?? "the file";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ConfigurationFileWatched,
            RuleSupport.CallLocation(invocation),
            invocation.TargetMethod.Name,
            path.Trim('"'),
            host));
    }
}
