using System.Diagnostics;
using System.Text.Json;

namespace ColdStart.RealWorld;

/// <summary>
/// Restores the packages a corpus project references that this tool does not carry, the way a new user's build would,
/// so that the project compiles against them instead of leaving their types unresolved. Each package is restored on its
/// own, into a scratch project under the cache folder (at the version the project asks for, else at the newest the feed
/// serves), all of one evaluation's packages in one <c>dotnet restore</c>; what the feed does not serve stays
/// unresolved. The result is kept in the cache folder, so a second evaluation restores nothing.
/// </summary>
internal sealed class PackageRestore
{
    private const string AnyVersion = "*";

    // Packages the tool stands in for with stubs or its own references (Stubs/, References): a second copy of their types
    // would make every use ambiguous. So would AutoMapper's DI extension beside the AutoMapper this tool carries, which
    // holds AddAutoMapper since version 13. Test frameworks and build-time packages add nothing a function's code compiles against.
    private static readonly string[] NotRestoredPrefixes =
    {
        "Amazon.Lambda.", "AWSSDK.", "AutoMapper", "AWS.Lambda.Powertools", "AWSXRayRecorder", "AWS.Logger", "Microsoft.Azure.Functions.Worker",
        "Microsoft.NET.Sdk.Functions", "Microsoft.NET.Test.Sdk", "xunit", "NUnit", "MSTest.", "coverlet.", "Moq", "NSubstitute", "FakeItEasy",
        "Microsoft.VisualStudio.", "Microsoft.CodeAnalysis", "StyleCop.", "SonarAnalyzer", "Roslynator", "Amazon.Jsii", "Amazon.CDK",
        "Microsoft.EntityFrameworkCore.Tools", "Microsoft.EntityFrameworkCore.Design", "Microsoft.SourceLink", "Nerdbank.GitVersioning",
        "MinVer", "GitVersion", "Microsoft.AspNetCore.App", "Microsoft.NETCore.App", "NETStandard.Library",
    };

    private readonly string _cacheRoot;
    private readonly HashSet<string> _carried;
    private readonly HashSet<string> _excludedPrefixes;
    private readonly Dictionary<(string Id, string Version), IReadOnlyList<string>?> _assemblies = new();

    /// <param name="cacheRoot">Where the scratch projects and their restore results live.</param>
    /// <param name="carriedPackages">Packages this tool references itself (their assemblies are already given to every project).</param>
    /// <param name="stubbedPrefixes">Package-name prefixes of the packages Stubs/ stands in for.</param>
    public PackageRestore(string cacheRoot, IEnumerable<string> carriedPackages, IEnumerable<string> stubbedPrefixes)
    {
        _cacheRoot = cacheRoot;
        _carried = carriedPackages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _excludedPrefixes = NotRestoredPrefixes.Concat(stubbedPrefixes).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Restores, in one run, every package of <paramref name="wanted"/> not restored (or tried) before.</summary>
    public void Prepare(IEnumerable<(string Id, string? Version)> wanted)
    {
        var pending = wanted.Where(p => IsRestored(p.Id)).Select(p => (p.Id, Version: Normalise(p.Version)))
            .Distinct().Where(p => !_assemblies.ContainsKey(p)).ToList();
        var failed = RestoreAll(pending);

        // A version the feed does not serve (nor any later one) falls back to the newest it does serve.
        var retried = failed.Where(p => p.Version != AnyVersion).Select(p => (p.Id, Version: AnyVersion)).Distinct()
            .Where(p => !_assemblies.ContainsKey(p)).ToList();
        var failedAgain = RestoreAll(retried);
        foreach (var package in failed.Where(p => p.Version != AnyVersion))
        {
            _assemblies[package] = _assemblies.GetValueOrDefault((package.Id, AnyVersion));
        }

        var unserved = failedAgain.Concat(failed.Where(p => p.Version == AnyVersion)).Select(p => p.Id).Distinct().Count();
        if (pending.Count > 0)
        {
            Console.Error.WriteLine(
                $"restored {pending.Count - unserved} of {pending.Count} packages the corpus projects reference ({unserved} not served here)");
        }
    }

    /// <summary>The compile-time assemblies of these packages and of the packages they depend on, one per file name.</summary>
    public IReadOnlyList<string> AssembliesFor(IEnumerable<string> packages, IReadOnlyDictionary<string, string> versions)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in packages.Where(IsRestored).OrderBy(id => id, StringComparer.OrdinalIgnoreCase))
        {
            var key = (id, Normalise(versions.GetValueOrDefault(id)));
            foreach (var assembly in _assemblies.GetValueOrDefault(key) ?? Array.Empty<string>())
            {
                byName.TryAdd(Path.GetFileName(assembly), assembly);
            }
        }

