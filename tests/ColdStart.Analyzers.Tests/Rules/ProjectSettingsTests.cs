using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ColdStart.Analyzers.Tests.Rules;

public class ProjectSettingsTests
{
    private const string Handler = """
        using Amazon.Lambda.Core;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => input;
        }
        """;

    private const string LibraryWithoutHandler = """
        public class OrderDto
        {
            public string Id { get; set; } = "";
        }
        """;

    private static Dictionary<string, string> Properties(params (string Key, string Value)[] set)
    {
        var properties = new Dictionary<string, string>
        {
            ["MSBuildProjectName"] = "Orders.Function",
            ["AWSProjectType"] = "Lambda",
            ["TargetFramework"] = "net8.0",
            ["PublishReadyToRun"] = "",
            ["PublishReadyToRunComposite"] = "",
            ["PublishAot"] = "",
            ["PublishTrimmed"] = "",
            ["SelfContained"] = "",
            ["InvariantGlobalization"] = "",
            ["TieredCompilation"] = "",
            ["TieredCompilationQuickJit"] = "",
            ["TieredCompilationQuickJitForLoops"] = "",
        };
        foreach (var (key, value) in set)
        {
            properties[key] = value;
        }

        return properties;
    }

    private const string AddReadyToRun = "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file";

    private const string ProjectFilePath = "/src/Orders.Function/Orders.Function.csproj";

