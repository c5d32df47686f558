using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.RealWorld;

/// <summary>
/// Compiles a project of a corpus repository in memory, the way its build would: its own C# files, the SDK's
/// implicit usings, the framework (plus ASP.NET Core for web projects), the libraries this tool references, the
/// Lambda stubs for the Amazon.Lambda.* packages it references, and its project references (compiled first).
/// </summary>
internal sealed class ProjectCompiler
{
    private static readonly ISourceGenerator HazardSummary = new ColdStart.Analyzers.Generation.HazardSummaryGenerator().AsSourceGenerator();

    private static readonly string[] DeploymentFiles =
    {
        "aws-lambda-tools-defaults.json", "serverless.template", "template.yaml", "template.yml", "serverless.yml", "serverless.yaml",
        "runtimeconfig.template.json",
    };

    private static readonly string[] VisibleProperties =
    {
        "AWSProjectType", "MSBuildProjectName", "MSBuildProjectDirectory", "RootNamespace", "OutputType", "IsAspireHost", "TargetFramework",
            "PublishReadyToRun",
            "PublishReadyToRunComposite",
        "PublishAot", "PublishTrimmed", "SelfContained", "InvariantGlobalization", "TieredCompilation", "TieredCompilationQuickJit",
        "TieredCompilationQuickJitForLoops", "FunctionsEnableExecutorSourceGen", "FunctionsEnableWorkerIndexing", "FunctionsEnableMetadataSourceGen",
        "IsTestProject", "AzureFunctionsVersion",
    };

