using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD703: an Azure Functions app below the minimum Microsoft's isolated-worker performance guidance sets: the
/// Microsoft.Azure.Functions.Worker assembly (whose version is the package's) older than 1.19.0, or no framework
/// reference to Microsoft.AspNetCore.App on .NET. The Worker.Sdk's version is not visible to a compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkerDependenciesOutdatedAnalyzer : ProjectSettingRule
{
    private static readonly Version MinimumWorker = new(1, 19, 0);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WorkerDependenciesOutdated);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        var found = new List<string>();
        var fixes = new List<string>();
        var references = start.Compilation.ReferencedAssemblyNames.ToList();
        if (references.FirstOrDefault(a => a.Name == "Microsoft.Azure.Functions.Worker") is { } worker && worker.Version < MinimumWorker)
        {
            found.Add($"references Microsoft.Azure.Functions.Worker {worker.Version.ToString(3)}");
            fixes.Add("update Microsoft.Azure.Functions.Worker to 1.19.0 or later (and Microsoft.Azure.Functions.Worker.Sdk to 1.16.4 or later)");
        }

        // The framework reference brings ASP.NET Core's assemblies into every compilation of the project.
        if (references.Any(a => a.Name == "System.Runtime") && !references.Any(a => a.Name == "Microsoft.AspNetCore.Http.Abstractions"))
        {
            found.Add("has no framework reference to Microsoft.AspNetCore.App");
            fixes.Add("add <FrameworkReference Include=\"Microsoft.AspNetCore.App\" /> to its project file");
        }

        if (found.Count > 0)
        {
            var arguments = new[] { string.Join(" and ", found), string.Join(", and ", fixes) };
            ReportOnceForAzure(start, facts, Descriptors.WorkerDependenciesOutdated, "FrameworkReference", _ => arguments);
        }
    }
}
