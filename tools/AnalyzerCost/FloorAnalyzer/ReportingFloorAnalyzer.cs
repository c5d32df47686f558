using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.AnalyzerCost;

/// <summary>
/// Reports the hazards the ColdStart rules find in measure.sh's generated project, by name alone and with no analysis:
/// each <c>new HttpClient()</c> in a method and each reflection <c>JsonSerializer.Serialize</c> call, the same 600
/// warnings on 300 files (and none once they are fixed). The build time it adds is what the warnings themselves cost
/// (the compiler's suppression checks, the output, MSBuild's logging), which any analyzer reporting them pays. Off
/// unless a global config turns FLOOR002 on, so the operation floor's leg does not run it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportingFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "FLOOR002",
        "Reporting floor",
        "'{0}' is reported here as the ColdStart rules report it",
        "AnalyzerCost",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(ReportHazard, OperationKind.ObjectCreation, OperationKind.Invocation);
    }

    private static void ReportHazard(OperationAnalysisContext context)
    {
        var inMethod = context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary };
        var hazard = context.Operation switch
        {
            IObjectCreationOperation { Type.Name: "HttpClient" } when inMethod => "new HttpClient()",
            IInvocationOperation { TargetMethod: { Name: "Serialize", ContainingType.Name: "JsonSerializer" } method }
                when !method.Parameters.Any(parameter => parameter.Type.Name is "JsonTypeInfo" or "JsonSerializerContext") => "JsonSerializer.Serialize",
            _ => null,
        };
        if (hazard is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetLocation(), hazard));
        }
    }
}
