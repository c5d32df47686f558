using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ColdStart.Analyzers.Tests.Rules;

/// <summary>The Azure Functions app's project settings and dependencies (COLD70x), and the host boundary: Azure rules stay off on Lambda and back.</summary>
public class AzureProjectSettingsTests
{
    private const string Program = """
        using Microsoft.Extensions.Hosting;

        new HostBuilder().ConfigureFunctionsWorkerDefaults().Build().Run();
        """;

    private const string ProjectFilePath = "/src/Orders.Functions/Orders.Functions.csproj";

    private const string AddReadyToRun =
        "add <PublishReadyToRun>true</PublishReadyToRun> and the function app's <RuntimeIdentifier> (linux-x64 or win-x64) to its project file";

    private static Dictionary<string, string> Properties(params (string Key, string Value)[] set)
    {
        var properties = new Dictionary<string, string>
        {
            ["MSBuildProjectName"] = "Orders.Functions",
            ["TargetFramework"] = "net8.0",
            ["PublishReadyToRun"] = "",
            ["PublishAot"] = "",
            // What the Worker SDK's targets give an ordinary project.
            ["FunctionsEnableExecutorSourceGen"] = "true",
            ["FunctionsEnableMetadataSourceGen"] = "true",
        };
        foreach (var (key, value) in set)
        {
            properties[key] = value;
        }

        return properties;
    }