        return byName.Values.ToList();
    }

    private bool IsRestored(string id) => !_carried.Contains(id) && !_excludedPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    // A floating or open version is asked for as the newest served; a range or a fixed version as written.
    private static string Normalise(string? version) =>
        version is null || version.Contains('*') || version.Length == 0 ? AnyVersion : version;

    private List<(string Id, string Version)> RestoreAll(IReadOnlyList<(string Id, string Version)> packages)
    {
        if (packages.Count == 0)
        {
            return new List<(string Id, string Version)>();
        }

        var projects = packages.Select(p => (Package: p, Project: WriteScratchProject(p.Id, p.Version))).ToList();
        var toRestore = projects.Where(p => !File.Exists(AssetsFile(p.Project))).ToList();
        if (toRestore.Count > 0)
        {
            var solution = Path.Combine(_cacheRoot, $"restore-{Environment.ProcessId}.slnx");
            File.WriteAllText(solution, "<Solution>\n"
                + string.Concat(toRestore.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(p.Project)}\" />\n"))
                + "</Solution>\n");
            Console.Error.WriteLine($"restoring {toRestore.Count} packages...");
            RunRestore(solution);
            File.Delete(solution);
        }

        var failed = new List<(string Id, string Version)>();
        foreach (var (package, project) in projects)
        {
            var assemblies = ReadCompileAssemblies(AssetsFile(project));
            _assemblies[package] = assemblies;
            if (assemblies is null)
            {
                failed.Add(package);
            }
        }

        return failed;
    }

    private string WriteScratchProject(string id, string version)
    {
        var versionName = version == AnyVersion ? "newest" : SafeFolderName(version);
        var folder = Path.Combine(_cacheRoot, id.ToLowerInvariant(), versionName);
        Directory.CreateDirectory(folder);

        // A solution needs its projects' names to differ.
        var project = Path.Combine(folder, $"{SafeFolderName(id.ToLowerInvariant())}.{versionName}.csproj");
        if (!File.Exists(project))
        {
            // Warnings are not errors here: NU1603 (a later version than asked for) is the point of the fallback.
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <NuGetAudit>false</NuGetAudit>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{System.Security.SecurityElement.Escape(id)}" Version="{System.Security.SecurityElement.Escape(version)}" />
                  </ItemGroup>
                </Project>
                """);
        }

        return project;
    }

    private static string SafeFolderName(string version) =>
        string.Concat(version.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));

    private static string AssetsFile(string project) => Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");

    private static void RunRestore(string solution)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "restore", solution, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            Console.Error.WriteLine("package restore did not finish in 30 minutes; the corpus compiles without the packages it did not restore");
        }

        _ = output.Result;
        _ = error.Result;
    }

    /// <summary>The compile-time assemblies a restore resolved, or null when it failed (nothing served fits).</summary>
    private static IReadOnlyList<string>? ReadCompileAssemblies(string assetsFile)
    {
        if (!File.Exists(assetsFile))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
        var root = document.RootElement;
        if (root.TryGetProperty("logs", out var logs)
            && logs.EnumerateArray().Any(log => log.TryGetProperty("level", out var level) && level.GetString() == "Error"))
        {
            return null;
        }

        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var assemblies = new List<string>();
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                    || !library.Value.TryGetProperty("compile", out var compile)
                    || !libraries.TryGetProperty(library.Name, out var described) || !described.TryGetProperty("path", out var path))
                {
                    continue;
                }

                assemblies.AddRange(compile.EnumerateObject()
                    .Where(file => file.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                    .Select(file => Path.Combine(packageFolder, path.GetString()!, file.Name))
                    .Where(File.Exists));
            }
        }

        return assemblies;
    }
}
