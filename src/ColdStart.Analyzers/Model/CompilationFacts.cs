using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// What every rule needs to know about a compilation, computed once and shared by all analyzers: the known
/// types and options (cheap, at compilation start) and the handler model (built on the first hazard found).
/// </summary>
internal sealed class CompilationFacts
{
    private static readonly ConditionalWeakTable<Compilation, CompilationFacts> Cache = new();

    private readonly Compilation _compilation;
    private readonly object _buildLock = new();
    private readonly object _registrationsLock = new();
    // Read by every analyzer thread on every walk step: a lock here made them spin on each other (docs/benchmarks.md).
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();
    private readonly ConcurrentDictionary<IFieldSymbol, INamedTypeSymbol?> _storedTypes = new(SymbolEqualityComparer.Default);
    private readonly Func<SyntaxTree, SemanticModel> _createSemanticModel;
    private HandlerModel? _model;
    private ServiceRegistrations? _registrations;

    private CompilationFacts(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        _compilation = compilation;
#pragma warning disable RS1030 // The walks follow calls into other files; the driver's caching provider shares these models.
        _createSemanticModel = tree => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        KnownTypes = new KnownTypes(compilation);
        Options = ColdStartOptions.Read(compilation, analyzerOptions.AnalyzerConfigOptionsProvider);
        Clients = new ClientTypeClassifier(compilation, KnownTypes, Options, GetSemanticModel);
        Settings = new ProjectSettings(analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, compilation, analyzerOptions.AdditionalFiles);
        DeployedHandlers = ReadDeployedHandlers(analyzerOptions);
        Images = ReadImages(analyzerOptions);
        SnapStart = new SnapStartFacts(compilation, analyzerOptions, Settings, Deploys);
        Libraries = new LibrarySummaries(compilation.Assembly);
    }

    public KnownTypes KnownTypes { get; }

    public ColdStartOptions Options { get; }

    public ClientTypeClassifier Clients { get; }

    public ProjectSettings Settings { get; }

    /// <summary>The hazard summaries of the referenced libraries this compilation's code calls.</summary>
    public LibrarySummaries Libraries { get; }

    /// <summary>Whether the function runs under SnapStart (COLD50x).</summary>
    public SnapStartFacts SnapStart { get; }

    /// <summary>
    /// The <c>Namespace.Type::Method</c> pairs that the project's deployment files name as handlers
    /// (<c>Assembly::Namespace.Type::Method</c>; an executable's bare assembly name names no method).
    /// </summary>
    public ImmutableHashSet<(string TypeName, string MethodName)> DeployedHandlers { get; }

    /// <summary>
    /// The Dockerfiles that build this function's container image: those in the project folder and those whose CMD
    /// names a handler of this assembly or whose text names this project's .csproj, when they build a Lambda image.
    /// </summary>
    public ImmutableArray<FunctionImageFile> Images { get; }

    /// <summary>
    /// True when a deployment file deploys this assembly: the project's aws-lambda-tools-defaults.json, or a
    /// template (in the project folder or above it) whose handler string names this assembly.
    /// </summary>
    public bool IsDeployed { get; private set; }

    public static CompilationFacts For(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        return Cache.GetValue(compilation, c => new CompilationFacts(c, analyzerOptions));
    }

    /// <summary>True when <paramref name="handler"/> (a deployment file's handler string) deploys this assembly.</summary>
    public bool Deploys(string handler)
    {
        return string.Equals(DeploymentTemplates.HandlerAssembly(handler), _compilation.AssemblyName, StringComparison.Ordinal);
    }

    private ImmutableHashSet<(string, string)> ReadDeployedHandlers(AnalyzerOptions analyzerOptions)
    {
        var handlers = ImmutableHashSet.CreateBuilder<(string, string)>();
        foreach (var file in analyzerOptions.AdditionalFiles.Where(f => DeploymentTemplates.IsDeploymentFile(f.Path)))
        {
            IsDeployed |= DeploymentTemplates.IsLambdaToolsDefaults(file.Path);
            if (file.GetText() is not { } text)
            {
                continue;
            }

            foreach (var handler in DeploymentTemplates.HandlerStrings(file.Path, text))
            {
                IsDeployed |= Deploys(handler);
                if (DeploymentTemplates.ParseHandler(handler) is { } parsed)
                {
                    handlers.Add((parsed.Type, parsed.Method));
                }
            }
        }

        return handlers.ToImmutable();
    }

    private ImmutableArray<FunctionImageFile> ReadImages(AnalyzerOptions analyzerOptions)
    {
        var images = ImmutableArray.CreateBuilder<FunctionImageFile>();
        foreach (var file in analyzerOptions.AdditionalFiles.Where(f => Dockerfile.IsDockerfile(f.Path)))
        {
            if (file.GetText() is not { } text || Dockerfile.Parse(text.ToString()) is not { } dockerfile || !FunctionImage.IsLambdaImage(dockerfile))
            {
                continue;
            }

            // A CMD that names a handler says whose image it is; without one, the folder or the project file it publishes
            // does, also a project file a build argument names (a Dockerfile shared by several functions).
            var handlers = FunctionImage.HandlerStrings(dockerfile).ToList();
            if (handlers.Any(Deploys)
                || (handlers.Count == 0 && (Settings.IsInProjectFolder(file.Path)
                    || text.ToString().IndexOf(Settings.ProjectName + ".csproj", StringComparison.OrdinalIgnoreCase) >= 0
                    || FunctionImage.PublishesProjectNamedByBuildArgument(dockerfile))))
            {
                IsDeployed = true;
                images.Add(new FunctionImageFile(file.Path, text, dockerfile));
            }
        }

        return images.ToImmutable();
    }

    /// <summary>
    /// The semantic model of a tree of this compilation, one per tree for the handler model and the client classifier
    /// alike, so that what one binds the other reuses.
    /// </summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree) => _semanticModels.GetOrAdd(tree, _createSemanticModel);

    /// <summary>The assembly this compilation builds.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>
    /// The one class whose instances the code of <paramref name="field"/>'s type stores in it (<c>_notifier = new
    /// EmailNotifier(config)</c> in a constructor, or the field's initialiser), or null when it stores anything else (a
    /// parameter, a factory's result) or several classes. Decided once per field, from the declarations of its type.
    /// </summary>
    public INamedTypeSymbol? OnlyClassStoredIn(IFieldSymbol field, CancellationToken cancellationToken)
    {
        return _storedTypes.GetOrAdd(field.OriginalDefinition, f => StoredClasses.OnlyClassStoredIn(f, GetSemanticModel, cancellationToken));
    }

    /// <summary>The dependency-injection registrations of the compilation, collected once on first use.</summary>
    public ServiceRegistrations Registrations(CancellationToken cancellationToken)
    {
        return BuiltOnce.Get(ref _registrations, _registrationsLock, () => ServiceRegistrations.Build(_compilation, this, cancellationToken));
    }

    /// <summary>
    /// The handler model, built once on first use; concurrent callers wait for that one build instead of
    /// repeating it. A cancelled build is not cached: the next caller builds again.
    /// </summary>
    public HandlerModel Model(CancellationToken cancellationToken)
    {
        return BuiltOnce.Get(ref _model, _buildLock, () => HandlerModel.Build(_compilation, this, cancellationToken));
    }
}

/// <summary>A Dockerfile that builds the function's image, read.</summary>
internal sealed record FunctionImageFile(string Path, Microsoft.CodeAnalysis.Text.SourceText Text, Dockerfile File)
{
    /// <summary>A location in the Dockerfile.</summary>
    public Location LocationOf(Microsoft.CodeAnalysis.Text.TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));
}