    private static Task Verify<TAnalyzer>(
        IEnumerable<string> stubs, OutputKind kind, string source, Dictionary<string, string> properties, string? projectFile,
        params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test(stubs) { TestCode = source };
        test.TestState.OutputKind = kind;
        test.TestState.AnalyzerConfigFiles.Add(
            ("/.globalconfig", "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
        if (projectFile is not null)
        {
            test.TestState.AdditionalFiles.Add((ProjectFilePath, projectFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task ReadyToRun_off_in_a_function_app_is_reported_at_its_project_file()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <AzureFunctionsVersion>v4</AzureFunctionsVersion>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
            </Project>
            """;
        return Verify<AzureReadyToRunOffAnalyzer>(
            AzureStubs.Default, OutputKind.ConsoleApplication, Program, Properties(), project,
            new DiagnosticResult(Descriptors.AzureReadyToRunOff).WithSpan(ProjectFilePath, 3, 5, 3, 46).WithArguments("Orders.Functions", AddReadyToRun));
    }

    [Theory]
    [InlineData("PublishReadyToRun")]
    [InlineData("PublishAot")]
    public Task ReadyToRun_or_native_AOT_on_is_not_reported(string property)
    {
        return Verify<AzureReadyToRunOffAnalyzer>(AzureStubs.Default, OutputKind.ConsoleApplication, Program, Properties((property, "true")), null);
    }

    /// <summary>An Aspire AppHost starts the function app locally; it references the worker's packages but is never published as a function.</summary>
    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <Sdk Name=\"Aspire.AppHost.Sdk\" Version=\"9.0.0\" />", "")]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\">", "<IsAspireHost>true</IsAspireHost>")]
    public Task An_Aspire_AppHost_that_references_the_worker_gets_no_project_rule(string opening, string property)
    {
        var project = opening + "\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <OutputType>Exe</OutputType>\n    " + property
            + "\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Microsoft.Azure.Functions.Worker\" Version=\"1.10.0\" />\n"
            + "  </ItemGroup>\n</Project>\n";
        return Task.WhenAll(
            Verify<AzureReadyToRunOffAnalyzer>(AzureStubs.Default, OutputKind.ConsoleApplication, Program, Properties(), project),
            Verify<WorkerDependenciesOutdatedAnalyzer>(AzureStubs.Default, OutputKind.ConsoleApplication, Program, Properties(), project));
    }

    /// <summary>A class library that references the worker (shared function code) is not what gets published.</summary>
    [Fact]
    public Task A_class_library_referencing_the_worker_gets_no_project_rule()
    {
        return Verify<AzureReadyToRunOffAnalyzer>(
            AzureStubs.Default, OutputKind.DynamicallyLinkedLibrary, "public class Shared { }", Properties(), null);
    }

    /// <summary>A console tool of the solution that only references the worker's types declares no function and starts no worker.</summary>
    [Fact]
    public Task An_executable_that_neither_declares_a_function_nor_starts_the_worker_gets_no_project_rule()
    {
        return Verify<AzureReadyToRunOffAnalyzer>(
            AzureStubs.Default,
            OutputKind.ConsoleApplication,
            "System.Console.WriteLine(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute).Name);",
            Properties(),
            null);
    }

    [Fact]
    public Task Worker_source_generation_switched_off_is_reported_at_the_setting()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <PublishReadyToRun>true</PublishReadyToRun>
                <FunctionsEnableExecutorSourceGen>false</FunctionsEnableExecutorSourceGen>
                <FunctionsEnableWorkerIndexing>false</FunctionsEnableWorkerIndexing>
              </PropertyGroup>
            </Project>
            """;
        return Verify<WorkerSourceGenerationOffAnalyzer>(
            AzureStubs.Default,
            OutputKind.ConsoleApplication,
            Program,
            Properties(("PublishReadyToRun", "true"), ("FunctionsEnableExecutorSourceGen", "false"), ("FunctionsEnableMetadataSourceGen", "false")),
            project,
            new DiagnosticResult(Descriptors.WorkerSourceGenerationOff).WithSpan(ProjectFilePath, 5, 5, 5, 79).WithArguments(
                "Orders.Functions",
                "FunctionsEnableExecutorSourceGen",
                "every invocation goes through the worker's reflection-based default executor instead of the source-generated one"),
            new DiagnosticResult(Descriptors.WorkerSourceGenerationOff).WithSpan(ProjectFilePath, 6, 5, 6, 73).WithArguments(
                "Orders.Functions",
                "FunctionsEnableWorkerIndexing",
                "the worker reports no source-generated function metadata at start-up and the functions are indexed from functions.metadata instead"));
    }

    [Fact]
    public Task Worker_defaults_are_not_reported()
    {
        return Verify<WorkerSourceGenerationOffAnalyzer>(AzureStubs.Default, OutputKind.ConsoleApplication, Program, Properties(), null);
    }

    private static MetadataReference Assembly(string name, string version)
        => Handlers.HandBuiltProjects.Library(name, $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]");

    /// <summary>COLD703 on Program.cs, against a worker assembly of <paramref name="workerVersion"/>, with or without ASP.NET Core.</summary>
    private static AnalyzerVerifier<WorkerDependenciesOutdatedAnalyzer>.Test DependenciesTest(string workerVersion, bool withAspNetCore, string? projectFile)
    {
        var test = new AnalyzerVerifier<WorkerDependenciesOutdatedAnalyzer>.Test(AzureStubs.Default) { TestCode = Program };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.Add(Assembly("Microsoft.Azure.Functions.Worker", workerVersion));
        if (withAspNetCore)
        {
            test.TestState.AdditionalReferences.Add(Assembly("Microsoft.AspNetCore.Http.Abstractions", "8.0.0.0"));
        }

        if (projectFile is not null)
        {
            test.TestState.AdditionalFiles.Add((ProjectFilePath, projectFile));
        }

        test.TestState.AnalyzerConfigFiles.Add(
            ("/.globalconfig", "is_global = true\n" + string.Concat(Properties().Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
        return test;
    }

    [Fact]
    public Task A_worker_older_than_1_19_and_no_ASP_NET_Core_framework_reference_are_reported_together()
    {
        var test = DependenciesTest("1.18.0.0", withAspNetCore: false, projectFile: null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WorkerDependenciesOutdated).WithArguments(
            "Orders.Functions",
            "references Microsoft.Azure.Functions.Worker 1.18.0 and has no framework reference to Microsoft.AspNetCore.App",
            "update Microsoft.Azure.Functions.Worker to 1.19.0 or later and Microsoft.Azure.Functions.Worker.Sdk to 1.16.4 or later, "
                + "and add <FrameworkReference Include=\"Microsoft.AspNetCore.App\" /> to its project file"));
        return test.RunAsync();
    }

    [Fact]
    public Task Old_worker_and_worker_sdk_versions_the_project_file_asks_for_are_reported_at_its_target_framework()
    {
        // The Worker SDK is a build-time package: only the project file shows its version. The worker's is shown by the
        // file too (here the compilation references a current worker, as an evaluation that cannot restore 1.14 would).
        const string projectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <OutputType>Exe</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="1.14.1" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" OutputItemType="Analyzer">
                  <Version>1.10.0-preview2</Version>
                </PackageReference>
                <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.Http" Version="3.0.13" />
              </ItemGroup>
            </Project>
            """;
        var test = DependenciesTest("2.52.0.0", withAspNetCore: true, projectFile);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WorkerDependenciesOutdated).WithSpan(ProjectFilePath, 3, 5, 3, 46).WithArguments(
            "Orders.Functions",
            "references Microsoft.Azure.Functions.Worker 1.14.1 and references Microsoft.Azure.Functions.Worker.Sdk 1.10.0",
            "update Microsoft.Azure.Functions.Worker to 1.19.0 or later and Microsoft.Azure.Functions.Worker.Sdk to 1.16.4 or later"));
        return test.RunAsync();
    }

    [Fact]
    public Task Current_versions_in_the_project_file_are_not_reported()
    {
        const string projectFile = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="2.0.0" />
                <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" Version="$(WorkerSdkVersion)" />
              </ItemGroup>
            </Project>
            """;
        var test = DependenciesTest("2.0.0.0", withAspNetCore: true, projectFile);
        return test.RunAsync();
    }

    [Fact]
    public Task An_ASP_NET_Core_2_package_does_not_stand_in_for_the_framework_reference()
    {
        // Microsoft.AspNetCore.Cors 2.3.0 brings Microsoft.AspNetCore.Http.Abstractions 2.3.0, not the shared framework.
        var test = DependenciesTest("1.19.0.0", withAspNetCore: false, projectFile: null);
        test.TestState.AdditionalReferences.Add(Assembly("Microsoft.AspNetCore.Http.Abstractions", "2.3.0.0"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WorkerDependenciesOutdated).WithArguments(
            "Orders.Functions",
            "has no framework reference to Microsoft.AspNetCore.App",
            "add <FrameworkReference Include=\"Microsoft.AspNetCore.App\" /> to its project file"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_current_worker_with_the_ASP_NET_Core_framework_reference_is_not_reported()
    {
        var test = DependenciesTest("2.52.0.0", withAspNetCore: true, projectFile: null);
        return test.RunAsync();
    }

    /// <summary>The Azure project rules never fire on a Lambda function, whatever its settings.</summary>
    [Fact]
    public async Task Azure_project_rules_stay_off_on_a_Lambda_function()
    {
        const string lambda = """
            using Amazon.Lambda.Core;

            public class Function
            {
                public string Handle(string input, ILambdaContext context) => input;
            }
            """;
        var properties = Properties(("AWSProjectType", "Lambda"), ("FunctionsEnableExecutorSourceGen", "false"));
        await Verify<AzureReadyToRunOffAnalyzer>(LambdaStubs.Default, OutputKind.DynamicallyLinkedLibrary, lambda, properties, null);
        await Verify<WorkerSourceGenerationOffAnalyzer>(LambdaStubs.Default, OutputKind.DynamicallyLinkedLibrary, lambda, properties, null);
        await Verify<WorkerDependenciesOutdatedAnalyzer>(LambdaStubs.Default, OutputKind.ConsoleApplication, lambda + "\nclass P { static void Main() { } }",
            properties, null);
    }
}
