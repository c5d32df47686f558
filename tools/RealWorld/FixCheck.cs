using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.RealWorld;

/// <summary>
/// Applies every code fix the package offers for each diagnostic in a corpus project, one at a time, then each fix's
/// Fix All over the project (what <c>dotnet format analyzers</c> runs), and compiles each result as the build would
/// (with the System.Text.Json source generator, which the JSON fixes rely on). A fix that leaves a compiler error or
/// warning the project did not have before is a broken fix; so is a fix provider that throws.
/// </summary>
internal sealed class FixCheck
{
    // The SDK's default NoWarn: assembly-unification notices, which a build never shows.
    private static readonly string[] SdkSuppressed = { "CS1701", "CS1702" };

    private readonly ImmutableArray<CodeFixProvider> _providers;
    private readonly ImmutableArray<ISourceGenerator> _jsonGenerators;

    public FixCheck()
    {
        _providers = typeof(ColdStart.Analyzers.CodeFixes.HoistClientCodeFixProvider).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CodeFixProvider)) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        _jsonGenerators = JsonSourceGenerators();
    }

    public int Applied { get; private set; }

    public int FixAllApplied { get; private set; }

    public List<string> Broken { get; } = new();

    public async Task CheckAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, string label)
    {
        var (solution, projectId) = AsSolution(compilation);
        var project = solution.GetProject(projectId)!;
        var baseline = await CompileAsync(project);
        var workspaceCompilation = (await project.GetCompilationAsync())!;
        var diagnostics = await workspaceCompilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var fixAllKeys = new Dictionary<(CodeFixProvider Provider, string Key), Document>();
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree!);
            if (document is null)
            {
                continue;
            }

            var where = $"{label}: {diagnostic.Id} in {Path.GetFileName(diagnostic.Location.SourceTree!.FilePath)} line "
                + $"{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}";
            foreach (var provider in _providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                try
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    foreach (var action in actions.SelectMany(Flatten))
                    {
                        var changed = await ChangedSolutionAsync(action);
                        if (changed is null)
                        {
                            Broken.Add($"{where}: '{action.Title}' changes nothing");
                            continue;
                        }

                        Applied++;
                        if (action.EquivalenceKey is { } key)
                        {
                            fixAllKeys.TryAdd((provider, key), document);
                        }

                        var introduced = Introduced(baseline, await CompileAsync(changed.GetProject(projectId)!));
                        if (introduced.Count > 0)
                        {
                            Broken.Add($"{where}: '{action.Title}' leaves {string.Join("; ", introduced.Take(3))}");
                        }
                    }
                }
                catch (Exception exception)
                {
                    Broken.Add($"{where}: {provider.GetType().Name} threw {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        var diagnosticsByTree = diagnostics.Where(d => d.Location.IsInSource).ToLookup(d => d.Location.SourceTree!.FilePath);
        foreach (var ((provider, key), document) in fixAllKeys)
        {
            var where = $"{label}: Fix All of '{key}'";
            try
            {
                var context = new FixAllContext(
                    document, provider, FixAllScope.Project, key, provider.FixableDiagnosticIds, new Diagnostics(diagnosticsByTree), CancellationToken.None);
                if (provider.GetFixAllProvider() is not { } fixAll || await fixAll.GetFixAsync(context) is not { } action)
                {
                    continue;
                }

                var changed = await ChangedSolutionAsync(action);
                if (changed is null)
                {
                    Broken.Add($"{where} changes nothing");
                    continue;
                }

                FixAllApplied++;
                var introduced = Introduced(baseline, await CompileAsync(changed.GetProject(projectId)!));
                if (introduced.Count > 0)
                {
                    Broken.Add($"{where} leaves {string.Join("; ", introduced.Take(3))}");
                }
            }
            catch (Exception exception)
            {
                Broken.Add($"{where}: {provider.GetType().Name} threw {exception.GetType().Name}: {exception.Message}");
            }
        }
    }

    /// <summary>What Fix All fixes: the project's diagnostics, found once.</summary>
    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ILookup<string, Diagnostic> _byFile;

        public Diagnostics(ILookup<string, Diagnostic> byFile) => _byFile = byFile;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            return Task.FromResult(_byFile[document.FilePath ?? string.Empty]);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            return Task.FromResult(Enumerable.Empty<Diagnostic>());
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            return Task.FromResult(_byFile.SelectMany(file => file));
        }
    }

    private static async Task<Solution?> ChangedSolutionAsync(CodeAction action)
    {
        return (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
    {
        return action.NestedActions.IsDefaultOrEmpty ? new[] { action } : action.NestedActions.SelectMany(Flatten);
    }

    /// <summary>Errors after a fix that were not there before, compared by code and message (a fix moves code around).</summary>
    private static List<string> Introduced(IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var remaining = before.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var introduced = new List<string>();
        foreach (var error in after)
        {
            if (remaining.TryGetValue(Key(error), out var count) && count > 0)
            {
                remaining[Key(error)] = count - 1;
            }
            else
            {
                introduced.Add($"{error.Id} at line {error.Location.GetLineSpan().StartLinePosition.Line + 1} of "
                    + $"{Path.GetFileName(error.Location.SourceTree?.FilePath)}: {error.GetMessage()}");
            }
        }

        return introduced;

        // A nullable warning names the method the argument goes to; a fix that moves the call to another overload keeps
        // the same warning at the same argument (`Deserialize<T>(json)` to `Deserialize(json, Context.Default.T)`).
        static string Key(Diagnostic error) => error.Id + " " + (error.Id == "CS8604"
            ? System.Text.RegularExpressions.Regex.Replace(error.GetMessage(), " in '.*'\\.$", ".")
            : error.GetMessage());
    }

    private async Task<IReadOnlyList<Diagnostic>> CompileAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create(_jsonGenerators, parseOptions: (CSharpParseOptions)project.ParseOptions!)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !SdkSuppressed.Contains(d.Id)).ToList();
    }

    private static (Solution Solution, ProjectId ProjectId) AsSolution(Compilation compilation)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options ?? new CSharpParseOptions(LanguageVersion.Preview);
        // The project's own files only: the SDK generators' output (a path not rooted in the repository) is written
        // again by CompileAsync after each fix, as the build would, and would otherwise be there twice and stale.
        var documents = compilation.SyntaxTrees.Where(tree => Path.IsPathRooted(tree.FilePath)).Select(tree => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            Path.GetFileName(tree.FilePath),
            loader: TextLoader.From(TextAndVersion.Create(tree.GetText(), VersionStamp.Create(), tree.FilePath)),
            filePath: tree.FilePath));
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            compilation.AssemblyName!,
            compilation.AssemblyName!,
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: parseOptions,
            documents: documents,
            metadataReferences: compilation.References));
        return (solution, projectId);
    }

    // The generator the SDK runs for System.Text.Json, from the reference pack this tool compiles against.
    private static ImmutableArray<ISourceGenerator> JsonSourceGenerators()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Directory.EnumerateDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).First();
        var assembly = Assembly.LoadFrom(Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        return assembly.GetTypes()
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
}
