using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD703: an Azure Functions app below the minimum Microsoft's isolated-worker performance guidance sets:
/// Microsoft.Azure.Functions.Worker older than 1.19.0 (the referenced assembly's version, which is the package's, or the
/// version the project file asks for), Microsoft.Azure.Functions.Worker.Sdk older than 1.16.4 (only the project file
/// shows it: the SDK is a build-time package), or no framework reference to Microsoft.AspNetCore.App on .NET.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkerDependenciesOutdatedAnalyzer : ProjectSettingRule
{
    private static readonly Version MinimumWorker = new(1, 19, 0);
    private static readonly Version MinimumWorkerSdk = new(1, 16, 4);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WorkerDependenciesOutdated);

    private protected override void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        var found = new List<string>();
        var fixes = new List<string>();
        var references = start.Compilation.ReferencedAssemblyNames.ToList();
        var workerVersion = new[]
            {
                references.FirstOrDefault(a => a.Name == "Microsoft.Azure.Functions.Worker")?.Version,
                facts.Settings.PackageReferenceVersion("Microsoft.Azure.Functions.Worker"),
            }
            .Where(version => version is not null)
            .Min();
        var sdkVersion = facts.Settings.PackageReferenceVersion("Microsoft.Azure.Functions.Worker.Sdk");
        var oldWorker = workerVersion is not null && workerVersion < MinimumWorker;
        var oldSdk = sdkVersion is not null && sdkVersion < MinimumWorkerSdk;
        if (oldWorker)
        {
            found.Add($"references Microsoft.Azure.Functions.Worker {Shown(workerVersion!)}");
        }

        if (oldSdk)
        {
            found.Add($"references Microsoft.Azure.Functions.Worker.Sdk {Shown(sdkVersion!)}");
        }

        if (oldWorker || oldSdk)
        {
            fixes.Add("update Microsoft.Azure.Functions.Worker to 1.19.0 or later and Microsoft.Azure.Functions.Worker.Sdk to 1.16.4 or later");
        }

        // The framework reference brings ASP.NET Core's assemblies into every compilation of the project, versioned like the
        // runtime; the 2.x packages of ASP.NET Core (Microsoft.AspNetCore.Cors, say) bring a 2.x Http.Abstractions instead.
        if (references.Any(a => a.Name == "System.Runtime")
            && !references.Any(a => a.Name == "Microsoft.AspNetCore.Http.Abstractions" && a.Version.Major >= 3))
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

    private static string Shown(Version version) => version.ToString(version.Build >= 0 ? 3 : 2);
}
