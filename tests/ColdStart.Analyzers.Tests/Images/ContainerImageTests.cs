using System.Collections.Generic;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ColdStart.Analyzers.Tests.Images;

/// <summary>
/// The image rules (COLD406-408) and COLD401/402 for a function whose Dockerfile runs the publish. The Dockerfiles are
/// written for these tests in the shapes public .NET functions use (corpus/dockerfiles.md lists real ones).
/// </summary>
public class ContainerImageTests
{
    private const string Handler = """
        using Amazon.Lambda.Core;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => input;
        }
        """;

    private const string DockerfilePath = "/src/Orders.Function/Dockerfile";

    /// <summary>The naive sample's hazards, in an image: one stage on the SDK that builds in place, ReadyToRun off.</summary>
    private const string NaiveDockerfile = """
        # Orders function, built the quick way
        FROM mcr.microsoft.com/dotnet/sdk:8.0
        WORKDIR /var/task
        COPY . .
        RUN dotnet publish Orders.Function.csproj -c Release -o /var/task \
            -p:PublishReadyToRun=false
        CMD ["TestProject::Function::Handle"]
        """;

    /// <summary>A multi-stage build with ARG-parameterised images, --platform, comments and continuations, ReadyToRun on.</summary>
    private const string CleanDockerfile = """
        # syntax=docker/dockerfile:1
        ARG DOTNET_VERSION=8
        ARG LAMBDA_IMAGE=public.ecr.aws/lambda/dotnet:${DOTNET_VERSION}

        FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}.0 AS build
        WORKDIR /src
        COPY ["Orders.Function.csproj", "./"]
        RUN dotnet restore "Orders.Function.csproj" -r linux-x64
        COPY . .
        RUN dotnet build "Orders.Function.csproj" -c Release -o /app/build

        FROM build AS publish
        # ReadyToRun needs a runtime identifier
        RUN dotnet publish "Orders.Function.csproj" \
              --configuration Release \
              --runtime linux-x64 \
              --self-contained false \
              # the output the final stage copies
              --output /app/publish \
              -p:PublishReadyToRun=true

        FROM ${LAMBDA_IMAGE} AS final
        WORKDIR /var/task
        COPY --from=publish /app/publish .
        CMD ["TestProject::Function::Handle"]
        """;

    private static Dictionary<string, string> Properties(params (string Key, string Value)[] set)
    {
        var properties = new Dictionary<string, string>
        {
            ["MSBuildProjectName"] = "Orders.Function",
            ["MSBuildProjectDirectory"] = "/src/Orders.Function",
            ["AWSProjectType"] = "Lambda",
            ["TargetFramework"] = "net8.0",
            ["PublishReadyToRun"] = "",
            ["PublishAot"] = "",
            ["PublishTrimmed"] = "",
            ["SelfContained"] = "",
        };
        foreach (var (key, value) in set)
        {
            properties[key] = value;
        }

        return properties;
    }

    private static Task Verify<TAnalyzer>(string dockerfile, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        return AnalyzerVerifier<TAnalyzer>.VerifyProjectAsync(Handler, Properties(), new[] { (DockerfilePath, dockerfile) }, expected);
    }

    [Fact]
    public Task The_naive_image_ships_the_sdk_at_its_from_line()
    {
        return Verify<SdkInFunctionImageAnalyzer>(
            NaiveDockerfile,
            new DiagnosticResult(Descriptors.SdkInFunctionImage).WithSpan(DockerfilePath, 2, 6, 2, 38)
                .WithArguments("Dockerfile", "mcr.microsoft.com/dotnet/sdk:8.0"));
    }

    [Fact]
    public Task The_naive_image_builds_in_its_final_stage_at_the_publish()
    {
        return Verify<BuildInFinalImageStageAnalyzer>(
            NaiveDockerfile,
            new DiagnosticResult(Descriptors.BuildInFinalImageStage).WithSpan(DockerfilePath, 5, 5, 5, 19).WithArguments("Dockerfile", "dotnet publish"));
    }

    [Fact]
    public Task The_naive_image_is_not_on_a_lambda_base_image()
    {
        return Verify<NotLambdaBaseImageAnalyzer>(
            NaiveDockerfile,
            new DiagnosticResult(Descriptors.NotLambdaBaseImage).WithSpan(DockerfilePath, 2, 6, 2, 38)
                .WithArguments("Dockerfile", "mcr.microsoft.com/dotnet/sdk:8.0"));
    }

