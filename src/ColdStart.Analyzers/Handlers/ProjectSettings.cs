using System;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Handlers
{
    /// <summary>
    /// The MSBuild properties the build and deployment rules read, made visible by the package's props
    /// (<c>CompilerVisibleProperty</c>). Evaluated properties: a setting inside an XML comment is simply absent.
    /// </summary>
    internal sealed class ProjectSettings
    {
        private static readonly Regex OldFramework = new(@"^(netstandard\d|netcoreapp[12]\.|net[1-4]\d*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly AnalyzerConfigOptions _options;

        public ProjectSettings(AnalyzerConfigOptions options, Compilation compilation)
        {
            _options = options;
            ProjectName = Get("MSBuildProjectName") is { Length: > 0 } name ? name : compilation.AssemblyName ?? "this project";
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

        /// <summary>
        /// True when <paramref name="path"/> sits in the project's own folder, or when the folder is not visible. A
        /// template found above the folder (a repository-level SAM template) may describe other projects' functions.
        /// </summary>
        public bool IsInProjectFolder(string path)
        {
            var folder = Get("MSBuildProjectDirectory").TrimEnd('/', '\\');
            var fileFolder = System.IO.Path.GetDirectoryName(path)?.TrimEnd('/', '\\');
            return folder.Length == 0 || fileFolder is null || string.Equals(folder.Replace('\\', '/'), fileFolder.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        }

        public bool IsTrue(string property) => string.Equals(Get(property), "true", StringComparison.OrdinalIgnoreCase);

        public bool IsFalse(string property) => string.Equals(Get(property), "false", StringComparison.OrdinalIgnoreCase);

        private string Get(string property)
        {
            return _options.TryGetValue("build_property." + property, out var value) ? value.Trim() : string.Empty;
        }
    }
}
