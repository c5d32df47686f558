using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ColdStart.Tool.Tracing;

/// <summary>A NuGet package, as the publish folder's deps.json names it.</summary>
public sealed record NuGetPackage(string Id, string Version)
{
    public override string ToString() => Id + " " + Version;
}

/// <summary>
/// Which NuGet package each assembly of a publish folder came from, read from <c>&lt;app&gt;.deps.json</c>: the libraries of
/// type "package" and their runtime assets (RID-specific ones too) in the target the app was published for. An assembly
/// name is not a package id (AWSSDK.Core is both, but one package may ship several assemblies, and an assembly's name
/// need not be its package's), so time is attributed through this map rather than by name.
/// </summary>
public sealed class PackageMap
{
    private readonly Dictionary<string, NuGetPackage> _packages;
    private readonly HashSet<string> _projects;

    private PackageMap(Dictionary<string, NuGetPackage> packages, HashSet<string> projects)
    {
        _packages = packages;
        _projects = projects;
    }

    /// <summary>No deps.json (a Native AOT build has none): every assembly is unattributed.</summary>
    public static PackageMap Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase));

    /// <summary>The map of <c>&lt;app&gt;.deps.json</c> in <paramref name="publishDirectory"/>, or <see cref="Empty"/> when there is none.</summary>
    public static PackageMap FromPublishDirectory(string publishDirectory, string app)
    {
        var path = Path.Combine(publishDirectory, app + ".deps.json");
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;
    }

    /// <summary>Reads a deps.json document.</summary>
    public static PackageMap Parse(string depsJson)
    {
        using var document = JsonDocument.Parse(depsJson, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("libraries", out var libraries))
        {
            foreach (var library in libraries.EnumerateObject())
            {
                kinds[library.Name] = library.Value.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "";
            }
        }

        var packages = new Dictionary<string, NuGetPackage>(StringComparer.OrdinalIgnoreCase);
        var projects = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (Target(root) is not { } target)
        {
            return new PackageMap(packages, projects);
        }

        foreach (var library in target.EnumerateObject())
        {
            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var kind = kinds.GetValueOrDefault(library.Name, "");
            var package = new NuGetPackage(library.Name[..slash], library.Name[(slash + 1)..]);
            foreach (var assembly in RuntimeAssemblies(library.Value))
            {
                if (kind == "package")
                {
                    packages.TryAdd(assembly, package);
                }
                else if (kind == "project")
                {
                    projects.Add(assembly);
                }
            }
        }

        return new PackageMap(packages, projects);
    }

    /// <summary>The package that ships <paramref name="assembly"/> (a simple name), or null for the app's projects and the framework.</summary>
    public NuGetPackage? PackageOf(string assembly) => _packages.GetValueOrDefault(assembly);

    /// <summary>One of the app's own projects (the function or a project it references).</summary>
    public bool IsProject(string assembly) => _projects.Contains(assembly);

    /// <summary>The target the app was published for (runtimeTarget.name), else the first one.</summary>
    private static JsonElement? Target(JsonElement root)
    {
        if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("runtimeTarget", out var runtimeTarget) && runtimeTarget.TryGetProperty("name", out var name)
            && name.GetString() is { } targetName && targets.TryGetProperty(targetName, out var named))
        {
            return named;
        }

        foreach (var first in targets.EnumerateObject())
        {
            return first.Value;
        }

        return null;
    }

    /// <summary>The simple names of a library's runtime assemblies: "runtime", and "runtimeTargets" assets of type runtime.</summary>
    private static IEnumerable<string> RuntimeAssemblies(JsonElement library)
    {
        if (library.TryGetProperty("runtime", out var runtime))
        {
            foreach (var asset in runtime.EnumerateObject())
            {
                yield return Path.GetFileNameWithoutExtension(asset.Name);
            }
        }

        if (library.TryGetProperty("runtimeTargets", out var runtimeTargets))
        {
            foreach (var asset in runtimeTargets.EnumerateObject()
                .Where(a => a.Value.TryGetProperty("assetType", out var type) && type.GetString() == "runtime"))
            {
                yield return Path.GetFileNameWithoutExtension(asset.Name);
            }
        }
    }
}