    [Fact]
    public Task The_naive_image_switches_ReadyToRun_off_on_the_continuation_line()
    {
        return Verify<ReadyToRunOffAnalyzer>(
            NaiveDockerfile,
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(DockerfilePath, 6, 5, 6, 31).WithArguments(
                "Orders.Function", "the dotnet publish in Dockerfile switches it off: pass -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64)"));
    }

    [Fact]
    public Task A_multi_stage_build_on_the_lambda_base_image_with_ReadyToRun_is_clean()
    {
        return Task.WhenAll(
            Verify<SdkInFunctionImageAnalyzer>(CleanDockerfile),
            Verify<BuildInFinalImageStageAnalyzer>(CleanDockerfile),
            Verify<NotLambdaBaseImageAnalyzer>(CleanDockerfile),
            Verify<ReadyToRunOffAnalyzer>(CleanDockerfile),
            Verify<SelfContainedWithoutTrimmingAnalyzer>(CleanDockerfile));
    }

    [Fact]
    public Task A_publish_that_never_switches_ReadyToRun_on_is_reported_at_the_publish()
    {
        var dockerfile = CleanDockerfile.Replace(" \\\n      -p:PublishReadyToRun=true", string.Empty);
        return Verify<ReadyToRunOffAnalyzer>(
            dockerfile,
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(DockerfilePath, 14, 5, 14, 19).WithArguments(
                "Orders.Function",
                "add -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64) to the dotnet publish in Dockerfile, "
                + "or <PublishReadyToRun>true</PublishReadyToRun> to the project file"));
    }

