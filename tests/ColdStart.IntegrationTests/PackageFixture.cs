using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace ColdStart.IntegrationTests;

/// <summary>
/// ColdStart.Analyzers packed once per test run into a local folder feed that the consumer projects restore from.
/// Every test class that takes this fixture shares the one pack, and every consumer restores into one shared
/// packages folder, so the run packs once and extracts each package once.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<PackedPackage>> Pack = new(PackAsync);

    private PackedPackage? _package;

    public string Feed => Packed.Feed;

    public string Version => Packed.Version;

    /// <summary>Where consumer projects restore their packages (RestorePackagesPath): shared, so each is extracted once.</summary>
    public string PackagesFolder => Packed.PackagesFolder;

    private PackedPackage Packed => _package ?? throw new InvalidOperationException("The package is packed in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _package = await Pack.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<PackedPackage> PackAsync()
    {
        var feed = DotNet.NewTempDirectory("feed");
        var packages = DotNet.NewTempDirectory("packages");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Directory.Delete(feed, recursive: true);
            Directory.Delete(packages, recursive: true);
        };

        // A unique version per run, so no NuGet cache can hand a consumer an older build.
        var version = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var project = Path.Combine(DotNet.RepositoryRoot, "src", "ColdStart.Analyzers.Package", "ColdStart.Analyzers.Package.csproj");
        var (exitCode, output) = await DotNet.RunAsync(
            DotNet.RepositoryRoot, "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:UseSharedCompilation=false");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Assert.Single(Directory.GetFiles(feed, "*.nupkg"), f => f.Contains(version));
        return new PackedPackage(feed, version, packages);
    }

    private sealed record PackedPackage(string Feed, string Version, string PackagesFolder);
}
