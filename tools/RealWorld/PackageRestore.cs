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
    // would make every use ambiguous, also when one comes as another package's dependency. So would AutoMapper's DI
    // extension beside the AutoMapper this tool carries, which holds AddAutoMapper since version 13. Test frameworks and
    // build-time packages add nothing a function's code compiles against.
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

    // By lower-case package id and the version asked for; null when nothing the feed serves restores.
    private readonly Dictionary<(string Id, string Version), IReadOnlyList<RestoredAssembly>?> _assemblies = new();

    // The restored packages whose dependency closure declares a framework reference to ASP.NET Core.
    private readonly HashSet<(string Id, string Version)> _bringingAspNetCore = new();

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
        var pending = wanted.Where(p => IsRestored(p.Id)).Select(p => Key(p.Id, p.Version)).Distinct().Where(p => !_assemblies.ContainsKey(p)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(_cacheRoot);
        using var cacheLock = LockCache();
        var failed = RestoreAll(pending);

        // A version the feed does not serve (nor any later one) falls back to the newest it does serve.
        var retried = failed.Where(p => p.Version != AnyVersion).Select(p => (p.Id, Version: AnyVersion)).Distinct()
            .Where(p => !_assemblies.ContainsKey(p)).ToList();
        RestoreAll(retried);
        foreach (var package in failed.Where(p => p.Version != AnyVersion))
        {
            _assemblies[package] = _assemblies.GetValueOrDefault((package.Id, AnyVersion));
            if (_bringingAspNetCore.Contains((package.Id, AnyVersion)))
            {
                _bringingAspNetCore.Add(package);
            }
        }

        var unserved = pending.Count(p => _assemblies[p] is null);
        Console.Error.WriteLine($"restored {pending.Count - unserved} of {pending.Count} package versions the corpus projects reference "
            + $"({unserved} not served here)");
    }

    /// <summary>
    /// The compile-time assemblies of these packages and of the packages they depend on, one per file name: a package's
    /// own assembly before a dependency's copy, and otherwise the highest version.
    /// </summary>
    public IReadOnlyList<string> AssembliesFor(IEnumerable<string> packages, IReadOnlyDictionary<string, string> versions)
    {
        var restored = packages.Where(IsRestored)
            .SelectMany(id => (_assemblies.GetValueOrDefault(Key(id, versions.GetValueOrDefault(id))) ?? Array.Empty<RestoredAssembly>())
                .Select(assembly => (Assembly: assembly, Own: string.Equals(assembly.PackageId, id, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(entry => entry.Own)
            .ThenByDescending(entry => VersionOf(entry.Assembly.PackageVersion))
            .ThenBy(entry => entry.Assembly.Path, StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (assembly, _) in restored)
        {
            byName.TryAdd(Path.GetFileName(assembly.Path), assembly.Path);
        }

        return byName.Values.ToList();
    }

    /// <summary>
    /// Whether this package, as restored, brings ASP.NET Core's shared framework (a package in its closure declares the
    /// framework reference, as the 3.0+ ASP.NET Core libraries do); null when it is not restored here.
    /// </summary>
    public bool? BringsAspNetCore(string id, string? version)
    {
        var key = Key(id, version);
        return IsRestored(id) && _assemblies.GetValueOrDefault(key) is not null ? _bringingAspNetCore.Contains(key) : null;
    }

    private bool IsRestored(string id) => !_carried.Contains(id) && !_excludedPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    // No version (or an empty one) is asked for as the newest served; a floating, ranged or fixed version as written.
    private static (string Id, string Version) Key(string id, string? version) =>
        (id.ToLowerInvariant(), string.IsNullOrWhiteSpace(version) ? AnyVersion : version.Trim());

    private static Version VersionOf(string version) =>
        Version.TryParse(version.Split('-', '+')[0], out var parsed) ? parsed : new Version(0, 0);

    private List<(string Id, string Version)> RestoreAll(IReadOnlyList<(string Id, string Version)> packages)
    {
        var projects = packages.Select(p => (Package: p, Project: WriteScratchProject(p.Id, p.Version))).ToList();
        var toRestore = projects.Where(p => !ReadAssets(AssetsFile(p.Project)).Usable).Select(p => p.Project).Distinct().ToList();
        if (toRestore.Count > 0)
        {
            var solution = Path.Combine(_cacheRoot, $"restore-{Environment.ProcessId}.slnx");
            try
            {
                File.WriteAllText(solution, "<Solution>\n"
                    + string.Concat(toRestore.Select(project => $"  <Project Path=\"{System.Security.SecurityElement.Escape(project)}\" />\n"))
                    + "</Solution>\n");
                Console.Error.WriteLine($"restoring {toRestore.Count} packages...");
                RunRestore(solution);
            }
            finally
            {
                File.Delete(solution);
            }
        }

        var failed = new List<(string Id, string Version)>();
        foreach (var (package, project) in projects)
        {
            var (_, assemblies, bringsAspNetCore) = ReadAssets(AssetsFile(project));
            _assemblies[package] = assemblies;
            if (bringsAspNetCore)
            {
                _bringingAspNetCore.Add(package);
            }

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
        var folder = Path.Combine(_cacheRoot, id, versionName);
        Directory.CreateDirectory(folder);

        // A solution needs its projects' names to differ.
        var project = Path.Combine(folder, $"{SafeFolderName(id)}.{versionName}.csproj");
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

    // A readable folder name, with a hash when cleaning the version made it ambiguous (`[1,2)` and `(1,2]`).
    private static string SafeFolderName(string name)
    {
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        return safe == name
            ? safe
            : safe + "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8];
    }

    private static string AssetsFile(string project) => Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");

    // Two evaluations sharing the cache folder restore one after the other.
    private FileStream LockCache()
    {
        var path = Path.Combine(_cacheRoot, "restore.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(30))
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static void RunRestore(string solution)
    {
        // No reused MSBuild nodes or build server: they would keep the output pipes open after the restore exits.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "restore", solution, "--nologo", "-v", "q", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Console.Error.WriteLine($"could not run dotnet restore ({exception.Message}); the corpus compiles without the packages it references");
            return;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
            {
                process.Kill(entireProcessTree: true);
                Console.Error.WriteLine("package restore did not finish in 30 minutes; the corpus compiles without the packages it did not restore");
            }

            // Per-package failures (a package the feed does not serve) are expected and read from each assets file.
            Task.WaitAll(new Task[] { output, error }, TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>
    /// What a scratch project's restore left: unusable when there is nothing to read yet (no file, a file another run is
    /// still writing, a network failure, a package folder since removed), so it is restored again; else its compile-time
    /// assemblies, or null when the restore failed because the feed serves nothing that fits, and whether a package of
    /// the closure declares a framework reference to ASP.NET Core.
    /// </summary>
    private (bool Usable, IReadOnlyList<RestoredAssembly>? Assemblies, bool BringsAspNetCore) ReadAssets(string assetsFile)
    {
        var unusable = (false, (IReadOnlyList<RestoredAssembly>?)null, false);
        if (!File.Exists(assetsFile))
        {
            return unusable;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
            var root = document.RootElement;
            var errors = root.TryGetProperty("logs", out var logs)
                ? logs.EnumerateArray().Where(log => log.TryGetProperty("level", out var level) && level.GetString() == "Error")
                    .Select(log => log.TryGetProperty("code", out var code) ? code.GetString() : null).ToList()
                : new List<string?>();
            if (errors.Contains("NU1301"))
            {
                return unusable;
            }

            if (errors.Count > 0)
            {
                return (true, null, false);
            }

            var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
            var libraries = root.GetProperty("libraries");
            var assemblies = new List<RestoredAssembly>();
            var bringsAspNetCore = false;
            foreach (var library in root.GetProperty("targets").EnumerateObject().SelectMany(target => target.Value.EnumerateObject()))
            {
                var (id, version) = (library.Name.Split('/')[0], library.Name.Split('/')[^1]);
                bringsAspNetCore |= library.Value.TryGetProperty("frameworkReferences", out var frameworks)
                    && frameworks.EnumerateArray().Any(framework => framework.GetString() == "Microsoft.AspNetCore.App");
                if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package" || !IsRestored(id)
                    || !library.Value.TryGetProperty("compile", out var compile)
                    || !libraries.TryGetProperty(library.Name, out var described) || !described.TryGetProperty("path", out var path))
                {
                    continue;
                }

                foreach (var file in compile.EnumerateObject().Where(file => file.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                {
                    var assembly = Path.Combine(packageFolder, path.GetString()!, file.Name);
                    if (!File.Exists(assembly))
                    {
                        return unusable;
                    }

                    assemblies.Add(new RestoredAssembly(id, version, assembly));
                }
            }

            return (true, assemblies, bringsAspNetCore);
        }
        catch (Exception exception) when (exception is JsonException or IOException or KeyNotFoundException or InvalidOperationException)
        {
            return unusable;
        }
    }

    private sealed record RestoredAssembly(string PackageId, string PackageVersion, string Path);
}
