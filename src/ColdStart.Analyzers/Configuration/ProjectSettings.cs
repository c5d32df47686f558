using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Configuration;

/// <summary>
/// The MSBuild properties the build and deployment rules read, made visible by the package's props
/// (<c>CompilerVisibleProperty</c>), plus the project file itself (an additional file the props add) for what the
/// evaluated properties cannot show: a publish setting under a condition the build does not meet (a Release-only
/// <c>PublishReadyToRun</c> while the analyzers run in Debug), and where in the file to report.
/// </summary>
internal sealed class ProjectSettings
{
    private static readonly Regex OldFramework = new(
        @"^(netstandard\d|netcoreapp[12]\.|net[1-4]\d*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex NetCoreBeforeReadyToRun = new(@"^netcoreapp[12]\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex XmlComment = new("<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private readonly AnalyzerConfigOptions _options;
    private readonly AdditionalText? _projectFile;
    private readonly string _maskedProjectFile;
    private readonly string _msbuildParameters;

    public ProjectSettings(AnalyzerConfigOptions options, Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
    {
        _options = options;
        ProjectName = Get("MSBuildProjectName") is { Length: > 0 } name ? name : compilation.AssemblyName ?? "this project";
        _projectFile = FindProjectFile(additionalFiles, ProjectName);
        _maskedProjectFile = _projectFile?.GetText()?.ToString() is { } text
            ? XmlComment.Replace(text, comment => new string(' ', comment.Length))
            : string.Empty;
        _msbuildParameters = ToolsDefaultsMsbuildParameters(additionalFiles, this);
    }

    /// <summary>
    /// False when the package's props were not imported (the analyzers referenced some other way): then the
    /// settings are unknown and the rules stay silent rather than guess.
    /// </summary>
    public bool AreVisible => _options.TryGetValue("build_property.PublishReadyToRun", out _);

    public string ProjectName { get; }

    public string TargetFramework => Get("TargetFramework");

    /// <summary>netcoreapp3.0 and later (where ReadyToRun and the runtime settings apply).</summary>
    public bool TargetsModernDotNet => TargetFramework.Length == 0 || !OldFramework.IsMatch(TargetFramework);

    /// <summary>netcoreapp1.x/2.x: a function on a retired Lambda runtime, before ReadyToRun existed.</summary>
    public bool TargetsNetCoreBeforeReadyToRun => NetCoreBeforeReadyToRun.IsMatch(TargetFramework);

    /// <summary>
    /// True when <paramref name="path"/> sits in the project's own folder, or when the folder is not visible. A
    /// template found above the folder (a repository-level SAM template) may describe other projects' functions.
    /// </summary>
    public bool IsInProjectFolder(string path)
    {
        var folder = Get("MSBuildProjectDirectory").TrimEnd('/', '\\');
        var fileFolder = Path.GetDirectoryName(path)?.TrimEnd('/', '\\');
        return folder.Length == 0 || fileFolder is null
            || string.Equals(folder.Replace('\\', '/'), fileFolder.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A .NET Aspire AppHost (<c>IsAspireHost</c>, set by Aspire.AppHost.Sdk): a local orchestrator that starts the app's
    /// projects, never deployed as a function itself, even when it references their packages.
    /// </summary>
    public bool IsAspireAppHost => IsTrue("IsAspireHost")
        || Elements("IsAspireHost").Any(e => string.Equals(e.Groups["value"].Value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        || Regex.IsMatch(_maskedProjectFile, @"Sdk\s*=\s*""Aspire\.AppHost\.Sdk|<Sdk\s+Name\s*=\s*""Aspire\.AppHost\.Sdk""", RegexOptions.IgnoreCase);

    public bool IsTrue(string property) => string.Equals(Get(property), "true", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse(string property) => string.Equals(Get(property), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when a publish turns <paramref name="property"/> on: its evaluated value, an element in the project
    /// file that sets it to true under any condition (conditions usually select Release), or the
    /// <c>msbuild-parameters</c> that aws-lambda-tools-defaults.json passes to <c>dotnet lambda deploy-function</c>.
    /// </summary>
    public bool IsOnWhenPublished(string property)
    {
        return IsTrue(property)
            || Elements(property).Any(e => string.Equals(e.Groups["value"].Value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            || Regex.IsMatch(_msbuildParameters, @"\b" + Regex.Escape(property) + @"\s*=\s*true\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// True when the project itself turns <paramref name="property"/> on for a publish: its evaluated value or an element
    /// in the project file under any condition. A Dockerfile's own <c>dotnet publish</c> sees these, but not the
    /// deploy tool's msbuild-parameters.
    /// </summary>
    public bool IsOnInProjectFile(string property)
    {
        return IsTrue(property)
            || Elements(property).Any(e => string.Equals(e.Groups["value"].Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where in the project file a project-level diagnostic belongs: the element that sets
    /// <paramref name="property"/>, else the target framework, else the file's first line; no location when the
    /// project file is not visible (the package's props were not imported).
    /// </summary>
    public Location ProjectFileLocation(string property)
    {
        if (_projectFile is null || _projectFile.GetText() is not { } text)
        {
            return Location.None;
        }

        var element = Elements(property).Concat(Elements("TargetFramework")).Concat(Elements("TargetFrameworks")).FirstOrDefault();
        var span = element is null ? new TextSpan(0, 0) : new TextSpan(element.Index, element.Length);
        return Location.Create(_projectFile.Path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>
    /// The version the project file asks for in <c>&lt;PackageReference Include="<paramref name="packageId"/>" Version="..." /&gt;</c>
    /// (attribute or child element), as a version without its pre-release label; null when the file does not say
    /// (central package management, a property, no such reference, or the file not visible).
    /// </summary>
    public Version? PackageReferenceVersion(string packageId)
    {
        if (_maskedProjectFile.Length == 0)
        {
            return null;
        }

        var reference = Regex.Match(
            _maskedProjectFile,
            @"<PackageReference\b(?<attributes>[^>]*?\bInclude\s*=\s*""" + Regex.Escape(packageId) + @"""[^>]*?)(/>|>(?<body>.*?)</PackageReference\s*>)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        if (!reference.Success)
        {
            return null;
        }

        var version = Regex.Match(reference.Groups["attributes"].Value, @"\bVersion\s*=\s*""(?<version>[^""]*)""", RegexOptions.IgnoreCase);
        if (!version.Success)
        {
            version = Regex.Match(reference.Groups["body"].Value, @"<Version>(?<version>[^<]*)</Version>", RegexOptions.IgnoreCase);
        }

        var numbers = Regex.Match(version.Groups["version"].Value.Trim(), @"^\[?(?<numbers>\d+(\.\d+){1,3})");
        return numbers.Success && Version.TryParse(numbers.Groups["numbers"].Value, out var parsed) ? parsed : null;
    }

    private System.Collections.Generic.IEnumerable<Match> Elements(string property)
    {
        if (_maskedProjectFile.Length == 0)
        {
            return Enumerable.Empty<Match>();
        }

        var pattern = "<" + Regex.Escape(property) + @"(\s[^>]*)?>(?<value>[^<]*)</" + Regex.Escape(property) + @"\s*>";
        return Regex.Matches(_maskedProjectFile, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Cast<Match>();
    }

    private static AdditionalText? FindProjectFile(ImmutableArray<AdditionalText> additionalFiles, string projectName)
    {
        var projectFiles = additionalFiles.Where(f => f.Path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        return projectFiles.FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f.Path), projectName, StringComparison.OrdinalIgnoreCase))
            ?? (projectFiles.Count == 1 ? projectFiles[0] : null);
    }

    private static string ToolsDefaultsMsbuildParameters(ImmutableArray<AdditionalText> additionalFiles, ProjectSettings settings)
    {
        var defaults = additionalFiles.FirstOrDefault(f => DeploymentTemplates.IsLambdaToolsDefaults(f.Path) && settings.IsInProjectFolder(f.Path));
        return defaults?.GetText() is { } text ? DeploymentTemplates.MsbuildParameters(text) : string.Empty;
    }

    private string Get(string property)
    {
        return _options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;
    }
}
