using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD403: a serverless project without InvariantGlobalization that uses no culture-specific API and no SQL Server
/// client (which needs culture data).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureDataLoadedAnalyzer : ProjectSettingRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CultureDataLoaded);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        // Microsoft.Data.SqlClient (SQL Server, also under EF Core) does not support invariant globalization: there the
        // culture data is a requirement, not a cost to remove.
        if (facts.Settings.IsTrue("InvariantGlobalization")
            || start.Compilation.ReferencedAssemblyNames.Any(a => a.Name is "Microsoft.Data.SqlClient" or "System.Data.SqlClient"))
        {
            return;
        }

        var cultureInfo = facts.KnownTypes.CultureInfo;
        var regionInfo = facts.KnownTypes.RegionInfo;
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
            if (Volatile.Read(ref usesCultures) == 0 && IsServerless(facts, end.Compilation))
            {
                end.ReportDiagnostic(
                    Diagnostic.Create(Descriptors.CultureDataLoaded, facts.Settings.ProjectFileLocation("InvariantGlobalization"), facts.Settings.ProjectName));
            }
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
