using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The command-line path a user takes: one <c>dotnet format analyzers</c> run applies every fixable rule to a copy of
/// the Naive sample, and to a blueprint-style function, that install the packed package; the result builds, no longer
/// shows the fixed diagnostics, and answers an event exactly as before (the event's response, serialised with the
/// assembly's [LambdaSerializer], compared byte for byte).
/// </summary>
public sealed class CommandLineFixTests : IClassFixture<PackageFixture>, IDisposable
{
    private static readonly string[] FixableIds = { "COLD101", "COLD201", "COLD202", "COLD203", "COLD301", "COLD302" };

    private readonly string _root = DotNet.NewTempDirectory("format");
    private readonly PackageFixture _package;

    public CommandLineFixTests(PackageFixture package)
    {
        _package = package;
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Dotnet_format_applies_every_fix_and_the_function_builds_and_answers_the_same()
    {
        CopyRepositoryParts();
        var function = Path.Combine(_root, "samples", "Naive.Function");
        InstallPackageInsteadOfSourceTree(Path.Combine(function, "Naive.Function.csproj"));
        var runner = WriteRunner(Path.Combine(function, "Naive.Function.csproj"), "Naive.Function.OrderFunction", "Shop.Domain.OrderEvent", "FunctionHandler");
        var eventPath = Path.Combine(_root, "samples", "ColdStart.Harness", "Events", "order.json");
        var before = await RunFunctionAsync(runner, eventPath);

        var (formatExit, formatOutput) = await DotNet.RunAsync(
            _root,
            new[] { "format", "analyzers", Path.Combine(function, "Naive.Function.csproj"), "--severity", "info", "--diagnostics" }.Concat(FixableIds)
                .ToArray());
        Assert.True(formatExit == 0, formatOutput);

        var (buildExit, buildOutput) = await DotNet.RunAsync(function, "build", "--no-incremental", "-p:UseSharedCompilation=false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("NETSDK1022", buildOutput);
        var remaining = DotNet.DiagnosticIds(buildOutput, "warning").ToList();
        Assert.DoesNotContain("COLD101", remaining);
        Assert.DoesNotContain("COLD202", remaining);

        // The client is hoisted; the DynamoDBContext built from the local that holds it gets no automatic fix (its
        // argument is a local), so its COLD301 is the only one left.
        var perInvocation = buildOutput.Split('\n').Where(line => line.Contains("warning COLD301", StringComparison.Ordinal)).Distinct().ToList();
        Assert.All(perInvocation, line => Assert.Contains("'DynamoDBContext'", line, StringComparison.Ordinal));

        // The Newtonsoft call keeps its COLD201 (moving to System.Text.Json is a change of library, not a fix);
        // the System.Text.Json call is fixed.
        var source = await File.ReadAllTextAsync(Path.Combine(function, "OrderFunction.cs"));
        Assert.Contains("AppJsonContext.Default.Receipt", source, StringComparison.Ordinal);
        Assert.Contains("SourceGeneratorLambdaJsonSerializer<", source, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(function, "AppJsonContext.cs")), "the fix must not add a file");

        var after = await RunFunctionAsync(runner, eventPath);
        Assert.Equal(before, after);
    }

    /// <summary>
    /// A function in the style of the AWS blueprints, on net8.0 (the Lambda runtime most functions use): a client built
    /// in the constructor, a file read through locals in the static constructor, <c>JsonSerializer</c> with options in a
    /// field, in a local and with none in one file, the assembly serializer attribute and a per-invocation
    /// <c>HttpClient</c>. One run of the command fixes all of it.
    /// </summary>
    [Fact]
    public async Task One_dotnet_format_run_fixes_a_blueprint_style_function_which_then_answers_the_same()
    {
        CopyRepositoryParts();
        var function = Path.Combine(_root, "samples", "Blueprint.Function");
        Directory.CreateDirectory(function);
        File.WriteAllText(Path.Combine(function, "Blueprint.Function.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <AWSProjectType>Lambda</AWSProjectType>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ColdStart.Analyzers" />
                <ProjectReference Include="../LambdaCompat/LambdaCompat.csproj" />
                <PackageReference Include="AWSSDK.DynamoDBv2" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(function, "Function.cs"), """
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;

            [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

            namespace Blueprint.Function
            {
                public class Function
                {
                    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
                    {
                        PropertyNameCaseInsensitive = true,
                    };

                    private static readonly string Greeting;

                    private readonly IAmazonDynamoDB _dynamo;

                    static Function()
                    {
                        var path = Path.Combine(AppContext.BaseDirectory, "greeting.txt");
                        var text = File.Exists(path) ? File.ReadAllText(path) : "hello";
                        Greeting = text.Trim();
                    }

                    public Function()
                    {
                        _dynamo = new AmazonDynamoDBClient();
                    }

                    public async Task<Response> FunctionHandler(Request request, ILambdaContext context)
                    {
                        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, WriteIndented = false };
                        var item = JsonSerializer.Deserialize<Item>(request.Body ?? "{}", Options);
                        var copy = JsonSerializer.Deserialize<Item>(JsonSerializer.Serialize(item), options);
                        using var http = new HttpClient();
                        await Task.Yield();
                        return new Response
                        {
                            Id = item?.Id ?? "",
                            CopyId = copy?.Id ?? "",
                            Greeting = Greeting,
                            Region = _dynamo.Config.RegionEndpoint?.SystemName ?? "",
                            TimeoutSeconds = (int)http.Timeout.TotalSeconds,
                        };
                    }
                }

                public class Request
                {
                    public string? Body { get; set; }
                }

                public class Response
                {
                    public string Id { get; set; } = "";
                    public string CopyId { get; set; } = "";
                    public string Greeting { get; set; } = "";
                    public string Region { get; set; } = "";
                    public int TimeoutSeconds { get; set; }
                }

                public class Item
                {
                    public string Id { get; set; } = "";
                }
            }
            """);
        var eventPath = Path.Combine(function, "event.json");
        File.WriteAllText(eventPath, """{"body":"{\"ID\":\"A-7\"}"}""");
        var runner = WriteRunner(
            Path.Combine(function, "Blueprint.Function.csproj"), "Blueprint.Function.Function", "Blueprint.Function.Request", "FunctionHandler");
        var before = await RunFunctionAsync(runner, eventPath);
        Assert.Contains("A-7", before, StringComparison.Ordinal);

        var (formatExit, formatOutput) = await DotNet.RunAsync(
            _root,
            new[] { "format", "analyzers", Path.Combine(function, "Blueprint.Function.csproj"), "--severity", "info", "--diagnostics" }.Concat(FixableIds)
                .ToArray());
        Assert.True(formatExit == 0, formatOutput);

        var (buildExit, buildOutput) = await DotNet.RunAsync(function, "build", "--no-incremental", "-p:UseSharedCompilation=false");
        Assert.True(buildExit == 0, buildOutput);
        var remaining = DotNet.DiagnosticIds(buildOutput, "warning").ToList();
        Assert.Empty(remaining.Intersect(new[] { "COLD101", "COLD201", "COLD202", "COLD203", "COLD301" }));
        var source = await File.ReadAllTextAsync(Path.Combine(function, "Function.cs"));
        Assert.Contains("[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]", source, StringComparison.Ordinal);
        Assert.Contains("[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, WriteIndented = false)]", source, StringComparison.Ordinal);
        Assert.Contains("private static readonly Lazy<string> Greeting;", source, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonSerializerOptions Options", source, StringComparison.Ordinal);
        Assert.DoesNotContain("var options", source, StringComparison.Ordinal);

        var after = await RunFunctionAsync(runner, eventPath);
        Assert.Equal(before, after);
    }

    // The repository's build settings and the samples, without src/: the copies install the packed package instead.
    private void CopyRepositoryParts()
    {
        foreach (var file in new[] { "Directory.Build.props", "global.json", Path.Combine("samples", "Directory.Build.props") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.Copy(Path.Combine(DotNet.RepositoryRoot, file), Path.Combine(_root, file));
        }

        var versions = File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "Directory.Packages.props"));
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), versions.Replace(
            "<ItemGroup>",
            $"<ItemGroup>\n    <PackageVersion Include=\"ColdStart.Analyzers\" Version=\"{_package.Version}\" />",
            StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{_package.PackagesFolder}" />
              </config>
              <packageSources>
                <add key="coldstart-local" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);

        foreach (var folder in new[] { Path.Combine("samples", "Naive.Function"), Path.Combine("samples", "Shop.Domain"),
            Path.Combine("samples", "LambdaCompat"), Path.Combine("samples", "ColdStart.Harness", "Events") })
        {
            CopyFolder(Path.Combine(DotNet.RepositoryRoot, folder), Path.Combine(_root, folder));
        }
    }

    // What installing the package replaces: the sample's import of the package's props and its references to src/.
    private static void InstallPackageInsteadOfSourceTree(string project)
    {
        var lines = File.ReadAllLines(project).Where(line => !line.Contains("../../src/", StringComparison.Ordinal)).ToList();
        var firstItemGroup = lines.FindIndex(line => line.Trim() == "<ItemGroup>");
        lines.Insert(firstItemGroup + 1, "    <PackageReference Include=\"ColdStart.Analyzers\" />");
        File.WriteAllLines(project, lines);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    // Answers one event the way the Lambda runtime does for a class library: the handler type, and the serializer
    // that the assembly's [LambdaSerializer] names, whichever it is before and after the fix.
    private string WriteRunner(string functionProject, string handlerType, string requestType, string handlerMethod)
    {
        var runner = Path.Combine(_root, "samples", "Runner." + Path.GetFileNameWithoutExtension(functionProject));
        Directory.CreateDirectory(runner);
        File.WriteAllText(Path.Combine(runner, "Runner.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <NoWarn>$(NoWarn);COLD101;COLD102;COLD103;COLD201;COLD202;COLD301;COLD302;COLD303;COLD401;COLD403;COLD404;IL2026;IL3050</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{functionProject}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(runner, "Program.cs"), $$"""
            using System;
            using System.IO;
            using System.Reflection;
            using Amazon.Lambda.Core;

            var attribute = typeof({{handlerType}}).Assembly.GetCustomAttribute<LambdaSerializerAttribute>()!;
            var serializer = (ILambdaSerializer)Activator.CreateInstance(attribute.SerializerType)!;
            using var input = File.OpenRead(args[0]);
            var result = await new {{handlerType}}().{{handlerMethod}}(serializer.Deserialize<{{requestType}}>(input), null!);
            var output = new MemoryStream();
            serializer.Serialize(result, output);
            Console.Out.Write("RESPONSE " + System.Text.Encoding.UTF8.GetString(output.ToArray()));
            """);
        return runner;
    }

    private static async Task<string> RunFunctionAsync(string runner, string eventPath)
    {
        // What the cold-start harness sets: a region and dummy credentials, so clients build without leaving the machine.
        var environment = new System.Collections.Generic.Dictionary<string, string>
        {
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ACCESS_KEY_ID"] = "AKIDCOLDSTARTHARNESS",
            ["AWS_SECRET_ACCESS_KEY"] = "harness",
            ["AWS_LAMBDA_FUNCTION_NAME"] = "harness",
        };
        var (exitCode, output) = await DotNet.RunAsync(runner, environment, "run", "--", eventPath);
        Assert.True(exitCode == 0, output);
        var response = output.Split('\n').Single(line => line.StartsWith("RESPONSE ", StringComparison.Ordinal));
        return response.Trim();
    }
}
