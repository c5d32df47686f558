using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The build and deployment rules (COLD401, COLD404) on real temporary projects: the properties are evaluated by
/// MSBuild and reach the analyzers through the package's props, exactly as in a user's build.
/// </summary>
public sealed class ProjectSettingsConsumerTests : IClassFixture<PackageFixture>, System.IDisposable
{
    private const string LambdaHandler = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaContext { }
        }

        namespace Consumer
        {
            public class Function
            {
                public string Handle(string input, Amazon.Lambda.Core.ILambdaContext context) => input;
            }
        }
        """;

    private readonly PackageConsumerTests _consumers;

    public ProjectSettingsConsumerTests(PackageFixture package)
    {
        _consumers = new PackageConsumerTests(package);
    }

    public void Dispose() => _consumers.Dispose();

    [Theory]
    [InlineData("no-settings", "", true)]
    [InlineData("commented-out", "<!-- <PublishReadyToRun>true</PublishReadyToRun> -->", true)]
    [InlineData("composite-only", "<PublishReadyToRunComposite>true</PublishReadyToRunComposite>", true)]
    [InlineData("ready-to-run", "<PublishReadyToRun>true</PublishReadyToRun>", false)]
    [InlineData("native-aot", "<PublishAot>true</PublishAot>", false)]
    public async Task ReadyToRun_rule_follows_the_evaluated_project_properties(string name, string properties, bool expected)
    {
        // AWSProjectType is what the AWS function templates write: it marks the project that gets published.
        var project = await _consumers.CreateConsumerAsync(
            "r2r-" + name, "<AWSProjectType>Lambda</AWSProjectType>" + properties, string.Empty, ("Function.cs", LambdaHandler));

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        Assert.Equal(expected, output.Contains("warning COLD401: Project 'Consumer' is published without ReadyToRun", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Class_library_referencing_only_the_aws_sdk_is_not_a_function()
    {
        var project = await _consumers.CreateConsumerAsync(
            "sdk-library",
            string.Empty,
            """<PackageReference Include="AWSSDK.S3" Version="4.1.0" />""",
            ("Storage.cs", "namespace Consumer { public class Storage { public Amazon.S3.AmazonS3Client Create() => new Amazon.S3.AmazonS3Client(); } }"));

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("COLD", output);
    }

    [Fact]
    public async Task Low_memory_in_template_yaml_is_reported_at_its_line()
    {
        const string template = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: Consumer::Consumer.Function::Handle
                  Runtime: dotnet8
                  MemorySize: 256
            """;
        var project = await _consumers.CreateConsumerAsync("memory", string.Empty, string.Empty, ("Function.cs", LambdaHandler), ("template.yaml", template));
        var sarif = Path.Combine(project, "build.sarif");

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.True(exitCode == 0, output);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "COLD404");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("template.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("note", result.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Dockerfiles_next_to_the_project_and_named_by_the_template_reach_the_image_rules()
    {
        // One image built the naive way (the SDK as the final stage, no ReadyToRun) twice: next to the project, and in a
        // folder only the SAM template's image Metadata names.
        const string dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /var/task
            COPY . .
            RUN dotnet publish -c Release -o /var/task
            CMD ["Consumer::Consumer.Function::Handle"]
            """;
        const string template = """
            Resources:
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  PackageType: Image
                Metadata:
                  DockerContext: .
                  Dockerfile: images/func.Dockerfile
            """;
        var project = await _consumers.CreateConsumerAsync(
            "image",
            "<AWSProjectType>Lambda</AWSProjectType>",
            string.Empty,
            ("Function.cs", LambdaHandler),
            ("Dockerfile", dockerfile),
            ("template.yaml", template));
        Directory.CreateDirectory(Path.Combine(project, "images"));
        await File.WriteAllTextAsync(Path.Combine(project, "images", "func.Dockerfile"), dockerfile);

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        foreach (var file in new[] { Path.Combine(project, "Dockerfile"), Path.Combine(project, "images", "func.Dockerfile") })
        {
            Assert.Contains(file + "(1,6): warning COLD406", output);
            Assert.Contains(file + "(4,5): warning COLD401", output);
        }

        // The images' publish decides ReadyToRun: the project file gets no COLD401 of its own.
        Assert.DoesNotContain(
            output.Split('\n'),
            line => line.Contains("Consumer.csproj(", System.StringComparison.Ordinal) && line.Contains("COLD401", System.StringComparison.Ordinal));
    }
}