    private static readonly string[] ConsoleUsings =
        { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

    private static readonly string[] WebUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    private static readonly string[] WorkerUsings =
    {
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    private readonly string _repositoryRoot;
    private readonly References _references;
    private readonly Dictionary<string, Compilation?> _compiled = new(StringComparer.Ordinal);

    /// <summary>Each compiled project's own project references and theirs: project references flow on, as in a build.</summary>
    private readonly Dictionary<string, List<(string Path, Compilation Compilation)>> _referenceClosure = new(StringComparer.Ordinal);

    /// <summary>Each compiled project's package references and those of the projects it references.</summary>
    private readonly Dictionary<string, HashSet<string>> _packageClosure = new(StringComparer.Ordinal);

    /// <summary>The versions those package references ask for, the project's own first.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _versionClosure = new(StringComparer.Ordinal);

    public ProjectCompiler(string repositoryRoot, References references)
    {
        _repositoryRoot = repositoryRoot;
        _references = references;
    }

    public Compilation? Compile(ProjectFile project) => Compile(project, new HashSet<string>(StringComparer.Ordinal));

    public AnalyzerOptions OptionsFor(ProjectFile project)
    {
        // What the package's props add: the project file, the deployment files and Dockerfiles in its folder (else the
        // nearest Dockerfile above it), and the nearest template above it.
        var ownDockerfiles = Dockerfiles(project.Directory).ToList();
        var additionalFiles = new[] { project.Path }
            .Concat(DeploymentFiles.Select(name => Path.Combine(project.Directory, name)).Where(File.Exists))
            .Concat(ownDockerfiles)
            .Concat(ownDockerfiles.Any(path => Path.GetFileName(path) is "Dockerfile" or "dockerfile")
                ? []
                : new[] { NearestAbove(project.Directory, "Dockerfile") }.OfType<string>())
            .Concat(new[] { "template.yaml", "template.yml", "serverless.template", "serverless.yml" }
                .Select(name => NearestAbove(project.Directory, name))
                .OfType<string>())
            .Select(path => (AdditionalText)new FileText(path))
            .ToImmutableArray();
        var properties = VisibleProperties.ToDictionary(
            name => "build_property." + name,
            name => name switch
            {
                "MSBuildProjectName" => project.Name,
                "MSBuildProjectDirectory" => project.Directory,
                "OutputType" => project.IsWindowsExecutable ? "WinExe" : project.IsExecutable ? "Exe" : "Library",
                "IsTestProject" => project.ReferencesTestSdk ? "true" : project.Property(name),
                _ => project.Property(name),
            });
        return new AnalyzerOptions(additionalFiles, new GlobalOptionsProvider(properties));
    }

    private Compilation? Compile(ProjectFile project, HashSet<string> visiting)
    {
        if (_compiled.TryGetValue(project.Path, out var done))
        {
            return done;
        }

        if (!visiting.Add(project.Path))
        {
            return null;
        }

        var references = new List<MetadataReference>();
        var packages = new HashSet<string>(project.Packages, StringComparer.Ordinal);
        var versions = new Dictionary<string, string>(project.PackageVersions, StringComparer.OrdinalIgnoreCase);
        var closure = new List<(string Path, Compilation Compilation)>();
        foreach (var referencePath in project.ProjectReferences.Where(File.Exists))
        {
            var referenced = ProjectFile.Read(referencePath, _repositoryRoot);
            packages.UnionWith(referenced.Packages);
            if (Compile(referenced, visiting) is { } compilation)
            {
                closure.Add((referencePath, compilation));
                closure.AddRange(_referenceClosure[referencePath]);
                packages.UnionWith(_packageClosure[referencePath]);
                foreach (var (id, version) in _versionClosure[referencePath])
                {
                    versions.TryAdd(id, version);
                }
            }
        }

        closure = closure.DistinctBy(c => c.Path).ToList();
        references.AddRange(_references.For(project, packages, versions));
        references.AddRange(closure.Select(c => c.Compilation.ToMetadataReference()));
        _referenceClosure[project.Path] = closure;
        _packageClosure[project.Path] = packages;
        _versionClosure[project.Path] = versions;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: PreprocessorSymbols(project));
        var trees = SourceFiles(project)
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), parseOptions, path))
            .ToList();
        references.AddRange(_references.LambdaStubsFor(packages, trees));
        references.AddRange(_references.ThirdPartyStubsFor(packages, trees));
        references.AddRange(_references.RestoredFor(packages, versions, references));
        if (!project.Property("ImplicitUsings").Equals("disable", StringComparison.OrdinalIgnoreCase) && project.Property("ImplicitUsings").Length > 0)
        {
            var usings = (project.IsWeb ? ConsoleUsings.Concat(WebUsings) : project.IsWorkerService ? ConsoleUsings.Concat(WorkerUsings) : ConsoleUsings)
                .Where(u => !project.RemovedUsings.Contains(u))
                .Select(u => "global::" + u)
                .Concat(project.UsingDirectives)
                .Distinct();
            trees.Add(
                CSharpSyntaxTree.ParseText(
                    string.Concat(usings.Select(u => "global using " + u + ";\n")), parseOptions,
                    Path.Combine(project.Directory, "obj", "GlobalUsings.g.cs")));
        }

        if (_references.AwsServicesFor(packages, trees) is { } awsServices)
        {
            references.Add(awsServices);
        }

        var options = new CSharpCompilationOptions(
            project.IsWindowsExecutable ? OutputKind.WindowsApplication
                : project.IsExecutable ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: project.Property("Nullable").Equals("enable", StringComparison.OrdinalIgnoreCase) ? NullableContextOptions.Enable
                : NullableContextOptions.Disable,
            allowUnsafe: true);
        // The handler strings of deployment files name the assembly, which <AssemblyName> may rename.
        var assemblyName = project.Property("AssemblyName") is { Length: > 0 } named && !named.Contains("$(", StringComparison.Ordinal) ? named : project.Name;
        Compilation result = CSharpCompilation.Create(assemblyName, trees, references, options);
        // The source generators every build of such a project runs (System.Text.Json, Regex, LoggerMessage): without
        // them a JsonSerializerContext or a [GeneratedRegex] method is an error, and the project's code unanalysable.
        // With the package installed in every project (Directory.Build.props), a class library also gets its hazard
        // summary, which the functions that reference it read.
        CSharpGeneratorDriver.Create(_references.Generators.Add(HazardSummary), parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(result, out result, out _);

        // With Lambda Annotations an executable's Main may be written by the Annotations generator (GenerateMain),
        // which this tool does not run: compile such a project as a library rather than report CS5001. The analyzers
        // still see OutputType Exe through the build properties.
        if (project.IsExecutable && packages.Contains("Amazon.Lambda.Annotations")
            && result.GetDiagnostics().Any(d => d.Id == "CS5001"))
        {
            result = result.WithOptions(result.Options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary));
        }
        _compiled[project.Path] = result;
        return result;
    }

    private string? NearestAbove(string directory, string fileName)
    {
        for (var current = Path.GetDirectoryName(directory); current is not null
            && current.StartsWith(_repositoryRoot, StringComparison.Ordinal); current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The symbols a Release build of the project defines (a Lambda or a function app is published in Release): RELEASE and
    /// TRACE, the target framework's (NET8_0, NET6_0_OR_GREATER, NETCOREAPP3_1, ...) and the project's DefineConstants.
    /// </summary>
    internal static IEnumerable<string> PreprocessorSymbols(ProjectFile project)
    {
        var symbols = new List<string> { "RELEASE", "TRACE" };
        var framework = project.Property("TargetFramework").Trim().ToLowerInvariant();
        var match = System.Text.RegularExpressions.Regex.Match(framework, @"^(netcoreapp|netstandard|net)(\d+)\.(\d+)");
        if (match.Success)
        {
            var family = match.Groups[1].Value;
            var version = new Version(int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
            if (family == "netstandard")
            {
                symbols.AddRange(["NETSTANDARD", $"NETSTANDARD{version.Major}_{version.Minor}"]);
                symbols.AddRange(new[] { "1_0", "1_1", "1_2", "1_3", "1_4", "1_5", "1_6", "2_0", "2_1" }
                    .Where(v => Version.Parse(v.Replace('_', '.')) <= version).Select(v => $"NETSTANDARD{v}_OR_GREATER"));
            }
            else
            {
                var coreVersions = new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" };
                symbols.Add("NETCOREAPP");
                symbols.AddRange(coreVersions.Where(v => Version.Parse(v.Replace('_', '.')) <= version).Select(v => $"NETCOREAPP{v}_OR_GREATER"));
                if (family == "net" && version.Major >= 5)
                {
                    symbols.AddRange(["NET", $"NET{version.Major}_{version.Minor}"]);
                    symbols.AddRange(Enumerable.Range(5, version.Major - 4).Select(major => $"NET{major}_0_OR_GREATER"));
                }
                else
                {
                    symbols.Add($"NETCOREAPP{version.Major}_{version.Minor}");
                }
            }
        }

        symbols.AddRange(project.Property("DefineConstants").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(symbol => !symbol.StartsWith("$(", StringComparison.Ordinal)));
        return symbols.Distinct();
    }

    // The SDK's default items: every .cs file under the project folder but its bin and obj, those of projects in folders
    // below it included (the SDK does not leave them out: a solution that keeps its shared code in a project folder inside
    // the function's compiles it into the function), less what <Compile Remove> takes out, and the files that a
    // <Compile Include> names outside the folder.
    private static IEnumerable<string> SourceFiles(ProjectFile project)
    {
        return Directory.EnumerateFiles(project.Directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path, project.Directory))
            .Where(path => !project.IsRemovedSource(Path.GetRelativePath(project.Directory, path).Replace('\\', '/')))
            .Select(Path.GetFullPath)
            .Concat(project.LinkedSources)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal);
    }

    private static bool IsBuildOutput(string path, string projectDirectory)
    {
        var relative = Path.GetRelativePath(projectDirectory, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    // Dockerfile (or dockerfile when there is none) and *.Dockerfile, as the props pass them.
    private static IEnumerable<string> Dockerfiles(string directory)
    {
        var exact = Directory.EnumerateFiles(directory).Where(path => Path.GetFileName(path) is "Dockerfile" or "dockerfile")
            .OrderBy(path => Path.GetFileName(path), StringComparer.Ordinal)
            .Take(1);
        return exact.Concat(Directory.EnumerateFiles(directory, "*.Dockerfile"));
    }

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(new Dictionary<string, string>());
        private readonly AnalyzerConfigOptions _global;

        public GlobalOptionsProvider(Dictionary<string, string> global) => _global = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>
/// The metadata every corpus project compiles against: reference packs from the SDK, the library assemblies next
/// to this tool, and the stubs in Stubs/ compiled once into assemblies named after the packages they stand for.
/// </summary>
internal sealed partial class References
{
    private readonly Lazy<(HashSet<string> Types, HashSet<string> Namespaces)> _knownAwsTypes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MetadataReference> _awsServices = new(StringComparer.Ordinal);

    private readonly ImmutableArray<MetadataReference> _framework;
    private readonly ImmutableArray<MetadataReference> _aspNetCore;
    private readonly ImmutableArray<MetadataReference> _libraries;
    private readonly ImmutableArray<MetadataReference> _librariesBesideAspNetCore;
    private readonly ImmutableArray<MetadataReference> _azureLibraries;
    private readonly ImmutableArray<MetadataReference> _workerLibraries;
    private readonly ImmutableArray<MetadataReference> _aspNetCoreBesideLibraries;
    private readonly Dictionary<string, MetadataReference> _stubs = new(StringComparer.Ordinal);

    public References()
    {
        _knownAwsTypes = new Lazy<(HashSet<string> Types, HashSet<string> Namespaces)>(KnownAwsTypes);
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        _framework = ReferencePack(dotnetRoot, "Microsoft.NETCore.App.Ref");
        _aspNetCore = ReferencePack(dotnetRoot, "Microsoft.AspNetCore.App.Ref");
        var frameworkNames = FileNames(_framework);
        var aspNetCoreNames = FileNames(_aspNetCore);
        // A library the framework already holds (System.Text.Json, say) would define its types twice.
        var libraryPaths = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => !IsToolAssembly(Path.GetFileName(path)) && !frameworkNames.Contains(Path.GetFileName(path)) && IsManaged(path))
            .ToList();
        _libraries = libraryPaths.Where(path => !IsAzureAssembly(path))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        _azureLibraries = libraryPaths.Where(path => IsAzureAssembly(path) && !IsWorkerAssembly(path))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        _workerLibraries = libraryPaths.Where(IsWorkerAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        _librariesBesideAspNetCore = libraryPaths.Where(path => !aspNetCoreNames.Contains(Path.GetFileName(path)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        var libraryNames = libraryPaths.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _aspNetCoreBesideLibraries = _aspNetCore.Where(r => !libraryNames.Contains(Path.GetFileName(((PortableExecutableReference)r).FilePath!)))
            .ToImmutableArray();
        Generators = LoadGenerators(
            Path.Combine(PackDirectory(dotnetRoot, "Microsoft.NETCore.App.Ref"), "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"),
            Path.Combine(PackDirectory(dotnetRoot, "Microsoft.NETCore.App.Ref"), "analyzers", "dotnet", "cs", "System.Text.RegularExpressions.Generator.dll"),
            Path.Combine(PackDirectory(dotnetRoot, "Microsoft.AspNetCore.App.Ref"), "analyzers", "dotnet", "cs",
                "Microsoft.Extensions.Logging.Generators.dll"));

        CompileStub("Amazon.Lambda.Core");
        CompileStub("Amazon.Lambda.Serialization.SystemTextJson", "Amazon.Lambda.Core");
        CompileStub("Amazon.Lambda.Serialization.Json", "Amazon.Lambda.Core");
        CompileStub("Amazon.Lambda.RuntimeSupport", "Amazon.Lambda.Core");
        CompileStub("Amazon.Lambda.Annotations");
        CompileStub("Amazon.Lambda.Events");
        CompileStub("Amazon.Lambda.AspNetCoreServer", "Amazon.Lambda.Core", "Amazon.Lambda.Events");
        CompileStub("Amazon.Lambda.AspNetCoreServer.Hosting", "Amazon.Lambda.Core");
        CompileStub("AWSSDK.Services");
        CompileStub("GraphQL.Client");
        CompileStub("Amazon.Lambda.Logging.AspNetCore");
        CompileStub("AWSXRayRecorder");
        CompileStub("AWS.Lambda.Powertools", "Amazon.Lambda.Core", "Amazon.Lambda.Events", "AWSXRayRecorder");
        CompileStub("MediatR");
        CompileStub("Amazon.Extensions.Configuration.SystemsManager");
        CompileStub("OpenTelemetry.AWS", "Amazon.Lambda.Core");
        CompileStub("ThirdParty.Clients");
        CompileStub("Azure.Functions.Worker.Extensions");
        CompileStub("Azure.Functions.Worker.Extensions.OpenApi");
        CompileStub("Alexa.NET");
        CompileStub("Azure.Configuration");
    }

    /// <summary>The source generators of the SDK's reference packs that every build runs.</summary>
    public ImmutableArray<ISourceGenerator> Generators { get; }

    /// <param name="packages">The packages of the project and of the projects it references.</param>
    /// <param name="versions">The versions those packages ask for.</param>
    public IEnumerable<MetadataReference> For(ProjectFile project, IReadOnlyCollection<string> packages, IReadOnlyDictionary<string, string> versions)
    {
        // Where a library package holds a newer build of a shared-framework assembly (Microsoft.Extensions.* 11 beside
        // ASP.NET Core 10), the SDK's conflict resolution keeps the package's: so does this, or a class library compiled
        // against the package could not be referenced from a web project (CS1705).
        var references = UsesAspNetCore(project, packages, versions)
            ? _framework.Concat(_aspNetCoreBesideLibraries).Concat(_libraries).Append(_stubs["AWSSDK.Services"])
            : _framework.Concat(_libraries).Append(_stubs["AWSSDK.Services"]);
        references = packages.Any(IsAzurePackage) ? references.Concat(_azureLibraries) : references;
        return packages.Any(IsWorkerPackage) ? references.Concat(_workerLibraries).Append(_stubs["Azure.Functions.Worker.Extensions"]) : references;
    }

    /// <summary>
    /// Whether the build gives the project ASP.NET Core's shared framework: the project asks for it, or a package it
    /// references (itself or through a project reference) declares the framework reference, as restored; an old ASP.NET
    /// Core 2.x package such as Microsoft.AspNetCore.Cors 2.3 does not. Without a restore, a guess from the package names.
    /// </summary>
    private bool UsesAspNetCore(ProjectFile project, IReadOnlyCollection<string> packages, IReadOnlyDictionary<string, string> versions) =>
        Restore is null
            ? project.IsWeb
            : project.AsksForAspNetCore
                || packages.Any(package => Restore.BringsAspNetCore(package, versions.GetValueOrDefault(package)) ?? ProjectFile.MayBringAspNetCore(package));

    /// <summary>
    /// The Azure Functions worker, its extensions and Durable Task: only a project that references a worker package (itself
    /// or through its project references) sees them; a web app with an Azure SDK package is not a function app.
    /// </summary>
    private static bool IsWorkerAssembly(string path) => IsWorkerPackage(Path.GetFileName(path));

    private static bool IsWorkerPackage(string name) =>
        name.StartsWith("Microsoft.Azure.Functions.Worker", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.DurableTask", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DurableTask.", StringComparison.Ordinal);

    /// <summary>
    /// The Azure SDK assemblies (and the worker's, see <see cref="IsWorkerAssembly"/>), which only a project with an Azure
    /// package sees (Azure.Core and Azure.Identity excepted: SQL Server's client brings them to every project that uses it).
    /// </summary>
    private static bool IsAzureAssembly(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("Azure.", StringComparison.Ordinal) && name is not ("Azure.Core.dll" or "Azure.Identity.dll"))
            || IsAzurePackage(name);
    }

    private static bool IsAzurePackage(string name) =>
        name.StartsWith("Azure.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Microsoft.Azure.", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.Extensions.Azure", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.ApplicationInsights", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.Extensions.Logging.ApplicationInsights", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.DurableTask", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DurableTask.", StringComparison.Ordinal);

    /// <summary>The stub assemblies for the Amazon.Lambda.* packages a project (or its references) names.</summary>
    public IEnumerable<MetadataReference> LambdaStubsFor(IReadOnlyCollection<string> packages, IReadOnlyList<SyntaxTree> trees)
    {
        // A Lambda package whose namespace the code names (imports it, or qualifies a type with it) without referencing it
        // comes from a package it does reference (a template's base-function package, a team's own package), which a
        // restore would bring along: it counts as referenced.
        var texts = new Lazy<List<string>>(() => trees.Select(tree => tree.GetText().ToString()).ToList());
        var lambda = packages.Where(p => p.StartsWith("Amazon.Lambda.", StringComparison.Ordinal))
            .Concat(LambdaNamespaces.Where(ns => texts.Value.Any(text => text.Contains(ns + ".", StringComparison.Ordinal)
                || text.Contains(ns + ";", StringComparison.Ordinal))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Packages that depend on Amazon.Lambda.Core bring it along, as a restore would.
        var bringsCore = packages.Any(p => p.StartsWith("AWS.Lambda.Powertools", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("OpenTelemetry.Contrib.Instrumentation.AWSLambda", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("OpenTelemetry.Instrumentation.AWSLambda", StringComparison.OrdinalIgnoreCase));
        if (lambda.Count == 0 && !bringsCore)
        {
            yield break;
        }

        yield return _stubs["Amazon.Lambda.Core"];
        yield return _stubs["Amazon.Lambda.Events"];
        foreach (var name in LambdaNamespaces.Skip(1))
        {
            // The hosting package depends on AspNetCoreServer, which depends on the serializer: reference what a restore would bring.
            var wanted = lambda.Any(p => p == name || p.StartsWith(name + ".", StringComparison.Ordinal))
                || (name == "Amazon.Lambda.AspNetCoreServer" && lambda.Any(p => p.StartsWith(name, StringComparison.Ordinal)))
                || (name == "Amazon.Lambda.Serialization.SystemTextJson"
                    && lambda.Any(p => p.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal) || p == "Amazon.Lambda.RuntimeSupport"))
                // AspNetCoreServer before 5.0 depended on the Newtonsoft serializer instead; its later versions' code never names it.
                || (name == "Amazon.Lambda.Serialization.Json"
                    && lambda.Any(p => p.StartsWith("Amazon.Lambda.AspNetCoreServer", StringComparison.Ordinal)));
            if (wanted)
            {
                yield return _stubs[name];
            }
        }
    }

    // Amazon.Lambda.Core, then the Lambda packages with a stub of their own; each package's root namespace is its name.
    private static readonly string[] LambdaNamespaces =
    {
        "Amazon.Lambda.Core", "Amazon.Lambda.Serialization.SystemTextJson", "Amazon.Lambda.Serialization.Json", "Amazon.Lambda.RuntimeSupport",
        "Amazon.Lambda.Annotations", "Amazon.Lambda.AspNetCoreServer.Hosting", "Amazon.Lambda.AspNetCoreServer",
    };

    /// <summary>
    /// Stubs for packages this feed does not serve, each with the package-name prefixes whose reference brings it (as a
    /// restore would bring the package, also as another package's dependency).
    /// </summary>
    // Each stub with the package-name prefixes it stands for and the namespaces only it defines: a project that uses one of
    // those without referencing the package gets it from a package it does reference (a team's own package over MediatR),
    // which the feed does not serve, so the stub stands in for it there too.
    private static readonly (string Stub, string[] Prefixes, string[] Namespaces)[] ThirdPartyStubs =
    {
        ("GraphQL.Client", new[] { "GraphQL.Client" }, new[] { "GraphQL.Client" }),
        ("Amazon.Lambda.Logging.AspNetCore", new[] { "Amazon.Lambda.Logging.AspNetCore", "Amazon.Lambda.AspNetCoreServer" }, Array.Empty<string>()),
        ("AWSXRayRecorder", new[] { "AWSXRayRecorder", "AWS.Lambda.Powertools" }, new[] { "Amazon.XRay.Recorder" }),
        ("AWS.Lambda.Powertools", new[] { "AWS.Lambda.Powertools" }, new[] { "AWS.Lambda.Powertools" }),
        ("MediatR", new[] { "MediatR" }, new[] { "MediatR" }),
        ("Alexa.NET", new[] { "Alexa.NET" }, new[] { "Alexa.NET" }),
        ("Amazon.Extensions.Configuration.SystemsManager", new[] { "Amazon.Extensions.Configuration.SystemsManager" }, Array.Empty<string>()),
        ("ThirdParty.Clients", new[]
        {
            "TinyCsvParser", "MimeTypeMapOfficial", "LibSql.Http.Client", "ProjectN.Bolt", "MySql.Data.EntityFrameworkCore", "MySql.EntityFrameworkCore",
            "AWS.Logger", "Kralizek.Extensions.Configuration.AWSSecretsManager", "SendGrid.Extensions.DependencyInjection", "OneOf.SourceGenerator",
            "LocalStack.Client",
        }, Array.Empty<string>()),
        ("OpenTelemetry.AWS", new[] { "OpenTelemetry.Instrumentation.AWS", "OpenTelemetry.Contrib.Instrumentation.AWS",
            "OpenTelemetry.Contrib.Extensions.AWSXRay" }, Array.Empty<string>()),
        ("Azure.Functions.Worker.Extensions.OpenApi", new[] { "Microsoft.Azure.Functions.Worker.Extensions.OpenApi",
            "Microsoft.Azure.WebJobs.Extensions.OpenApi" }, Array.Empty<string>()),
        ("Azure.Configuration", new[] { "Azure.Extensions.AspNetCore.Configuration.Secrets", "Microsoft.Extensions.Configuration.AzureKeyVault",
            "Microsoft.Extensions.Configuration.AzureAppConfiguration", "Microsoft.Azure.AppConfiguration" },
            new[] { "Azure.Extensions.AspNetCore.Configuration.Secrets", "Microsoft.Extensions.Configuration.AzureAppConfiguration" }),
    };

    /// <summary>The package-name prefixes of the packages Stubs/ stands in for.</summary>
    public static IEnumerable<string> StubbedPackagePrefixes => ThirdPartyStubs.SelectMany(stub => stub.Prefixes);

    /// <summary>Restores the packages a project references that this tool does not carry; null when restoring is off.</summary>
    public PackageRestore? Restore { get; set; }

    /// <summary>
    /// The restored assemblies of a project's packages (<see cref="Restore"/>), less those whose file the references
    /// already hold (the framework's, this tool's libraries) or whose assembly a stub stands for.
    /// </summary>
    public IEnumerable<MetadataReference> RestoredFor(
        IReadOnlyCollection<string> packages, IReadOnlyDictionary<string, string> versions, IReadOnlyCollection<MetadataReference> references)
    {
        if (Restore is null)
        {
            return Array.Empty<MetadataReference>();
        }

        var held = references.OfType<PortableExecutableReference>().Select(r => Path.GetFileName(r.FilePath)).OfType<string>()
            .Concat(_stubs.Keys.Select(name => name + ".dll"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Restore.AssembliesFor(packages, versions)
            .Where(path => !held.Contains(Path.GetFileName(path)))
            .Select(path => _restoredReferences.GetOrAdd(path, p => MetadataReference.CreateFromFile(p)));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MetadataReference> _restoredReferences = new(StringComparer.Ordinal);

    /// <summary>
    /// The stub assemblies for the third-party packages this feed does not serve: those the project references, and those
    /// whose own namespaces its sources import (`using MediatR;`) through a package that brings them.
    /// </summary>
    public IEnumerable<MetadataReference> ThirdPartyStubsFor(IReadOnlyCollection<string> packages, IReadOnlyList<SyntaxTree> trees)
    {
        var imported = new Lazy<HashSet<string>>(() => trees
            .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            .OfType<UsingDirectiveSyntax>()
            .Select(directive => directive.Name?.ToString())
            .OfType<string>()
            .Select(name => name.StartsWith("global::", StringComparison.Ordinal) ? name["global::".Length..] : name)
            .ToHashSet(StringComparer.Ordinal));
        return ThirdPartyStubs
            .Where(stub => packages.Any(p => stub.Prefixes.Any(prefix => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                || stub.Namespaces.Any(ns => imported.Value.Any(name => name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal))))
            .Select(stub => _stubs[stub.Stub]);
    }

    /// <summary>
    /// The AWS SDK service packages a project references that this feed does not serve and Stubs/ does not stand for
    /// (AWSSDK.SimpleEmail, AWSSDK.Comprehend...): their clients, config and service interfaces, named as the project's
    /// code names them (`AmazonComprehendClient`, `IAmazonSimpleEmailService`), each in the namespace of the package whose
    /// name starts its own. Their models are left out: a call to the service still does not bind, but building the client
    /// does, as it would against the real package. Null when nothing is missing.
    /// </summary>
    public MetadataReference? AwsServicesFor(IReadOnlyCollection<string> packages, IReadOnlyList<SyntaxTree> trees)
    {
        var known = _knownAwsTypes.Value;
        var missing = packages
            .Where(p => p.StartsWith("AWSSDK.", StringComparison.Ordinal) && p.Count(c => c == '.') == 1)
            .Select(p => "Amazon." + p["AWSSDK.".Length..])
            .Where(ns => !known.Namespaces.Contains(ns))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var stems = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var name in trees.SelectMany(t => t.GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Distinct(StringComparer.Ordinal))
        {
            if (known.Types.Contains(name) || AwsServiceName().Match(name) is not { Success: true } match)
            {
                continue;
            }

            var stem = match.Groups["stem"].Value;
            var ns = missing.Where(n => stem.StartsWith(n["Amazon.".Length..], StringComparison.OrdinalIgnoreCase)).MaxBy(n => n.Length)
                ?? (missing.Count == 1 ? missing[0] : null);
            if (ns is not null)
            {
                (stems.TryGetValue(ns, out var set) ? set : stems[ns] = new SortedSet<string>(StringComparer.Ordinal)).Add(stem);
            }
        }

        if (stems.Count == 0)
        {
            return null;
        }

        var source = string.Concat(stems.Select(entry => AwsServiceSource(entry.Key, entry.Value)));
        return _awsServices.GetOrAdd(source, text =>
        {
            var compilation = CSharpCompilation.Create(
                "AWSSDK.Missing",
                new[] { CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)) },
                _framework.Concat(_libraries),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(
                    "Generated AWS service stubs do not compile:\n"
                    + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(stream.ToArray());
        });
    }

    private static string AwsServiceSource(string ns, IEnumerable<string> stems)
    {
        var text = new System.Text.StringBuilder();
        text.Append("namespace ").Append(ns).AppendLine(" {");
        foreach (var stem in stems)
        {
            text.Append($$"""
                public interface IAmazon{{stem}} : Amazon.Runtime.IAmazonService, System.IDisposable
                {
                    static Amazon.Runtime.ClientConfig Amazon.Runtime.IAmazonService.CreateDefaultClientConfig() => new Amazon{{stem}}Config();
                    static Amazon.Runtime.IAmazonService Amazon.Runtime.IAmazonService.CreateDefaultServiceClient(
                        Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => new Amazon{{stem}}Client();
                }
                public class Amazon{{stem}}Config : Amazon.Runtime.ClientConfig
                {
                    public Amazon{{stem}}Config() : base(null!) { }
                    public override string RegionEndpointServiceName => "";
                    public override string ServiceVersion => "";
                    public override string UserAgent => "";
                    public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(
                        Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) => null!;
                }
                public class Amazon{{stem}}Client : Amazon.Runtime.AmazonServiceClient, IAmazon{{stem}}
                {
                    public Amazon{{stem}}Client(params object[] arguments) : base(null!, (Amazon.Runtime.ClientConfig)null!) { }
                }

                """);
        }

        return text.Append("}\nnamespace ").Append(ns).AppendLine(".Model { internal sealed class Placeholder { } }").ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(IAmazon(?<stem>[A-Z]\w*)|Amazon(?<stem>[A-Z]\w*)(Client|Config))$")]
    private static partial System.Text.RegularExpressions.Regex AwsServiceName();

    // The AWS types the served packages and Stubs/ define, and their namespaces: generated stubs never name one again.
    private (HashSet<string> Types, HashSet<string> Namespaces) KnownAwsTypes()
    {
        var compilation = CSharpCompilation.Create("Known", references: _framework.Concat(_libraries).Append(_stubs["AWSSDK.Services"]));
        var types = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceSymbol>();
        if (compilation.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Amazon") is { } amazon)
        {
            pending.Push(amazon);
        }

        while (pending.Count > 0)
        {
            var current = pending.Pop();
            namespaces.Add(current.ToDisplayString());
            foreach (var type in current.GetTypeMembers())
            {
                types.Add(type.Name);
            }

            foreach (var nested in current.GetNamespaceMembers())
            {
                pending.Push(nested);
            }
        }

        return (types, namespaces);
    }

    private void CompileStub(string name, params string[] dependencies)
    {
        var source = ReadStub(name + ".cs");
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)) },
            _framework.Concat(_aspNetCore).Concat(_librariesBesideAspNetCore).Concat(dependencies.Select(d => _stubs[d])),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                $"Stub {name} does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        _stubs[name] = MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static string ReadStub(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Stubs/" + fileName)
            ?? throw new InvalidOperationException("Missing stub " + fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static HashSet<string> FileNames(ImmutableArray<MetadataReference> references)
    {
        return references.Select(r => Path.GetFileName(((PortableExecutableReference)r).FilePath!)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Cosmos DB's client ships native libraries beside its assemblies.</summary>
    private static bool IsManaged(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata;
    }

    private static bool IsToolAssembly(string fileName)
    {
        // The compiler, the workspace the fix check runs in (MEF and Humanizer come with it), and this tool with our
        // assemblies (the generator check adds the ColdStart runtime itself).
        return fileName.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
            || fileName.StartsWith("System.Composition.", StringComparison.Ordinal)
            || fileName == "Humanizer.dll"
            || fileName.StartsWith("ColdStart.", StringComparison.Ordinal)
            || fileName == "RealWorld.dll";
    }

    private static ImmutableArray<ISourceGenerator> LoadGenerators(params string[] paths)
    {
        return paths.Select(Assembly.LoadFrom)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(t => t.GetCustomAttribute<GeneratorAttribute>() is not null)
            .Select(t => Activator.CreateInstance(t) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator generator => generator,
                _ => null,
            })
            .OfType<ISourceGenerator>()
            .ToImmutableArray();
    }

    private static string PackDirectory(string dotnetRoot, string pack)
    {
        return Directory.EnumerateDirectories(Path.Combine(dotnetRoot, "packs", pack))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).First();
    }

    private static ImmutableArray<MetadataReference> ReferencePack(string dotnetRoot, string pack)
    {
        var version = PackDirectory(dotnetRoot, pack);
        var refDirectory = Directory.EnumerateDirectories(Path.Combine(version, "ref")).First();
        return Directory.EnumerateFiles(refDirectory, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
