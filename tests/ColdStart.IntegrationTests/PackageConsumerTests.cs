using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// Installs the packed package into a fresh project from a local feed and checks what `dotnet build` prints,
/// exactly as a user would meet the analyzers.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<PackageFixture>, System.IDisposable
{
    private const string Handler = """
        using System.Net.Http;
        using System.Threading.Tasks;

        namespace Amazon.Lambda.Core
        {
            // The consumer declares the one Lambda type it needs; the analyzers match it by metadata name.
            public interface ILambdaContext { }
        }

        namespace Consumer
        {
            public class Function
            {
                public async Task<string> Handle(string url, Amazon.Lambda.Core.ILambdaContext context)
                {
                    using var http = new HttpClient();
                    return await http.GetStringAsync(url);
                }
            }
        }
        """;

    private readonly PackageFixture _package;
    private readonly System.Collections.Generic.List<string> _directories = new();

    public PackageConsumerTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void Package_holds_analyzers_runtime_library_and_build_props()
    {
        var nupkg = Directory.GetFiles(_package.Feed, $"ColdStart.Analyzers.{_package.Version}.nupkg").Single();
        using var archive = ZipFile.OpenRead(nupkg);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/ColdStart.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ColdStart.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("lib/netstandard2.0/ColdStart.dll", entries);
        Assert.Contains("lib/net8.0/ColdStart.dll", entries);
        Assert.Contains("build/ColdStart.Analyzers.props", entries);
        Assert.Contains("buildTransitive/ColdStart.Analyzers.props", entries);

        using var props = new StreamReader(archive.GetEntry("build/ColdStart.Analyzers.props")!.Open());
        var text = props.ReadToEnd();
        foreach (var property in new[] { "AWSProjectType", "OutputType", "TargetFramework", "PublishReadyToRun", "PublishReadyToRunComposite", "PublishAot",
            "PublishTrimmed", "SelfContained", "InvariantGlobalization", "TieredCompilation", "TieredCompilationQuickJit",
            "TieredCompilationQuickJitForLoops" })
        {
            Assert.Contains($"<CompilerVisibleProperty Include=\"{property}\" />", text);
        }
    }

    [Fact]
    public async Task Build_reports_the_hazard_as_a_warning()
    {
        var project = await CreateConsumerAsync("warning");

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Function.cs(16,30): warning COLD301", output);
        Assert.Equal(new[] { "COLD301", "COLD401" }, DotNet.DiagnosticIds(output, "warning").OrderBy(id => id));
        Assert.DoesNotContain("AD0001", output);
    }

    [Fact]
    public async Task Warnaserror_fails_the_build()
    {
        var project = await CreateConsumerAsync("warnaserror");

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-warnaserror", "-p:UseSharedCompilation=false");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error COLD301", output);
    }

    [Fact]
    public async Task Editorconfig_severity_none_silences_the_rule()
    {
        var project = await CreateConsumerAsync("editorconfig");
        await File.WriteAllTextAsync(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.COLD301.severity = none\n");

        var (exitCode, output) = await DotNet.RunAsync(project, "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("COLD301", output);
    }

    /// <summary>
    /// A solution as teams lay it out: the package in Directory.Build.props, a class library without handlers and a function
    /// that references it as a project. The function compiles against the library's reference assembly, so this is the one
    /// place that shows the library's hazard summary reaching the function's analyzers.
    /// </summary>
    [Fact]
    public async Task A_hazard_in_a_referenced_library_is_reported_at_the_call_in_the_function()
    {
        var solution = DotNet.NewTempDirectory("consumer-library");
        _directories.Add(solution);
        await File.WriteAllTextAsync(Path.Combine(solution, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="coldstart-local" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(solution, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{_package.PackagesFolder}</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ColdStart.Analyzers" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(solution, "Directory.Packages.props"), "<Project />");
        Directory.CreateDirectory(Path.Combine(solution, "Shop.Common"));
        await File.WriteAllTextAsync(Path.Combine(solution, "Shop.Common", "Shop.Common.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        await File.WriteAllTextAsync(Path.Combine(solution, "Shop.Common", "Setup.cs"), """
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop.Common;

            public static class Setup
            {
                public static string LoadRules() => File.ReadAllText("rules.json");
            }

            public class OrderFacade
            {
                public Task<string> FetchAsync(string url) => new HttpClient().GetStringAsync(url);
            }
            """);
        Directory.CreateDirectory(Path.Combine(solution, "Shop.Function"));
        await File.WriteAllTextAsync(Path.Combine(solution, "Shop.Function", "Shop.Function.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <AWSProjectType>Lambda</AWSProjectType>
                <PublishReadyToRun>true</PublishReadyToRun>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Shop.Common/Shop.Common.csproj" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(solution, "Shop.Function", "Function.cs"), """
            using System.Threading.Tasks;
            using Shop.Common;

            namespace Amazon.Lambda.Core
            {
                public interface ILambdaContext { }
            }

            namespace Shop.Function
            {
                public class Function
                {
                    private static readonly string Rules = Setup.LoadRules();
                    private static readonly OrderFacade Facade = new OrderFacade();

                    public Task<string> Handle(string url, Amazon.Lambda.Core.ILambdaContext context) => Facade.FetchAsync(url + Rules);
                }
            }
            """);

        var (exitCode, output) = await DotNet.RunAsync(Path.Combine(solution, "Shop.Function"), "build", "-p:UseSharedCompilation=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Function.cs(13,48): warning COLD101: 'Setup.LoadRules' performs file I/O (inside Shop.Common: File.ReadAllText)", output);
        Assert.Contains(
            "Function.cs(16,94): warning COLD301: A new 'HttpClient' is created on every invocation of 'Function.Handle', by 'OrderFacade.FetchAsync'",
            output);
        Assert.Equal(new[] { "COLD101", "COLD301" }, DotNet.DiagnosticIds(output, "warning").OrderBy(id => id));
    }

    public void Dispose()
    {
        foreach (var directory in _directories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private Task<string> CreateConsumerAsync(string name)
    {
        // AWSProjectType is what the AWS function templates write: it marks the project that gets published (COLD401).
        return CreateConsumerAsync(name, "<AWSProjectType>Lambda</AWSProjectType>", string.Empty, ("Function.cs", Handler));
    }

    /// <summary>A fresh project that installs the package from the local feed (other packages from the machine's usual feed).</summary>
    internal async Task<string> CreateConsumerAsync(string name, string properties, string packageReferences, params (string Path, string Text)[] files)
    {
        var directory = DotNet.NewTempDirectory("consumer-" + name);
        _directories.Add(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RestorePackagesPath>{_package.PackagesFolder}</RestorePackagesPath>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ColdStart.Analyzers" Version="{_package.Version}" />
            {packageReferences}
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="coldstart-local" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
        foreach (var (path, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, path), text);
        }

        return directory;
    }
}