    [Fact]
    public Task A_publish_that_leaves_ReadyToRun_to_a_project_file_that_switches_it_on_is_not_reported()
    {
        var dockerfile = CleanDockerfile.Replace(" \\\n      -p:PublishReadyToRun=true", string.Empty);
        return AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler, Properties(("PublishReadyToRun", "true")), new[] { (DockerfilePath, dockerfile) });
    }

    [Fact]
    public Task The_deploy_tools_msbuild_parameters_do_not_reach_the_dockerfile_publish()
    {
        var dockerfile = CleanDockerfile.Replace(" \\\n      -p:PublishReadyToRun=true", string.Empty);
        return AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(),
            new[]
            {
                (DockerfilePath, dockerfile),
                ("/src/Orders.Function/aws-lambda-tools-defaults.json", "{ \"msbuild-parameters\": \"-p:PublishReadyToRun=true\" }"),
            },
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(DockerfilePath, 14, 5, 14, 19).WithArguments(
                "Orders.Function",
                "add -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64) to the dotnet publish in Dockerfile, "
                + "or <PublishReadyToRun>true</PublishReadyToRun> to the project file"));
    }

    [Theory]
    [InlineData("/p:PublishReadyToRun=false", 5, 28, 5, 54)]
    [InlineData("--property:PublishReadyToRun=false", 5, 28, 5, 62)]
    [InlineData("-p \"PublishReadyToRun=false\"", 5, 28, 5, 56)]
    [InlineData("\"-p:PublishTrimmed=false;PublishReadyToRun=false\"", 5, 28, 5, 77)]
    public Task Every_way_of_passing_the_property_is_read(string property, int line, int column, int endLine, int endColumn)
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\n"
            + "RUN dotnet restore && \\\n    dotnet publish -o /out " + property + " && echo done\n"
            + "FROM public.ecr.aws/lambda/dotnet:8\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCMD [\"TestProject::Function::Handle\"]\n";
        return AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
            Handler,
            Properties(("PublishReadyToRun", "true")),
            new[] { (DockerfilePath, dockerfile) },
            new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan(DockerfilePath, line, column, endLine, endColumn).WithArguments(
                "Orders.Function", "the dotnet publish in Dockerfile switches it off: pass -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64)"));
    }

    [Fact]
    public Task An_image_that_copies_a_build_made_elsewhere_leaves_ReadyToRun_to_the_project()
    {
        const string dockerfile = """
            FROM public.ecr.aws/lambda/dotnet:8
            COPY bin/Release/lambda-publish/ ${LAMBDA_TASK_ROOT}
            CMD ["TestProject::Function::Handle"]
            """;
        return Task.WhenAll(
            Verify<ReadyToRunOffAnalyzer>(
                dockerfile,
                new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments(
                    "Orders.Function", "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file")),
            Verify<NotLambdaBaseImageAnalyzer>(dockerfile),
            Verify<BuildInFinalImageStageAnalyzer>(dockerfile),
            Verify<SdkInFunctionImageAnalyzer>(dockerfile));
    }

    [Fact]
    public Task A_self_contained_publish_without_trimming_is_reported_at_its_switch()
    {
        var dockerfile = CleanDockerfile.Replace("--self-contained false", "--self-contained true");
        return Task.WhenAll(
            Verify<SelfContainedWithoutTrimmingAnalyzer>(
                dockerfile,
                new DiagnosticResult(Descriptors.SelfContainedWithoutTrimming).WithSpan(DockerfilePath, 17, 7, 17, 28).WithArguments("Orders.Function")),
            Verify<SelfContainedWithoutTrimmingAnalyzer>(dockerfile.Replace("-p:PublishReadyToRun=true", "-p:PublishReadyToRun=true -p:PublishTrimmed=true")),
            // The Dockerfile's framework-dependent publish decides over the project's SelfContained.
            AnalyzerVerifier<SelfContainedWithoutTrimmingAnalyzer>.VerifyProjectAsync(
                Handler, Properties(("SelfContained", "true")), new[] { (DockerfilePath, CleanDockerfile) }));
    }

    [Fact]
    public Task A_final_stage_built_from_the_build_stage_carries_the_sdk_and_the_build()
    {
        const string dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            WORKDIR /var/task
            COPY . .
            RUN dotnet publish -c Release -o /var/task -r linux-x64 -p:PublishReadyToRun=true

            FROM build AS final
            CMD ["TestProject::Function::Handle"]
            """;
        return Task.WhenAll(
            Verify<SdkInFunctionImageAnalyzer>(
                dockerfile,
                new DiagnosticResult(Descriptors.SdkInFunctionImage).WithSpan(DockerfilePath, 6, 6, 6, 11)
                    .WithArguments("Dockerfile", "mcr.microsoft.com/dotnet/sdk:8.0")),
            Verify<BuildInFinalImageStageAnalyzer>(
                dockerfile,
                new DiagnosticResult(Descriptors.BuildInFinalImageStage).WithSpan(DockerfilePath, 4, 5, 4, 19).WithArguments("Dockerfile", "dotnet publish")));
    }

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-alpine")]
    [InlineData("public.ecr.aws/lambda/provided:al2023")]
    [InlineData("debian:bookworm-slim")]
    [InlineData("public.ecr.aws/amazonlinux/amazonlinux:2023")]
    public Task A_class_library_function_on_an_image_without_the_runtime_client_is_reported(string image)
    {
        var dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out -r linux-x64 -p:PublishReadyToRun=true\n"
            + "FROM " + image + "\nWORKDIR /var/task\nCOPY --from=build /out .\nCMD [\"TestProject::Function::Handle\"]\n";
        return Verify<NotLambdaBaseImageAnalyzer>(
            dockerfile,
            new DiagnosticResult(Descriptors.NotLambdaBaseImage).WithSpan(DockerfilePath, 3, 6, 3, 6 + image.Length).WithArguments("Dockerfile", image));
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime:8.0\nCOPY --from=build /out /var/task\n"
        + "ENTRYPOINT [\"dotnet\", \"/var/task/Amazon.Lambda.RuntimeSupport.dll\"]\nCMD [\"TestProject::Function::Handle\"]\n")]
    [InlineData("FROM amazon/aws-lambda-dotnet:8\nCOPY --from=build /out /var/task\nCMD [\"TestProject::Function::Handle\"]\n")]
    [InlineData("FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/platform/lambda-dotnet:8\nCOPY --from=build /out /var/task\n")]
    [InlineData("ARG BASE\nFROM ${BASE}\nCOPY --from=build /out /var/task\n")]
    [InlineData("FROM aws-lambda-dotnet:local\nCOPY --from=build /out /var/task\nCMD [\"TestProject::Function::Handle\"]\n")]
    public Task A_lambda_base_an_added_runtime_client_or_an_image_it_cannot_judge_is_not_reported(string finalStage)
    {
        var dockerfile = finalStage.StartsWith("ARG", System.StringComparison.Ordinal)
            ? finalStage
            : "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out\n" + finalStage;
        return Verify<NotLambdaBaseImageAnalyzer>(dockerfile);
    }

    [Fact]
    public Task A_dockerfile_that_is_not_a_lambda_image_is_not_judged()
    {
        // A local development container next to the function: no Lambda base image, handler or task root.
        const string dockerfile = "FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /app\nCOPY . .\nRUN dotnet build\nENTRYPOINT [\"dotnet\", \"watch\"]\n";
        return Task.WhenAll(
            Verify<SdkInFunctionImageAnalyzer>(dockerfile),
            Verify<BuildInFinalImageStageAnalyzer>(dockerfile),
            Verify<NotLambdaBaseImageAnalyzer>(dockerfile));
    }

    // A CDK app builds each function's image from one Dockerfile above the projects, naming the project by a build argument.
    private const string SharedDockerfile = """
        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
        ARG FUNCTION_NAME
        WORKDIR /src
        COPY . .
        RUN dotnet publish "Functions/$FUNCTION_NAME/$FUNCTION_NAME.csproj" -c Release -r linux-x64 --self-contained false \
              -o /app/publish -p:PublishReadyToRun=true

        FROM public.ecr.aws/lambda/dotnet:8
        WORKDIR /var/task
        COPY --from=build /app/publish .
        """;

    [Fact]
    public Task A_shared_dockerfile_above_the_project_that_publishes_the_project_a_build_argument_names_is_the_functions()
    {
        var withoutReadyToRun = SharedDockerfile.Replace(" -p:PublishReadyToRun=true", string.Empty);
        return Task.WhenAll(
            AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(Handler, Properties(), new[] { ("/src/Dockerfile", SharedDockerfile) }),
            AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
                Handler,
                Properties(),
                new[] { ("/src/Dockerfile", withoutReadyToRun) },
                new DiagnosticResult(Descriptors.ReadyToRunOff).WithSpan("/src/Dockerfile", 5, 5, 5, 19).WithArguments(
                    "Orders.Function",
                    "add -p:PublishReadyToRun=true (with -r linux-x64 or linux-arm64) to the dotnet publish in Dockerfile, "
                    + "or <PublishReadyToRun>true</PublishReadyToRun> to the project file")),
            AnalyzerVerifier<ReadyToRunOffAnalyzer>.VerifyProjectAsync(
                Handler,
                Properties(),
                new[] { ("/src/Dockerfile", withoutReadyToRun.Replace("Functions/$FUNCTION_NAME/$FUNCTION_NAME.csproj", "Billing/Billing.csproj")) },
                new DiagnosticResult(Descriptors.ReadyToRunOff).WithArguments(
                    "Orders.Function", "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file")));
    }

    [Fact]
    public Task A_container_that_only_builds_the_zip_on_a_sam_build_image_is_not_the_function_image()
    {
        const string Bundling = """
            FROM public.ecr.aws/sam/build-dotnet8:latest-x86_64
            WORKDIR /var/task
            COPY . .
            RUN dotnet publish Orders.Function.csproj -c Release -r linux-x64 -o /asset
            """;
        return Task.WhenAll(
            Verify<SdkInFunctionImageAnalyzer>(Bundling),
            Verify<BuildInFinalImageStageAnalyzer>(Bundling),
            Verify<NotLambdaBaseImageAnalyzer>(Bundling));
    }

    [Fact]
    public Task A_class_library_that_is_not_the_function_gets_no_image_report()
    {
        return AnalyzerVerifier<SdkInFunctionImageAnalyzer>.VerifyProjectAsync(
            "public class OrderDto { public string Id { get; set; } = \"\"; }",
            Properties(("AWSProjectType", "")),
            new[] { ("/src/Orders.Function/Dockerfile", NaiveDockerfile.Replace("TestProject::", "Other::")) });
    }

    [Theory]
    [InlineData("")]
    [InlineData("RUN dotnet publish -p:PublishReadyToRun=false\nFROM mcr.microsoft.com/dotnet/sdk:8.0\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nMAKE dotnet publish\nCMD [\"TestProject::Function::Handle\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN <<EOF\ndotnet publish -p:PublishReadyToRun=false\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS\nCMD [\"TestProject::Function::Handle\"]\n")]
    [InlineData("\\\n\\\n[[[\n\"\"\"\n${${${\n")]
    public Task A_dockerfile_the_parser_cannot_read_gets_no_report_and_no_crash(string dockerfile)
    {
        // Every one of these would be reported if it were read; unread, the project file decides COLD401 as usual.
        var projectFileReport = new DiagnosticResult(Descriptors.ReadyToRunOff)
            .WithArguments("Orders.Function", "add <PublishReadyToRun>true</PublishReadyToRun> (or <PublishAot>true</PublishAot>) to its project file");
        return Task.WhenAll(
            Verify<SdkInFunctionImageAnalyzer>(dockerfile),
            Verify<BuildInFinalImageStageAnalyzer>(dockerfile),
            Verify<NotLambdaBaseImageAnalyzer>(dockerfile),
            Verify<SelfContainedWithoutTrimmingAnalyzer>(dockerfile),
            Verify<ReadyToRunOffAnalyzer>(dockerfile, projectFileReport));
    }
}
