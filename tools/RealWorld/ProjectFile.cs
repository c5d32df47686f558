using System.Xml.Linq;

namespace ColdStart.RealWorld;

/// <summary>
/// What the evaluation needs from an SDK-style project file, read as XML the way a reader would: properties
/// (Directory.Build.props first; conditions ignored so a Release-only setting still counts, except those on the
/// project's name, which MSBuild can decide before anything else), package and project references, and the SDK.
/// </summary>
internal sealed class ProjectFile
{
    private ProjectFile(
        string path, IReadOnlyDictionary<string, string> properties, IReadOnlyList<string> packages, IReadOnlyList<string> projectReferences, string sdk)
    {
        Path = path;
        Properties = properties;
        Packages = packages;
        ProjectReferences = projectReferences;
        Sdk = sdk;
    }

    public string Path { get; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public IReadOnlyDictionary<string, string> Properties { get; }

    public IReadOnlyList<string> Packages { get; }

    /// <summary>
    /// The version each package reference asks for (its <c>Version</c> or <c>VersionOverride</c>, else the nearest
    /// Directory.Packages.props), where one is written as a literal or as a property this reader knows.
    /// </summary>
    public IReadOnlyDictionary<string, string> PackageVersions { get; private set; } = new Dictionary<string, string>();

    /// <summary>Full paths of referenced projects.</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    public string Sdk { get; }

    public bool IsWeb => AsksForAspNetCore || Packages.Any(MayBringAspNetCore);

    /// <summary>The project itself asks for ASP.NET Core's shared framework: the Web SDK or a framework reference.</summary>
    public bool AsksForAspNetCore => Sdk.Contains("Web", StringComparison.OrdinalIgnoreCase) || FrameworkReferences.Contains("Microsoft.AspNetCore.App");

    /// <summary>
    /// A guess from the name, for a package that is not restored: ASP.NET Core's libraries and packages for it (Serilog.AspNetCore,
    /// Swashbuckle.AspNetCore, Amazon.Lambda.AspNetCoreServer, ...) bring the shared framework with them.
    /// </summary>
    public static bool MayBringAspNetCore(string package) =>
        package.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) || package.Contains("AspNetCore", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The project's <c>&lt;Using&gt;</c> items as the SDK writes them into GlobalUsings.g.cs with implicit usings on
    /// (<c>global using X;</c>, <c>global using A = X;</c>, <c>global using static X;</c>), and the namespaces it removes.
    /// </summary>
    public IReadOnlyList<string> UsingDirectives { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> RemovedUsings { get; private set; } = Array.Empty<string>();

    /// <summary>Shared frameworks the project names (a class library can ask for ASP.NET Core this way).</summary>
    public IReadOnlyList<string> FrameworkReferences { get; private set; } = Array.Empty<string>();

    /// <summary>
    /// A project of tests, which the evaluation skips. Not a project that declares itself a deployed function
    /// (AWSProjectType Lambda, an Azure Functions AzureFunctionsVersion) under a name that is not a test project's: that is
    /// what gets deployed, test packages in it or not (a function that runs NUnit suites, a template that keeps its xunit
    /// references in the function's project file), and what the analyzers analyse too.
    /// </summary>
    public bool IsTestProject => (!(Property("AWSProjectType").Equals("Lambda", StringComparison.OrdinalIgnoreCase)
                || Property("AzureFunctionsVersion").Length > 0)
            || Name.EndsWith("Test", StringComparison.OrdinalIgnoreCase) || Name.EndsWith("Tests", StringComparison.OrdinalIgnoreCase))
        && (Packages.Any(p => p is "Microsoft.NET.Test.Sdk" or "xunit" or "NUnit" or "MSTest.TestFramework")
            || Property("IsTestProject").Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Microsoft.NET.Test.Sdk, whose props set <c>IsTestProject</c> in the build the analyzers see.</summary>
    public bool ReferencesTestSdk => Packages.Contains("Microsoft.NET.Test.Sdk");

    /// <summary>
    /// OutputType Exe or WinExe, or a web or worker-service project that does not set it (Microsoft.NET.Sdk.Web and
    /// Microsoft.NET.Sdk.Worker default to Exe).
    /// </summary>
    public bool IsExecutable => Property("OutputType").Equals("Exe", StringComparison.OrdinalIgnoreCase) || IsWindowsExecutable
        || (Property("OutputType").Length == 0 && (Sdk.Contains("Web", StringComparison.OrdinalIgnoreCase) || IsWorkerService));

    /// <summary>OutputType WinExe: an executable without a console window, which the compiler builds as a Windows application.</summary>
    public bool IsWindowsExecutable => Property("OutputType").Equals("WinExe", StringComparison.OrdinalIgnoreCase);

    /// <summary>Microsoft.NET.Sdk.Worker: an executable whose implicit usings add the hosting namespaces.</summary>
    public bool IsWorkerService => Sdk.Contains("Sdk.Worker", StringComparison.OrdinalIgnoreCase);

    public string Property(string name) => Properties.TryGetValue(name, out var value) ? value : string.Empty;

    public static ProjectFile Read(string path, string repositoryRoot)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var packages = new List<string>();
        var projectName = System.IO.Path.GetFileNameWithoutExtension(path);
        foreach (var props in DirectoryBuildProps(System.IO.Path.GetDirectoryName(path)!, repositoryRoot))
        {
            Collect(Load(props), projectName, properties, packages);
        }

        var project = Load(path);
        Collect(project, projectName, properties, packages);
        if (!properties.ContainsKey("TargetFramework") && properties.TryGetValue("TargetFrameworks", out var frameworks))
        {
            properties["TargetFramework"] = frameworks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                ?? string.Empty;
        }

        var references = project?.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, include.Replace('\\', '/'))))
            .ToList() ?? new List<string>();
        var sdk = (string?)project?.Root?.Attribute("Sdk") ?? string.Empty;
        var frameworkReferences = project?.Descendants().Where(e => e.Name.LocalName == "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include")).OfType<string>().ToList() ?? new List<string>();
        var usingItems = project?.Descendants().Where(e => e.Name.LocalName == "Using").ToList() ?? new List<XElement>();
        var usingDirectives = usingItems
            .Where(e => e.Attribute("Include") is not null)
            .Select(e => ((string)e.Attribute("Include")!, (string?)e.Attribute("Alias") ?? (string?)e.Element(e.Name.Namespace + "Alias"),
                string.Equals((string?)e.Attribute("Static") ?? (string?)e.Element(e.Name.Namespace + "Static"), "true", StringComparison.OrdinalIgnoreCase)))
            .Select(u => u.Item3 ? $"static global::{u.Item1}" : u.Item2 is { Length: > 0 } alias ? $"{alias} = global::{u.Item1}" : $"global::{u.Item1}")
            .ToList();
        var removed = usingItems.Select(e => (string?)e.Attribute("Remove")).OfType<string>().ToList();
        var removedSources = project?.Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(e => (string?)e.Attribute("Remove")).OfType<string>()
            .Append(properties.TryGetValue("DefaultItemExcludes", out var excludes) ? excludes : string.Empty)
            .SelectMany(remove => remove.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(remove => !remove.Contains("$(", StringComparison.Ordinal))
            .Select(Glob)
            .ToList() ?? new List<System.Text.RegularExpressions.Regex>();
        var linkedSources = project?.Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(e => (string?)e.Attribute("Include")).OfType<string>()
            .SelectMany(include => include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(include => !include.Contains('*') && !include.Contains("$(", StringComparison.Ordinal))
            .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, include.Replace('\\', '/'))))
            .Where(System.IO.File.Exists)
            .ToList() ?? new List<string>();
        return new ProjectFile(path, properties, packages, references, sdk)
        {
            PackageVersions = PackageVersionsOf(path, repositoryRoot, project, properties),
            FrameworkReferences = frameworkReferences,
            UsingDirectives = usingDirectives,
            RemovedUsings = removed,
            RemovedSources = removedSources,
            LinkedSources = linkedSources,
        };
    }

    private static Dictionary<string, string> PackageVersionsOf(
        string path, string repositoryRoot, XDocument? project, IReadOnlyDictionary<string, string> properties)
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (NearestAbove(System.IO.Path.GetDirectoryName(path)!, repositoryRoot, "Directory.Packages.props") is { } central
            && Load(central)?.Root is { } centralRoot)
        {
            foreach (var entry in centralRoot.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
            {
                Record(entry, versions, properties);
            }
        }

        var buildProps = DirectoryBuildProps(System.IO.Path.GetDirectoryName(path)!, repositoryRoot).Select(Load);
        foreach (var reference in buildProps.Append(project).SelectMany(document => document?.Descendants() ?? Enumerable.Empty<XElement>())
            .Where(e => e.Name.LocalName == "PackageReference"))
        {
            Record(reference, versions, properties);
        }

        return versions;

        static void Record(XElement item, Dictionary<string, string> versions, IReadOnlyDictionary<string, string> properties)
        {
            var written = (string?)item.Attribute("VersionOverride") ?? (string?)item.Attribute("Version")
                ?? item.Elements().FirstOrDefault(e => e.Name.LocalName is "Version" or "VersionOverride")?.Value;
            if ((string?)item.Attribute("Include") is not { } name || written is null)
            {
                return;
            }

            var version = System.Text.RegularExpressions.Regex.Replace(written.Trim(), @"\$\((\w+)\)",
                match => properties.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
            if (!version.Contains("$(", StringComparison.Ordinal) && version.Length > 0)
            {
                versions[name] = version;
            }
        }
    }

    private static string? NearestAbove(string directory, string repositoryRoot, string fileName)
    {
        for (var current = directory; current is not null
            && current.StartsWith(repositoryRoot, StringComparison.Ordinal); current = System.IO.Path.GetDirectoryName(current))
        {
            var candidate = System.IO.Path.Combine(current, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a source file (its path relative to the project folder, with '/') is taken out of the compilation by a
    /// <c>&lt;Compile Remove="..."/&gt;</c> of the project file (<c>Old\**</c>, <c>**\*.Designer.cs</c>, a single file) or by its
    /// <c>DefaultItemExcludes</c> (<c>$(DefaultItemExcludes);src\**;tests\**</c>, a root project over its sub-projects' folders).
    /// </summary>
    public bool IsRemovedSource(string relativePath) => RemovedSources.Any(pattern => pattern.IsMatch(relativePath));

    private IReadOnlyList<System.Text.RegularExpressions.Regex> RemovedSources { get; init; } = Array.Empty<System.Text.RegularExpressions.Regex>();

    /// <summary>
    /// The files a <c>&lt;Compile Include="..\Core\Transaction.cs" Link="..."/&gt;</c> names one by one (full paths, those that
    /// exist), which the build compiles wherever they are: a project that shares its sibling folder's sources this way.
    /// </summary>
    public IReadOnlyList<string> LinkedSources { get; private init; } = Array.Empty<string>();

    // An MSBuild item pattern relative to the project folder: `**` any folders, `*` and `?` within one name.
    private static System.Text.RegularExpressions.Regex Glob(string pattern)
    {
        var relative = pattern.Replace('\\', '/');
        var escaped = System.Text.RegularExpressions.Regex.Escape(relative.StartsWith("./", StringComparison.Ordinal) ? relative[2..] : relative)
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new System.Text.RegularExpressions.Regex(
            "^" + escaped + "$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    private static XDocument? Load(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or IOException)
        {
            return null;
        }
    }

    private static void Collect(XDocument? document, string projectName, Dictionary<string, string> properties, List<string> packages)
    {
        if (document?.Root is null)
        {
            return;
        }

        foreach (var group in document.Root.Elements().Where(e => e.Name.LocalName == "PropertyGroup" && AppliesTo(e, projectName)))
        {
            foreach (var property in group.Elements())
            {
                properties[property.Name.LocalName] = property.Value.Trim();
            }
        }

        packages.AddRange(document.Descendants()
            .Where(e => e.Name.LocalName == "PackageReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>());
    }

    private static readonly System.Text.RegularExpressions.Regex ProjectNameCondition =
        new(@"^\s*'?(?<not>!)?\$\(MSBuildProjectName\.(?<test>EndsWith|StartsWith|Contains)\('(?<text>[^']*)'\)\)'?\s*$");

    // Conditions on the project's name (e.g. test settings for projects ending in "Tests") are decided; any other
    // condition counts as met.
    private static bool AppliesTo(XElement group, string projectName)
    {
        var match = ProjectNameCondition.Match((string?)group.Attribute("Condition") ?? string.Empty);
        if (!match.Success)
        {
            return true;
        }

        var text = match.Groups["text"].Value;
        var holds = match.Groups["test"].Value switch
        {
            "EndsWith" => projectName.EndsWith(text, StringComparison.Ordinal),
            "StartsWith" => projectName.StartsWith(text, StringComparison.Ordinal),
            _ => projectName.Contains(text, StringComparison.Ordinal),
        };
        return holds != match.Groups["not"].Success;
    }

    // MSBuild imports only the nearest Directory.Build.props; a file that imports its parent is rare enough to ignore.
    private static IEnumerable<string> DirectoryBuildProps(string directory, string repositoryRoot)
    {
        return NearestAbove(directory, repositoryRoot, "Directory.Build.props") is { } props ? new[] { props } : Array.Empty<string>();
    }
}
