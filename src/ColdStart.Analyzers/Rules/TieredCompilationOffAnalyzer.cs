using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD405: tiered compilation or quick JIT switched off, in the project file or runtimeconfig.template.json.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TieredCompilationOffAnalyzer : ProjectSettingRule
{
    private static readonly string[] Properties = { "TieredCompilation", "TieredCompilationQuickJit", "TieredCompilationQuickJitForLoops" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TieredCompilationOff);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        var disabled = Properties.Where(facts.Settings.IsFalse).ToList();
        if (disabled.Count > 0)
        {
            start.RegisterCompilationEndAction(end =>
            {
                if (IsServerless(facts, end.Compilation, end.CancellationToken))
                {
                    foreach (var property in disabled)
                    {
                        end.ReportDiagnostic(
                            Diagnostic.Create(
                            Descriptors.TieredCompilationOff, facts.Settings.ProjectFileLocation(property), facts.Settings.ProjectName, property));
                    }
                }
            });
        }

        start.RegisterAdditionalFileAction(file =>
        {
            if (!DeploymentTemplates.IsRuntimeConfigTemplate(file.AdditionalFile.Path)
                || file.AdditionalFile.GetText(file.CancellationToken) is not { } text
                || !facts.Model(file.CancellationToken).IsServerlessProject)
            {
                return;
            }

            foreach (var (name, span) in DeploymentTemplates.DisabledTieredCompilationSwitches(text))
            {
                var location = Location.Create(file.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                file.ReportDiagnostic(Diagnostic.Create(Descriptors.TieredCompilationOff, location, facts.Settings.ProjectName, name));
            }
        });
    }
}
