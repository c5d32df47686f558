using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Handlers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules
{
    /// <summary>
    /// COLD502: SnapStart is on but nothing primes before the snapshot: no <c>SnapshotRestore.RegisterBeforeSnapshot</c>
    /// call and no <c>[Prewarm(SnapStart = true)]</c>. Reported once, where SnapStart is switched on (the template or
    /// tools-defaults setting, the ColdStartSnapStart property), else at the after-restore registration that implies it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SnapStartWithoutPrimingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SnapStartWithoutPriming);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(Analyze);
        }

        private static void Analyze(CompilationAnalysisContext context)
        {
            if (!HandlerModel.MayContainHandlers(context.Compilation, context.Options))
            {
                return;
            }

            var facts = CompilationFacts.For(context.Compilation, context.Options);
            var snapStart = facts.SnapStart;
            if (snapStart.IsSwitchedOff)
            {
                return;
            }

            var hooks = snapStart.Hooks(facts.Model(context.CancellationToken).GetSemanticModel, context.CancellationToken);
            if (hooks.Any(hook => hook.Kind is SnapStartHookKind.BeforeSnapshot or SnapStartHookKind.GeneratedPriming))
            {
                return;
            }

            var (description, location) = snapStart.Declaration is { } declaration
                ? (declaration.Description, declaration.Location)
                : hooks.FirstOrDefault() is { } afterRestore ? ("an after-restore hook is registered", afterRestore.Location) : default;
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SnapStartWithoutPriming, location, description));
            }
        }
    }
}
