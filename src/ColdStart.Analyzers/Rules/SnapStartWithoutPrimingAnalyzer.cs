using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD502: SnapStart is on but nothing primes before the snapshot: no <c>SnapshotRestore.RegisterBeforeSnapshot</c>
/// call. Generated code is analysed too, so the hooks <c>[Prewarm(SnapStart = true)]</c> generates count. Reported
/// once, where SnapStart is switched on (the template or tools-defaults setting, the ColdStartSnapStart property),
/// else at the after-restore registration that implies it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapStartWithoutPrimingAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SnapStartWithoutPriming);

    private protected override bool SeesGeneratedCode => true;

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        if (facts.SnapStart.IsSwitchedOff || facts.KnownTypes.SnapshotRestore is not { } snapshotRestore)
        {
            start.RegisterCompilationEndAction(end => Report(end, facts, ImmutableArray<SnapStartHook>.Empty));
            return;
        }

        var hooks = new ConcurrentQueue<SnapStartHook>();
        start.RegisterOperationAction(
            operation =>
            {
                var method = ((IInvocationOperation)operation.Operation).TargetMethod;
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType, snapshotRestore))
                {
                    var kind = method.Name == SnapStartFacts.BeforeSnapshotMethod ? SnapStartHookKind.BeforeSnapshot : SnapStartHookKind.AfterRestore;
                    hooks.Enqueue(new SnapStartHook(kind, operation.Operation.Syntax.GetLocation()));
                }
            },
            OperationKind.Invocation);
        start.RegisterCompilationEndAction(end => Report(end, facts, hooks.ToImmutableArray()));
    }

    private static void Report(CompilationAnalysisContext context, CompilationFacts facts, ImmutableArray<SnapStartHook> hooks)
    {
        if (facts.SnapStart.IsSwitchedOff || hooks.Any(hook => hook.Kind == SnapStartHookKind.BeforeSnapshot))
        {
            return;
        }

        var firstAfterRestore = hooks
            .OrderBy(hook => hook.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(hook => hook.Location.SourceSpan.Start)
            .FirstOrDefault();
        var (description, location) = facts.SnapStart.Declaration is { } declaration
            ? (declaration.Description, declaration.Location)
            : firstAfterRestore is not null ? ("an after-restore hook is registered", firstAfterRestore.Location) : default;
        if (location is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SnapStartWithoutPriming, location, description));
        }
    }
}
