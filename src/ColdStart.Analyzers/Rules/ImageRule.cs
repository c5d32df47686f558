using System;
using System.IO;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// A rule about the Dockerfile that builds the function's container image (COLD406-COLD408). The package's props pass
/// the Dockerfiles next to the project as additional files; the rule reports at the line to change, once per
/// compilation, for the function's own project only.
/// </summary>
public abstract class ImageRule : ProjectSettingRule
{
    private protected abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The hazard in <paramref name="image"/>, or null.</summary>
    private protected abstract ImageFinding? Find(Dockerfile image, Compilation compilation);

#pragma warning disable RS1013 // The start action is FunctionRule's, shared by every rule; an image check adds only its end action to it.
    private protected sealed override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
#pragma warning restore RS1013
    {
        if (facts.Images.IsEmpty)
        {
            return;
        }

        start.RegisterCompilationEndAction(end =>
        {
            if (!IsServerless(facts, end.Compilation, end.CancellationToken))
            {
                return;
            }

            foreach (var image in facts.Images)
            {
                if (Find(image.File, end.Compilation) is { } finding)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptor, image.LocationOf(finding.Span), Path.GetFileName(image.Path), finding.Subject));
                }
            }
        });
    }

    /// <summary>An executable that references the .NET runtime interface client runs its own bootstrap in any image.</summary>
    private protected static bool HasOwnRuntimeClient(Compilation compilation)
    {
        return compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
            && compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.RuntimeSupport"
                || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer.Hosting", StringComparison.Ordinal));
    }
}
