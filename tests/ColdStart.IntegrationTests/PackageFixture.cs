using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>Packs ColdStart.Analyzers once into a local folder feed that the consumer projects restore from.</summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string Feed { get; } = DotNet.NewTempDirectory("feed");

    /// <summary>A unique version per run, so no NuGet cache can hand a consumer an older build.</summary>
    public string Version { get; } = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    public async Task InitializeAsync()
    {
        var project = Path.Combine(DotNet.RepositoryRoot, "src", "ColdStart.Analyzers.Package", "ColdStart.Analyzers.Package.csproj");
        var (exitCode, output) = await DotNet.RunAsync(
            DotNet.RepositoryRoot, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:UseSharedCompilation=false");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Assert.Single(Directory.GetFiles(Feed, "*.nupkg"), f => f.Contains(Version));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Feed, recursive: true);
        return Task.CompletedTask;
    }
}
