using System;
using ColdStart.Analyzers.Handlers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules
{
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

        /// <summary>Reports <paramref name="descriptor"/> once, without a location, when <paramref name="isHazard"/> holds for a serverless project.</summary>
        public static void RegisterProjectCheck(this AnalysisContext context, DiagnosticDescriptor descriptor, Func<ProjectSettings, bool> isHazard)
        {
            context.RegisterCompilationAction(compilation =>
            {
                if (!HandlerModel.MayContainHandlers(compilation.Compilation, compilation.Options))
                {
                    return;
                }

                var facts = CompilationFacts.For(compilation.Compilation, compilation.Options);
                if (facts.Settings.AreVisible && facts.Settings.TargetsModernDotNet && isHazard(facts.Settings) && facts.IsServerless(compilation))
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(descriptor, Location.None, facts.Settings.ProjectName));
                }
            });
        }

        public static bool IsServerless(this CompilationFacts facts, CompilationAnalysisContext context)
        {
            return facts.Model(context.CancellationToken).IsServerlessProject;
        }
    }
}
