using System.Collections.Immutable;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD403: a serverless project without InvariantGlobalization that uses no culture-specific API.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureDataLoadedAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CultureDataLoaded);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterForProjects((start, facts) =>
        {
            if (facts.Settings.IsTrue("InvariantGlobalization"))
            {
                return;
            }

            var cultureInfo = start.Compilation.GetTypeByMetadataName("System.Globalization.CultureInfo");
            var regionInfo = start.Compilation.GetTypeByMetadataName("System.Globalization.RegionInfo");
            var usesCultures = 0;
            start.RegisterOperationAction(
                operation =>
                {
                    if (Volatile.Read(ref usesCultures) == 0 && UsesNamedCulture(operation.Operation, cultureInfo, regionInfo))
                    {
                        Interlocked.Exchange(ref usesCultures, 1);
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
            start.RegisterCompilationEndAction(end =>
            {
                if (Volatile.Read(ref usesCultures) == 0 && facts.IsServerless(end))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.CultureDataLoaded, facts.Settings.ProjectFileLocation("InvariantGlobalization"), facts.Settings.ProjectName));
                }
            });
        });
    }

    /// <summary>Code that asks for a specific culture or region needs ICU; the invariant culture does not.</summary>
    private static bool UsesNamedCulture(IOperation operation, INamedTypeSymbol? cultureInfo, INamedTypeSymbol? regionInfo)
    {
        return operation switch
        {
            IObjectCreationOperation creation => creation.Type.DerivesFrom(cultureInfo) || creation.Type.Is(regionInfo),
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType.Is(cultureInfo)
                && invocation.TargetMethod.Name is "GetCultureInfo" or "CreateSpecificCulture" or "GetCultures" or "GetCultureInfoByIetfLanguageTag",
            _ => false,
        };
    }
}