    [Fact]
    public Task ReadyToRun_off_is_reported_once_with_the_project_name()
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("PublishReadyToRunComposite", "true")),
            new (string, string)[0],
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments("Orders.Function", AddReadyToRun));
    }

    [Fact]
    public Task ReadyToRun_off_is_reported_at_the_target_framework_of_a_visible_project_file()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <AWSProjectType>Lambda</AWSProjectType>
              </PropertyGroup>
            </Project>
            """;
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(),
            new[] { (ProjectFilePath, project) },
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(ProjectFilePath, 3, 5, 3, 46).WithArguments("Orders.Function", AddReadyToRun));
    }

    [Fact]
    public Task An_explicit_false_is_where_ReadyToRun_off_is_reported()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <!-- <PublishReadyToRun>true</PublishReadyToRun> helps cold start -->
                <PublishReadyToRun>false</PublishReadyToRun>
              </PropertyGroup>
            </Project>
            """;
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("PublishReadyToRun", "false")),
            new[] { (ProjectFilePath, project) },
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(ProjectFilePath, 5, 5, 5, 49).WithArguments("Orders.Function", AddReadyToRun));
    }

    [Theory]
    [InlineData("<PublishReadyToRun Condition=\"'$(Configuration)' == 'Release'\">true</PublishReadyToRun>")]
    [InlineData("<PublishAot Condition=\"'$(Configuration)' == 'Release'\">true</PublishAot>")]
    public Task A_publish_setting_under_a_condition_the_build_does_not_meet_still_counts(string element)
    {
        // The analyzers run in a Debug build, where the Release-only property evaluates to empty.
        var project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    "
            + element + "\n  </PropertyGroup>\n</Project>\n";
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(Handler, Properties(), new[] { (ProjectFilePath, project) });
    }

    [Theory]
    [InlineData("/p:PublishReadyToRun=true")]
    [InlineData("--self-contained false -p:PublishReadyToRun=true")]
    public Task ReadyToRun_in_the_lambda_tools_msbuild_parameters_counts(string parameters)
    {
        var defaults = "{ \"function-handler\": \"TestProject::Function::Handle\", \"msbuild-parameters\": \"" + parameters + "\" }";
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("MSBuildProjectDirectory", "/src/Orders.Function")),
            new[] { ("/src/Orders.Function/aws-lambda-tools-defaults.json", defaults) });
    }

    [Theory]
    [InlineData("PublishReadyToRun")]
    [InlineData("PublishAot")]
    public Task ReadyToRun_or_native_aot_satisfies_the_rule(string property)
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(Handler, Properties((property, "true")), new (string, string)[0]);
    }

    [Theory]
    [InlineData("netcoreapp2.1")]
    [InlineData("netcoreapp1.0")]
    public Task A_function_on_netcoreapp_before_3_is_told_to_retarget(string targetFramework)
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("TargetFramework", targetFramework)),
            new (string, string)[0],
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments(
                "Orders.Function",
                $"ReadyToRun needs .NET Core 3.0 or later, so retarget it from {targetFramework} to a supported Lambda runtime (net8.0 or later) and "
                + "add <PublishReadyToRun>true</PublishReadyToRun>"));
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net48")]
    public Task Libraries_and_dotnet_framework_targets_are_skipped(string targetFramework)
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler, Properties(("TargetFramework", targetFramework)), new (string, string)[0]);
    }

    [Fact]
    public Task Projects_that_are_not_serverless_or_do_not_expose_settings_are_skipped()
    {
        return Task.WhenAll(
            Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
                LibraryWithoutHandler, Properties(("AWSProjectType", "")), new (string, string)[0]),
            Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
                Handler, new Dictionary<string, string> { ["TargetFramework"] = "net8.0" }, new (string, string)[0]));
    }

    [Fact]
    public Task An_executable_that_hosts_a_handler_on_the_lambda_runtime_is_a_function_unless_it_runs_one_against_the_test_utilities()
    {
        var runtime = Infrastructure.LibraryImage.Build("Amazon.Lambda.RuntimeSupport", "namespace Amazon.Lambda.RuntimeSupport { public class Marker { } }");
        var testUtilities = Infrastructure.LibraryImage.Build(
            "Amazon.Lambda.TestUtilities", "namespace Amazon.Lambda.TestUtilities { public class Marker { } }");
        const string Bootstrap = """
            using Amazon.Lambda.RuntimeSupport;
            using Amazon.Lambda.Serialization.SystemTextJson;

            await LambdaBootstrapBuilder.Create<string, string>((input, context) => input, new DefaultLambdaJsonSerializer()).Build().RunAsync();
            """;
        // A local console that calls a function's handler itself gets the runtime package through the function's project.
        var functionProject = Infrastructure.LibraryImage.Build(
            "Orders.Lambda", "namespace Orders { public class Function { public string Handle(string input) => input; } }");
        const string LocalRunner = "System.Console.WriteLine(new Orders.Function().Handle(\"{}\"));";
        Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.Test Executable(string code, params MetadataReference[] references)
        {
            var test = new Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.Test(Infrastructure.LambdaStubs.Default)
            {
                TestCode = code,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            test.TestState.AdditionalReferences.AddRange(references);
            var globalConfig = "is_global = true\n" + string.Concat(Properties(("AWSProjectType", "")).Select(p => $"build_property.{p.Key} = {p.Value}\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
            return test;
        }

        var function = Executable(Bootstrap, runtime);
        function.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments("Orders.Function", AddReadyToRun));
        return Task.WhenAll(
            function.RunAsync(), Executable(Bootstrap, runtime, testUtilities).RunAsync(), Executable(LocalRunner, runtime, functionProject).RunAsync());
    }

    [Fact]
    public Task A_class_library_with_handler_code_is_not_the_published_function()
    {
        // Shared startup code and base classes reference Lambda types, but their publish settings belong to the
        // function project that references them.
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(Handler, Properties(("AWSProjectType", "")), new (string, string)[0]);
    }

    [Fact]
    public Task A_class_library_whose_handler_assembly_names_its_lambda_serializer_is_a_function_without_AWSProjectType()
    {
        // Projects older than the templates' AWSProjectType say what they are with [assembly: LambdaSerializer], which the
        // runtime reads from the assembly it loads the handler from.
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler.Replace(
                "public class Function",
                "[assembly: LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]\n\npublic class Function"),
            Properties(("AWSProjectType", "")),
            new (string, string)[0],
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments("Orders.Function", AddReadyToRun));
    }

    // The serializer can sit on the handler method instead of the assembly; the runtime reads it there. Not on an abstract
    // base class's handler: a library of base classes for functions, whose derived projects are what gets deployed.
    [Theory]
    [InlineData("public class Function", true)]
    [InlineData("public abstract class Function", false)]
    public Task A_class_library_whose_handler_method_names_its_lambda_serializer_is_a_function_unless_the_handler_is_abstract(
        string declaration, bool isFunction)
    {
        var expected = isFunction
            ? new[] { new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments("Orders.Function", AddReadyToRun) }
            : new DiagnosticResult[0];
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler.Replace("public class Function", declaration).Replace(
                "    public string Handle",
                "    [LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]\n    public string Handle"),
            Properties(("AWSProjectType", "")),
            new (string, string)[0],
            expected);
    }

    [Theory]
    [InlineData("/src/Orders/aws-lambda-tools-defaults.json", "{ \"function-handler\": \"TestProject::Function::Handle\" }")]
    [InlineData(
        "/template.yaml", "Resources:\n  Orders:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: TestProject::Function::Handle\n")]
    public Task A_project_a_deployment_file_deploys_is_a_function_without_AWSProjectType(string path, string content)
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("AWSProjectType", "")),
            new[] { (path, content) },
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments("Orders.Function", AddReadyToRun));
    }

    [Fact]
    public Task A_template_that_deploys_other_assemblies_does_not_make_a_library_a_function()
    {
        return Infrastructure.AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("AWSProjectType", "")),
            new[] { ("/template.yaml",
                "Resources:\n  Orders:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: Orders.Function::Orders.Function::Handle\n") });
    }

    [Fact]
    public Task Self_contained_without_trimming_is_reported()
    {
        return Task.WhenAll(
            Infrastructure.AnalyzerVerifier<SelfContainedWithoutTrimmingAnalyzer>.VerifyProjectAsync(
                Handler,
                Properties(("SelfContained", "true")),
                new (string, string)[0],
                new DiagnosticResult(Descriptors.SelfContainedWithoutTrimming).WithArguments("Orders.Function")),
            Infrastructure.AnalyzerVerifier<SelfContainedWithoutTrimmingAnalyzer>.VerifyProjectAsync(
                Handler, Properties(("SelfContained", "true"), ("PublishTrimmed", "true")), new (string, string)[0]),
            Infrastructure.AnalyzerVerifier<SelfContainedWithoutTrimmingAnalyzer>.VerifyProjectAsync(
                Handler, Properties(("SelfContained", "false")), new (string, string)[0]));
    }

    [Fact]
    public Task Culture_data_is_not_reported_for_a_project_that_uses_the_sql_server_client()
    {
        // Microsoft.Data.SqlClient throws under invariant globalization: the culture data is needed there.
        var sqlClient = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "Microsoft.Data.SqlClient",
                new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Microsoft.Data.SqlClient { public class SqlConnection { } }") },
                Infrastructure.TestSetup.References,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();
        var test = new Infrastructure.AnalyzerVerifier<CultureDataLoadedAnalyzer>.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => input + new Microsoft.Data.SqlClient.SqlConnection();
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(sqlClient);
        test.TestState.AnalyzerConfigFiles.Add(
            ("/.globalconfig", "is_global = true\n" + string.Concat(Properties().Select(p => $"build_property.{p.Key} = {p.Value}\n"))));
        return test.RunAsync();
    }

    [Fact]
    public Task Culture_data_is_reported_unless_invariant_or_a_named_culture_is_used()
    {
        return Task.WhenAll(
            Infrastructure.AnalyzerVerifier<CultureDataLoadedAnalyzer>.VerifyProjectAsync(
                Handler,
                Properties(),
                new (string, string)[0],
                new DiagnosticResult(Descriptors.CultureDataLoaded).WithArguments("Orders.Function")),
            Infrastructure.AnalyzerVerifier<CultureDataLoadedAnalyzer>.VerifyProjectAsync(
                Handler, Properties(("InvariantGlobalization", "true")), new (string, string)[0]),
            Infrastructure.AnalyzerVerifier<CultureDataLoadedAnalyzer>.VerifyProjectAsync(
                """
                using System.Globalization;
                using Amazon.Lambda.Core;

                public class Function
                {
                    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

                    public string Handle(decimal total, ILambdaContext context) => total.ToString("C", German);
                }
                """,
                Properties(),
                new (string, string)[0]));
    }

    [Fact]
    public Task Tiered_compilation_switches_off_are_reported_per_property_and_in_runtimeconfig_template()
    {
        return Infrastructure.AnalyzerVerifier<TieredCompilationOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("TieredCompilation", "false"), ("TieredCompilationQuickJit", "true"), ("TieredCompilationQuickJitForLoops", "false")),
            new[]
            {
                ("/0/runtimeconfig.template.json",
                    "{\n  \"configProperties\": {\n    \"System.Runtime.TieredPGO\": false,\n    \"System.Runtime.TieredCompilation.QuickJit\": "
                    + "false\n  }\n}\n"),
            },
            new DiagnosticResult(Descriptors.TieredCompilationOff).WithArguments("Orders.Function", "TieredCompilation"),
            new DiagnosticResult(Descriptors.TieredCompilationOff).WithArguments("Orders.Function", "TieredCompilationQuickJitForLoops"),
            new DiagnosticResult(Descriptors.TieredCompilationOff).WithSpan("/0/runtimeconfig.template.json", 4, 50, 4, 55)
                .WithArguments("Orders.Function", "System.Runtime.TieredCompilation.QuickJit"));
    }

    [Fact]
    public Task A_tiered_compilation_switch_is_reported_at_its_element_in_a_visible_project_file()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <TieredCompilation>false</TieredCompilation>
              </PropertyGroup>
            </Project>
            """;
        return Infrastructure.AnalyzerVerifier<TieredCompilationOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("TieredCompilation", "false")),
            new[] { (ProjectFilePath, project) },
            new DiagnosticResult(Descriptors.TieredCompilationOff).WithSpan(ProjectFilePath, 4, 5, 4, 49)
                .WithArguments("Orders.Function", "TieredCompilation"));
    }

    [Fact]
    public Task Low_memory_is_reported_at_the_setting_in_each_deployment_file()
    {
        const string template = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                MemorySize: 1024 # plenty
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: Orders::Orders.Function::Handle
                  MemorySize: 256
                  Events:
                    - Type: Api
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  MemorySize: 128
            """;
        const string serverless = """
            {
              "Resources": {
                "Api": { "Type": "AWS::Lambda::Function", "Properties": { "MemorySize": 384 } },
                "Big": { "Type": "AWS::Lambda::Function", "Properties": { "MemorySize": 2048 } }
              }
            }
            """;
        const string defaults = """
            {
              "profile": "default",
              "function-memory-size": 128,
              "function-timeout": 30
            }
            """;
        return Infrastructure.AnalyzerVerifier<MemoryStarvesCpuAnalyzer>.VerifyProjectAsync(
            """
            using Amazon.Lambda.Annotations;

            public class Functions
            {
                [LambdaFunction(MemorySize = 256, Timeout = 30)]
                public string Get() => "ok";

                [LambdaFunction(MemorySize = 1024)]
                public string Post() => "ok";
            }
            """,
            Properties(),
            new[] { ("/0/template.yaml", template), ("/0/serverless.template", serverless), ("/0/aws-lambda-tools-defaults.json", defaults),
                ("/0/notes.json", defaults) },
            new DiagnosticResult(Descriptors.MemoryStarvesCpu).WithSpan(5, 21, 5, 37).WithArguments("[LambdaFunction] on 'Get'", 256),
            new DiagnosticResult(Descriptors.MemoryStarvesCpu).WithSpan("/0/aws-lambda-tools-defaults.json", 3, 27, 3, 30)
                .WithArguments("aws-lambda-tools-defaults.json (function-memory-size)", 128),
            new DiagnosticResult(Descriptors.MemoryStarvesCpu).WithSpan("/0/serverless.template", 3, 77, 3, 80)
                .WithArguments("serverless.template (Api.Properties.MemorySize)", 384),
            new DiagnosticResult(Descriptors.MemoryStarvesCpu).WithSpan("/0/template.yaml", 11, 19, 11, 22)
                .WithArguments("template.yaml (OrdersFunction.Properties.MemorySize)", 256));
    }

    [Fact]
    public Task A_template_above_the_project_speaks_only_for_the_functions_it_deploys_from_this_assembly()
    {
        const string template = """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: TestProject::Function::Handle
                  MemorySize: 256
              BillingFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: Billing::Billing.Function::Handle
                  MemorySize: 128
            """;
        return Infrastructure.AnalyzerVerifier<MemoryStarvesCpuAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("MSBuildProjectDirectory", "/repo/src/Orders")),
            new[] { ("/repo/template.yaml", template) },
            new DiagnosticResult(Descriptors.MemoryStarvesCpu).WithSpan("/repo/template.yaml", 6, 19, 6, 22)
                .WithArguments("template.yaml (OrdersFunction.Properties.MemorySize)", 256));
    }

    [Theory]
    [InlineData("{ \"function-memory-size\": 128 ")]
    [InlineData("{ \"function-memory-size\" 128 }")]
    [InlineData("Resources:\n\tFn:\n\t\tType: AWS::Serverless::Function\n\t\tProperties:\n\t\t\tMemorySize: 128\n")]
    [InlineData("")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    public Task Malformed_files_give_no_report_and_no_crash(string content)
    {
        return Infrastructure.AnalyzerVerifier<MemoryStarvesCpuAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(),
            new[] { ("/0/aws-lambda-tools-defaults.json", content), ("/0/template.yaml", content), ("/0/serverless.template", content) });
    }
}
