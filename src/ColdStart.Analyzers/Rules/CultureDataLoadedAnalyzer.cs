using System.Collections.Immutable;
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
        if (facts.Settings.IsTrue("InvariantGlobalization"))
        {
            return;
        }

        var cultureInfo = facts.KnownTypes.CultureInfo;
        var regionInfo = facts.KnownTypes.RegionInfo;
        var needsCultureData = 0;
        start.RegisterOperationAction(
            operation =>
            {
                if (Volatile.Read(ref needsCultureData) == 0
                    && (UsesNamedCulture(operation.Operation, cultureInfo, regionInfo) || UsesSqlServer(operation.Operation)))
                {
                    Interlocked.Exchange(ref needsCultureData, 1);
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
        start.RegisterCompilationEndAction(end =>
        {
            if (Volatile.Read(ref needsCultureData) == 0 && IsServerless(facts, end.Compilation, end.CancellationToken))
            {
                end.ReportDiagnostic(
                    Diagnostic.Create(Descriptors.CultureDataLoaded, facts.Settings.ProjectFileLocation("InvariantGlobalization"), facts.Settings.ProjectName));
            }
        });
    }

    // Microsoft.Data.SqlClient (SQL Server, also through EF Core's UseSqlServer) does not support invariant
    // globalization: where the code uses it, the culture data is a requirement, not a cost to remove.
    private static bool UsesSqlServer(IOperation operation)
    {
        var assembly = operation switch
        {
            IObjectCreationOperation creation => creation.Type?.ContainingAssembly,
            IInvocationOperation invocation => invocation.TargetMethod.ContainingAssembly,
            _ => null,
        };
        return assembly?.Name is "Microsoft.Data.SqlClient" or "System.Data.SqlClient" or "Microsoft.EntityFrameworkCore.SqlServer";
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
