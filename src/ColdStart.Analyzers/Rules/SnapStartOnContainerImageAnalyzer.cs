using System.Collections.Immutable;
using System.IO;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD504: a deployment file that turns SnapStart on for a container-image function (SnapStart does not support
/// images). The COLD50x rules do not treat such a setting as SnapStart (<see cref="SnapStartFacts"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnapStartOnContainerImageAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SnapStartOnContainerImage);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterAdditionalFileAction(file =>
        {
            var path = file.AdditionalFile.Path;
            if (!DeploymentTemplates.IsDeploymentFile(path) || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
            {
                return;
            }

            // A template above the project folder speaks for this project only through a handler string of this assembly.
            var local = facts.Settings.IsInProjectFolder(path);
            foreach (var setting in DeploymentTemplates.SnapStartSettings(path, text))
            {
                var applies = setting.Handler is { } handler ? facts.Deploys(handler) || (local && DeploymentTemplates.IsLambdaToolsDefaults(path)) : local;
                if (setting.IsImage && applies)
                {
                    var location = Location.Create(path, setting.Span, text.Lines.GetLinePositionSpan(setting.Span));
                    var where = Path.GetFileName(path) + " (" + setting.Setting + ")";
                    file.ReportDiagnostic(Diagnostic.Create(Descriptors.SnapStartOnContainerImage, location, where));
                }
            }
        });
    }
}
