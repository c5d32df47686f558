using System;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// A rule about the function project's settings (COLD40x). It registers only when the settings are visible (the
/// package's props were imported) and the project targets .NET Core 3.0 or later, or, for a rule that speaks to
/// them, a retired netcoreapp1.x/2.x runtime.
/// </summary>
public abstract class ProjectSettingRule : FunctionRule
{
    /// <summary>True for a rule that also reports functions still on netcoreapp1.x/2.x.</summary>
    private protected virtual bool AppliesToRetiredNetCore => false;

    private protected sealed override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        var settings = facts.Settings;
        if (settings.AreVisible && (settings.TargetsModernDotNet || (AppliesToRetiredNetCore && settings.TargetsNetCoreBeforeReadyToRun)))
        {
            RegisterProject(start, facts);
        }
    }

    /// <summary>Registers the rule's actions; a project-level report belongs in an end action that asks <see cref="IsServerless"/>.</summary>
    private protected abstract void RegisterProject(CompilationStartAnalysisContext start, CompilationFacts facts);

    /// <summary>
    /// Reports <paramref name="descriptor"/> once, at the end of the compilation, for the function's own project when
    /// <paramref name="hazard"/> returns message arguments (after the project name; null means no hazard). The
    /// diagnostic sits on the project file's element for <paramref name="property"/> (else its target framework).
    /// </summary>
#pragma warning disable RS1013 // The start action is FunctionRule's, shared by every rule; a project check adds only its end action to it.
    private protected static void ReportOnce(
        CompilationStartAnalysisContext start, CompilationFacts facts, DiagnosticDescriptor descriptor, string property, Func<ProjectSettings,
        string[]?> hazard)
#pragma warning restore RS1013
    {
        ReportOnce(start, facts, descriptor, property, hazard, IsServerless);
    }

    /// <summary>
    /// As <see cref="ReportOnce(CompilationStartAnalysisContext, CompilationFacts, DiagnosticDescriptor, string, Func{ProjectSettings, string[]})"/>,
    /// for an Azure Functions app (<see cref="IsAzureFunctionApp"/>) instead of a Lambda function.
    /// </summary>
    private protected static void ReportOnceForAzure(
        CompilationStartAnalysisContext start, CompilationFacts facts, DiagnosticDescriptor descriptor, string property, Func<ProjectSettings,
        string[]?> hazard)
    {
        ReportOnce(
            start,
            facts,
            descriptor,
            property,
            hazard,
            (project, compilation, cancellationToken) => IsAzureFunctionApp(compilation) && !project.Settings.IsAspireAppHost
                && project.Model(cancellationToken).RunsFunctions);
    }

    /// <summary>
    /// An Azure Functions (isolated worker) app: an executable that references Microsoft.Azure.Functions.Worker. A class
    /// library of functions' shared code that references the worker is not what gets published, and neither is an
    /// Aspire AppHost that references the worker beside the function app it starts, nor a console tool that references
    /// the worker's types but neither declares a function nor starts the worker (both checked by the caller).
    /// </summary>
    private protected static bool IsAzureFunctionApp(Compilation compilation)
    {
        return compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
            && HandlerModel.IsAzureFunctionsProject(compilation);
    }

#pragma warning disable RS1013 // As above.
    private static void ReportOnce(
        CompilationStartAnalysisContext start, CompilationFacts facts, DiagnosticDescriptor descriptor, string property, Func<ProjectSettings,
        string[]?> hazard, Func<CompilationFacts, Compilation, CancellationToken, bool> isTheProject)
#pragma warning restore RS1013
    {
        if (hazard(facts.Settings) is not { } arguments)
        {
            return;
        }

        start.RegisterCompilationEndAction(end =>
        {
            if (isTheProject(facts, end.Compilation, end.CancellationToken))
            {
                var settings = facts.Settings;
                end.ReportDiagnostic(
                    Diagnostic.Create(descriptor, settings.ProjectFileLocation(property), new object[] { settings.ProjectName }.Concat(arguments).ToArray()));
            }
        });
    }

    /// <summary>
    /// Is this the function's own project (what gets published), decided from the project where it can be, at the end
    /// of the compilation: AWSProjectType=Lambda (the AWS templates), a deployment file that deploys this assembly, an
    /// executable that references the Lambda runtime or ASP.NET Core hosting and not Amazon.Lambda.TestUtilities (with
    /// it, the executable runs a function locally against a test context: a harness, never published) and whose own code
    /// hosts a handler (the handler model says), or a class library
    /// with a handler that names its serializer with an assembly-level <c>[LambdaSerializer]</c> (the runtime reads that
    /// attribute from the assembly it loads the handler from; projects older than the templates' AWSProjectType have
    /// only this). A class library that merely references Lambda packages (shared startup, DTOs, base classes) is not
    /// one: its publish settings belong to the function that references it.
    /// </summary>
    private protected static bool IsServerless(CompilationFacts facts, Compilation compilation, CancellationToken cancellationToken)
    {
        // An executable that sees the Lambda hosting packages is the function when its own code hosts a handler
        // (LambdaBootstrapBuilder, AddAWSLambdaHosting, an APIGatewayProxyFunction): a local console or web host that only
        // references the function's project gets the packages too, and is never published to Lambda.
        return string.Equals(facts.Options.AwsProjectType, "Lambda", StringComparison.OrdinalIgnoreCase)
            || facts.IsDeployed
            || (compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
                && compilation.ReferencedAssemblyNames.Any(
                    a => a.Name == "Amazon.Lambda.RuntimeSupport" || a.Name.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal))
                && !compilation.ReferencedAssemblyNames.Any(a => a.Name == "Amazon.Lambda.TestUtilities")
                && facts.Model(cancellationToken).HasAnyHandler)
            || (JsonSerialization.LambdaSerializerAttribute(compilation.Assembly.GetAttributes(), facts.KnownTypes) is not null
                && facts.Model(cancellationToken).HasAnyHandler)
            // A class library whose handler carries its own serializer ([LambdaSerializer] on the method) names the runtime
            // that deserialises its events: that is a Lambda function, whatever deploys it. Not an abstract base class's
            // handler: a hosting library's, which the functions that derive from it deploy.
            || facts.Model(cancellationToken).Handlers.Any(handler => handler.Method is { ContainingType.IsAbstract: false } method
                && JsonSerialization.LambdaSerializerAttribute(method.GetAttributes(), facts.KnownTypes) is not null);
    }
}
