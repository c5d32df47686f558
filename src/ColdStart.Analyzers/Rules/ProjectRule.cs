using System;
using System.Linq;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>Registration shared by the project-settings rules (COLD40x): serverless projects on .NET Core 3.0+ only.</summary>
internal static class ProjectRule
{
    /// <summary>
    /// Calls <paramref name="register"/> for compilations whose settings are visible and modern; the callback
    /// registers its end action and asks <see cref="IsServerless"/> there.
    /// </summary>
    public static void RegisterForProjects(this AnalysisContext context, Action<CompilationStartAnalysisContext, CompilationFacts> register)
    {
        context.RegisterInFunctions((start, facts) =>
        {
            if (facts.Settings.AreVisible && facts.Settings.TargetsModernDotNet)
            {
                register(start, facts);
            }
        });
    }

    /// <summary>
    /// Reports <paramref name="descriptor"/> once for a serverless .NET (Core) project when <paramref name="hazard"/>
    /// returns message arguments (after the project name; null means no hazard). The diagnostic sits on the project
    /// file's element for <paramref name="property"/> (else its target framework) when the file is visible.
    /// </summary>
    public static void RegisterProjectCheck(this AnalysisContext context, DiagnosticDescriptor descriptor, string property, Func<ProjectSettings, string[]?> hazard)
    {
        context.RegisterCompilationAction(compilation =>
        {
            if (!HandlerModel.MayContainHandlers(compilation.Compilation, compilation.Options))
            {
                return;
            }

            var facts = CompilationFacts.For(compilation.Compilation, compilation.Options);
            var settings = facts.Settings;
            if (settings.AreVisible
                && (settings.TargetsModernDotNet || settings.TargetsNetCoreBeforeReadyToRun)
                && hazard(settings) is { } arguments
                && facts.IsServerless(compilation))
            {
                compilation.ReportDiagnostic(Diagnostic.Create(descriptor, settings.ProjectFileLocation(property), new object[] { settings.ProjectName }.Concat(arguments).ToArray()));
            }
        });
    }

    /// <summary>
    /// Is this the function's own project (what gets published), decided from the project alone, without the
    /// handler model: AWSProjectType=Lambda (the AWS templates), a deployment file that deploys this assembly, or an
    /// executable that references the Lambda runtime or ASP.NET Core hosting. A class library that merely
    /// references Lambda packages (shared startup, DTOs, base classes) is not one: its publish settings belong
    /// to the function that references it.
    /// </summary>
    public static bool IsServerless(this CompilationFacts facts, CompilationAnalysisContext context)
    {
        var compilation = context.Compilation;
        return string.Equals(facts.Options.AwsProjectType, "Lambda", StringComparison.OrdinalIgnoreCase)
            || facts.IsDeployed
            || (compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
                && compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.RuntimeSupport" || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal)));
    }
}
