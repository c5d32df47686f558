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
