using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// The command-line path a user takes: <c>dotnet format analyzers</c> applies every fixable rule to a copy of the
/// Naive sample; the result builds, no longer shows the fixed diagnostics, and answers the harness's event exactly as
/// before (the event's response, serialised with the assembly's [LambdaSerializer], compared byte for byte).
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class CommandLineFixTests : IDisposable
{
    private static readonly string[] FixableIds = { "COLD101", "COLD201", "COLD202", "COLD203", "COLD301", "COLD302" };

    private readonly string _root = DotNet.NewTempDirectory("format");

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Dotnet_format_applies_every_fix_and_the_function_builds_and_answers_the_same()
    {
        CopyRepositoryParts();
        var function = Path.Combine(_root, "samples", "Naive.Function");
        var runner = WriteRunner();
        var before = await RunFunctionAsync(runner);

        var (formatExit, formatOutput) = await DotNet.RunAsync(
            _root,
            new[] { "format", "analyzers", Path.Combine(function, "Naive.Function.csproj"), "--severity", "info", "--diagnostics" }.Concat(FixableIds).ToArray());
        Assert.True(formatExit == 0, formatOutput);

        var (buildExit, buildOutput) = await DotNet.RunAsync(function, "build", "--no-incremental", "-p:UseSharedCompilation=false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("NETSDK1022", buildOutput);
        var remaining = DotNet.DiagnosticIds(buildOutput, "warning").ToList();
        Assert.DoesNotContain("COLD101", remaining);
        Assert.DoesNotContain("COLD202", remaining);
        Assert.DoesNotContain("COLD301", remaining);

        // The Newtonsoft call keeps its COLD201 (moving to System.Text.Json is a change of library, not a fix);
        // the System.Text.Json call is fixed.
        var source = await File.ReadAllTextAsync(Path.Combine(function, "OrderFunction.cs"));
        Assert.Contains("AppJsonContext.Default.Receipt", source, StringComparison.Ordinal);
        Assert.Contains("SourceGeneratorLambdaJsonSerializer<", source, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(function, "AppJsonContext.cs")), "the fix must not add a file");

        var after = await RunFunctionAsync(runner);
        Assert.Equal(before, after);
    }

    private void CopyRepositoryParts()
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", Path.Combine("samples", "Directory.Build.props") })
        {
            var path = Path.Combine(DotNet.RepositoryRoot, file);
            if (File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
                File.Copy(path, Path.Combine(_root, file));
            }
        }

        foreach (var folder in new[] { "src", Path.Combine("samples", "Naive.Function"), Path.Combine("samples", "Shop.Domain"), Path.Combine("samples", "LambdaCompat"), Path.Combine("samples", "ColdStart.Harness", "Events") })
        {
            CopyFolder(Path.Combine(DotNet.RepositoryRoot, folder), Path.Combine(_root, folder));
        }
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
    private string WriteRunner()
    {
        var runner = Path.Combine(_root, "samples", "Runner");
        Directory.CreateDirectory(runner);
        File.WriteAllText(Path.Combine(runner, "Runner.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <NoWarn>$(NoWarn);COLD101;COLD102;COLD103;COLD201;COLD202;COLD301;COLD302;COLD303;COLD401;COLD403;COLD404;IL2026;IL3050</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Naive.Function/Naive.Function.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(runner, "Program.cs"), """
            using System;
            using System.IO;
            using System.Reflection;
            using Amazon.Lambda.Core;
            using Naive.Function;
            using Shop.Domain;

            var attribute = typeof(OrderFunction).Assembly.GetCustomAttribute<LambdaSerializerAttribute>()!;
            var serializer = (ILambdaSerializer)Activator.CreateInstance(attribute.SerializerType)!;
            using var input = File.OpenRead(args[0]);
            var result = await new OrderFunction().FunctionHandler(serializer.Deserialize<OrderEvent>(input), null!);
            var output = new MemoryStream();
            serializer.Serialize(result, output);
            Console.Out.Write("RESPONSE " + System.Text.Encoding.UTF8.GetString(output.ToArray()));
            """);
        return runner;
    }

    private async Task<string> RunFunctionAsync(string runner)
    {
        var eventPath = Path.Combine(_root, "samples", "ColdStart.Harness", "Events", "order.json");
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
