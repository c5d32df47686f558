using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules
{
    /// <summary>COLD401: a serverless project published with neither ReadyToRun nor Native AOT.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReadyToRunOffAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReadyToRunOff);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

            // PublishReadyToRunComposite alone does nothing without PublishReadyToRun.
            context.RegisterProjectCheck(Descriptors.ReadyToRunOff, settings => !settings.IsTrue("PublishReadyToRun") && !settings.IsTrue("PublishAot"));
        }
    }
}
