using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ColdStart.Analyzers.Tests.Images;

public class SnapStartOnContainerImageTests
{
    private const string Handler = """
        using Amazon.Lambda.Core;

        public class Function
        {
            public string Handle(string input, ILambdaContext context) => input;
        }
        """;

    private const string ImageTemplate = """
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              PackageType: Image
              ImageConfig:
                Command:
                  - TestProject::Function::Handle
              SnapStart:
                ApplyOn: PublishedVersions
            Metadata:
              DockerContext: ./src/Orders
              Dockerfile: Dockerfile
        """;

    [Fact]
    public Task SnapStart_on_an_image_function_is_reported_at_the_setting()
    {
        return AnalyzerVerifier<SnapStartOnContainerImageAnalyzer>.VerifyProjectAsync(
            Handler,
            new System.Collections.Generic.Dictionary<string, string>(),
            new[] { ("/repo/template.yaml", ImageTemplate) },
            new DiagnosticResult(Descriptors.SnapStartOnContainerImage).WithSpan("/repo/template.yaml", 9, 7, 9, 16)
                .WithArguments("template.yaml (Orders.Properties.SnapStart)"));
    }

    [Fact]
    public Task The_tools_defaults_of_an_image_project_with_snapstart_are_reported()
    {
        const string defaults = "{\n  \"package-type\": \"image\",\n  \"image-command\": \"TestProject::Function::Handle\",\n"
            + "  \"snap-start-apply-on\": \"PublishedVersions\"\n}\n";
        return AnalyzerVerifier<SnapStartOnContainerImageAnalyzer>.VerifyProjectAsync(
            Handler,
            new System.Collections.Generic.Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/src/Orders" },
            new[] { ("/src/Orders/aws-lambda-tools-defaults.json", defaults) },
            new DiagnosticResult(Descriptors.SnapStartOnContainerImage).WithSpan("/src/Orders/aws-lambda-tools-defaults.json", 4, 26, 4, 45)
                .WithArguments("aws-lambda-tools-defaults.json (snap-start-apply-on)"));
    }

    [Fact]
    public Task A_zip_function_with_snapstart_or_an_image_of_another_assembly_is_not_reported()
    {
        return AnalyzerVerifier<SnapStartOnContainerImageAnalyzer>.VerifyProjectAsync(
            Handler,
            new System.Collections.Generic.Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/repo/src/Orders" },
            new[]
            {
                ("/repo/template.yaml", ImageTemplate.Replace("TestProject::", "Other::")),
                ("/repo/src/Orders/serverless.template", "{ \"Resources\": { \"Fn\": { \"Type\": \"AWS::Lambda::Function\", \"Properties\": "
                    + "{ \"Handler\": \"TestProject::Function::Handle\", \"SnapStart\": { \"ApplyOn\": \"PublishedVersions\" } } } } }"),
            });
    }

    [Fact]
    public Task An_image_function_gets_no_snapstart_advice()
    {
        // COLD502 would tell a SnapStart function to prime; on an image SnapStart does not apply, so it stays silent.
        return AnalyzerVerifier<SnapStartWithoutPrimingAnalyzer>.VerifyProjectAsync(
            Handler, new System.Collections.Generic.Dictionary<string, string>(), new[] { ("/repo/template.yaml", ImageTemplate) });
    }
}
