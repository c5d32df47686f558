using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using ColdStart.RealWorld;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project tools/RealWorld -- <corpus.md> [<corpus.md> ...] <snapshots folder> [report]
// The snapshots folder holds one git directory per repository, at <owner>+<name>/repo (bare) or <owner>+<name>/repo/.git
// (what `fetch` writes). With one corpus file, report is a file; with several, a folder that gets <corpus name>.report.md
// for each. Each corpus is scored on its own: its figures never mix with another's.
var snapshotsIndex = Array.FindIndex(args, Directory.Exists);
if (snapshotsIndex < 1 || args.Length > snapshotsIndex + 2)
{
    Console.Error.WriteLine("usage: RealWorld <corpus.md> [<corpus.md> ...] <snapshots folder> [report.md | report folder]");
    return 2;
}

var corpusFiles = args[..snapshotsIndex];
var snapshots = args[snapshotsIndex];
var reportTarget = args.Length > snapshotsIndex + 1 ? args[snapshotsIndex + 1] : null;
// COLDSTART_REALWORLD_WORK=<folder> is where the repositories are extracted (default: a folder under the temp folder).
var workRoot = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_WORK") is { Length: > 0 } work
    ? Path.GetFullPath(work) : Path.Combine(Path.GetTempPath(), "coldstart-realworld");
var references = new References();
// COLDSTART_REALWORLD_RESTORE=0 compiles the corpus against this tool's libraries and stubs only, without restoring the
// other packages its projects reference (the evaluation before 2026-12-06).
if (Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_RESTORE") != "0")
{
    references.Restore = new PackageRestore(Path.Combine(workRoot, ".packages"), CarriedPackages(), References.StubbedPackagePrefixes);
}

var analyzers = typeof(ColdStart.Analyzers.Rules.ClientCreatedPerInvocationAnalyzer).Assembly.GetTypes()
    .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();

// COLDSTART_REALWORLD_TRACE=<part of a repository name> prints every diagnostic of that repository's projects, and
// every compiler error of those that do not compile.
var trace = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_TRACE");
// COLDSTART_REALWORLD_ERRORS=<file> appends every compiler error of every project to that file (tab-separated).
var errorLog = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_ERRORS") is { Length: > 0 } log ? Path.GetFullPath(log) : null;
// COLDSTART_REALWORLD_FINDINGS=<file> appends every diagnostic the analyzers reported to that file (tab-separated), to
// explain a miss without tracing one repository at a time.
var findingLog = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_FINDINGS") is { Length: > 0 } found ? Path.GetFullPath(found) : null;
// COLDSTART_REALWORLD_EDITS=<n> also analyses each cited file n more times as if mid-edit (see IncompleteEdits).
var editsPerFile = int.TryParse(Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_EDITS"), out var edits) ? edits : 0;
// A held-out corpus (never used to tune rules) is reported by its totals only: no case-by-case outcome, so nobody
// tunes on it by accident. By default that is every corpus file whose name contains "unseen" (unseen.md, unseen-2.md,
// azure-unseen-3.md, ...); COLDSTART_REALWORLD_HELD_OUT=<names, comma-separated> names them instead.
var heldOutNames = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_HELD_OUT")?
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
if (reportTarget is not null && corpusFiles.Length > 1)
{
    Directory.CreateDirectory(reportTarget);
}

foreach (var corpusFile in corpusFiles)
{
    var corpusName = Path.GetFileNameWithoutExtension(corpusFile);
    var heldOut = heldOutNames?.Contains(corpusName) ?? corpusName.Contains("unseen", StringComparison.OrdinalIgnoreCase);
    var report = await EvaluateAsync(Corpus.Read(corpusFile), heldOut);
    if (corpusFiles.Length > 1)
    {
        Console.WriteLine($"# {Path.GetFileName(corpusFile)}\n");
    }

    Console.WriteLine(report);
    if (reportTarget is not null)
    {
        File.WriteAllText(
            corpusFiles.Length > 1 ? Path.Combine(reportTarget, Path.GetFileNameWithoutExtension(corpusFile) + ".report.md") : reportTarget,
            report);
    }
}

return 0;

async Task<string> EvaluateAsync(IReadOnlyList<LabelledCase> cases, bool totalsOnly)
{
    var editCrashes = new List<string>();
    var editedAnalyses = 0;
    // COLDSTART_REALWORLD_FIXES=1 also applies every code fix to every diagnostic and compiles the result (see FixCheck).
    var fixCheck = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_FIXES") == "1" ? new FixCheck() : null;
    // COLDSTART_REALWORLD_GENERATORS=1 also runs our generators on the corpus's handlers, annotated (see GeneratorCheck).
    var generatorCheck = Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_GENERATORS") == "1" ? new GeneratorCheck() : null;
    var findings = new List<Finding>();
    var crashes = new List<string>();
    var projects = new List<CompiledProject>();
    var missingSnapshots = new List<string>();
    if (references.Restore is { } restore)
    {
        restore.Prepare(cases.GroupBy(c => (c.Repository, c.Commit))
            .Select(repository => Extract(snapshots, workRoot, repository.Key.Repository, repository.Key.Commit))
            .OfType<string>()
            .SelectMany(root => Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories).Select(path => ProjectFile.Read(path, root)))
            .Where(project => !project.IsTestProject)
            .SelectMany(project => project.Packages.Select(id => (id, (string?)project.PackageVersions.GetValueOrDefault(id)))));
    }

    // The evaluation's time, not the first run's package downloads.
    var analyzerTime = Stopwatch.StartNew();

    foreach (var repository in cases.GroupBy(c => (c.Repository, c.Commit)))
    {
        var root = Extract(snapshots, workRoot, repository.Key.Repository, repository.Key.Commit);
        if (root is null)
        {
            Console.Error.WriteLine($"skipped {repository.Key.Repository}: no snapshot with commit {repository.Key.Commit}");
            missingSnapshots.Add(repository.Key.Repository);
            continue;
        }

        var traced = trace is not null && repository.Key.Repository.Contains(trace, StringComparison.OrdinalIgnoreCase);
        var compiler = new ProjectCompiler(root, references);
        foreach (var projectPath in Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var project = ProjectFile.Read(projectPath, root);
            var relativeProject = Path.GetRelativePath(root, projectPath).Replace('\\', '/');
            if (project.IsTestProject || compiler.Compile(project) is not { } compilation)
            {
                projects.Add(new CompiledProject(repository.Key.Repository, relativeProject, project.IsTestProject, Array.Empty<string>(),
                    Array.Empty<Diagnostic>()));
                continue;
            }

            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            projects.Add(new CompiledProject(
                repository.Key.Repository,
                relativeProject,
                false,
                compilation.SyntaxTrees.Select(t => Path.GetRelativePath(root, t.FilePath).Replace('\\', '/')).ToArray(),
                errors));
            if (errorLog is not null)
            {
                lock (errorLog)
                {
                    File.AppendAllLines(errorLog,
                        errors.Select(e => $"{repository.Key.Repository}\t{relativeProject}\t{e.Id}\t{e.GetMessage()}\t{e.Location.GetLineSpan()}"));
                }
            }

            if (traced && errors.Length > 0)
            {
                Console.Error.WriteLine($"{project.Name}: {errors.Length} compiler errors");
                foreach (var error in errors)
                {
                    Console.Error.WriteLine($"  {error}");
                }
            }

            var options = new CompilationWithAnalyzersOptions(
                compiler.OptionsFor(project),
                (exception, analyzer, _)
                    => crashes.Add($"{repository.Key.Repository} {project.Name}: {analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            generatorCheck?.Check(compilation, $"{repository.Key.Repository} {project.Name}");
            if (fixCheck is not null)
            {
                await fixCheck.CheckAsync(compilation, analyzers, options.Options!, $"{repository.Key.Repository} {project.Name}");
            }

            if (editsPerFile > 0)
            {
                var citedFiles = repository.Select(c => Path.GetFullPath(Path.Combine(root, c.Path))).ToHashSet();
                editedAnalyses += await IncompleteEdits.AnalyseAsync(
                    compilation, analyzers, options.Options!, citedFiles, editsPerFile, $"{repository.Key.Repository} {project.Name}", editCrashes);
            }

            if (traced && !totalsOnly)
            {
                Console.Error.WriteLine($"{project.Name}: {diagnostics.Length} diagnostics");
                foreach (var diagnostic in diagnostics)
                {
                    Console.Error.WriteLine($"  {diagnostic}");
                }
            }

            var callSites = new CallSites(compilation, root);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001")
                {
                    crashes.Add($"{repository.Key.Repository} {project.Name}: {diagnostic.GetMessage()}");
                    continue;
                }

                var span = diagnostic.Location.GetLineSpan();
                var file = diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile
                    ? Path.GetRelativePath(root, span.Path).Replace('\\', '/') : null;
                findings.Add(new Finding(
                    repository.Key.Repository,
                    relativeProject,
                    diagnostic.Id,
                    file,
                    file is null ? 0 : span.StartLinePosition.Line + 1,
                    diagnostic.Location.IsInSource ? diagnostic.Location : null,
                    diagnostic.GetMessage())
                {
                    LibraryOrigins = Scoring.LibraryOriginsOf(diagnostic, compilation, root),
                    CallersOfItsMethod = callSites.OfMethodHolding(diagnostic.Location),
                    ConstructionBuilds = callSites.ConstructionAt(diagnostic.Location),
                });
            }
        }
    }

    analyzerTime.Stop();
    if (findingLog is not null)
    {
        // The last column names the labelled cases whose cited construct (line, file or project) holds the
        // diagnostic, whatever its rule, or "-": precision sampling (corpus/precision.md) keeps the "-" rows.
        var cited = Scoring.CitedBy(cases, findings, workRoot);
        File.AppendAllLines(findingLog, findings.Select(f => $"{f.Repository}\t{f.Project}\t{f.Id}\t{f.File}\t{f.Line}\t{f.Message.ReplaceLineEndings(" ")}\t"
            + (cited.TryGetValue(f, out var numbers) ? string.Join(",", numbers) : "-")));
    }

    // COLDSTART_REALWORLD_PRESENT_ONLY=1 scores only the repositories whose snapshot is present (a machine that could fetch
    // some of them): the report says how many were left out and which, and its figures are on the rest. Without it a
    // missing repository's hazards count as missed.
    if (Environment.GetEnvironmentVariable("COLDSTART_REALWORLD_PRESENT_ONLY") == "1" && missingSnapshots.Count > 0)
    {
        var missing = missingSnapshots.ToHashSet(StringComparer.Ordinal);
        cases = cases.Where(c => !missing.Contains(c.Repository)).ToList();
    }

    var report = Scoring.Report(cases, findings, crashes, workRoot, analyzerTime.Elapsed, projects, totalsOnly)
        + Coverage.Report(cases, projects, missingSnapshots, totalsOnly);
    if (fixCheck is not null)
    {
        report += $"\nCode fixes applied and compiled: {fixCheck.Applied}, and {fixCheck.FixAllApplied} Fix Alls; broken: {fixCheck.Broken.Count}\n"
            + string.Concat(fixCheck.Broken.Select(broken => $"- broken fix: {broken}\n"));
    }

    if (generatorCheck is not null)
    {
        report += $"\nHandlers annotated for our generators: {generatorCheck.Handlers}; generated files: {generatorCheck.GeneratedFiles}; "
            + $"findings: {generatorCheck.Findings.Count}\n" + string.Concat(generatorCheck.Findings.Select(finding => $"- generator finding: {finding}\n"));
    }

    if (editsPerFile > 0)
    {
        var distinctCrashes = editCrashes.Distinct().ToList();
        report += $"\nCited files analysed mid-edit: {editedAnalyses} edited compilations, {distinctCrashes.Count} analyzer crashes\n"
            + string.Concat(distinctCrashes.Select(crash => $"- edit crash: {crash}\n"));
    }

    return report;
}

static string? Extract(string snapshots, string workRoot, string repository, string commit)
{
    // `fetch` writes a bare git directory at repo, or a clone whose git directory is repo/.git.
    var gitDirectory = Path.Combine(snapshots, repository.Replace('/', '+'), "repo");
    if (Directory.Exists(Path.Combine(gitDirectory, ".git")))
    {
        gitDirectory = Path.Combine(gitDirectory, ".git");
    }

    if (!Directory.Exists(gitDirectory) || Git(gitDirectory, "cat-file", "-e", commit + "^{commit}").ExitCode != 0)
    {
        return null;
    }

    var target = Path.Combine(workRoot, repository.Replace('/', '+'), commit);
    if (Directory.Exists(target))
    {
        return target;
    }

    // Only the files a build reads: snapshots can hold large binaries the evaluation never needs. The names go to git
    // as arguments, not through a shell, so a file name with a space ("Repository .cs") is extracted too.
    // A snapshot may list a large file it does not hold (git then stops the archive half-way): such files are left out.
    var listing = Git(gitDirectory, "ls-tree", "-r", "-z", commit);
    var entries = listing.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => (Object: entry.Split('\t')[0].Split(' ')[^1], Path: entry[(entry.IndexOf('\t') + 1)..]))
        .Where(entry => BuildFile().IsMatch(entry.Path))
        .ToList();
    var missing = MissingObjects(gitDirectory, entries.Select(entry => entry.Object));
    var buildFiles = entries.Where(entry => !missing.Contains(entry.Object)).Select(entry => entry.Path).ToList();

    // Extracted beside the target and renamed into place, so a run that stops half-way (or another run reading the
    // same folder) never sees a partial tree.
    var partial = target + ".partial-" + Environment.ProcessId;
    Directory.CreateDirectory(partial);
    if (buildFiles.Count > 0)
    {
        var archive = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--git-dir=" + gitDirectory, "archive", "--format=tar", commit, "--" }.Concat(buildFiles))
        {
            archive.ArgumentList.Add(argument);
        }

        using var process = Process.Start(archive)!;
        var errors = process.StandardError.ReadToEndAsync();

        // A snapshot may list a large file it does not hold: git then stops the archive half-way.
        var truncated = false;
        try
        {
            System.Formats.Tar.TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, partial, overwriteFiles: true);
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException)
        {
            truncated = true;
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || truncated)
        {
            Console.Error.WriteLine($"git archive failed for {repository}: {errors.Result.Trim()}");
            Directory.Delete(partial, recursive: true);
            return null;
        }
    }

    try
    {
        Directory.Move(partial, target);
    }
    catch (IOException) when (Directory.Exists(target))
    {
        Directory.Delete(partial, recursive: true);
    }

    return target;

    static HashSet<string> MissingObjects(string gitDirectory, IEnumerable<string> objects)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--git-dir=" + gitDirectory);
        start.ArgumentList.Add("cat-file");
        start.ArgumentList.Add("--batch-check");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var id in objects.Distinct())
        {
            process.StandardInput.WriteLine(id);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        _ = error.Result;
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.EndsWith(" missing", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
    }

    static (int ExitCode, string Output) Git(string gitDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--git-dir=" + gitDirectory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return (process.ExitCode, output);
    }
}

internal static partial class Program
{
    // Dockerfiles too (Dockerfile, dockerfile, *.Dockerfile): the package's props pass them to the analyzers.
    [System.Text.RegularExpressions.GeneratedRegex(@"(\.(cs|csproj|props|targets|json|template|ya?ml)|(^|/)[Dd]ockerfile|\.[Dd]ockerfile)$")]
    private static partial System.Text.RegularExpressions.Regex BuildFile();

    // The packages this tool's own build restored (its deps.json), whose assemblies every corpus project is given already.
    private static IEnumerable<string> CarriedPackages()
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, "RealWorld.deps.json");
        if (!File.Exists(depsFile))
        {
            return Array.Empty<string>();
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(depsFile));
        return document.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.TryGetProperty("type", out var type) && type.GetString() == "package")
            .Select(library => library.Name.Split('/')[0])
            .ToList();
    }
}

internal sealed record Finding(string Repository, string Project, string Id, string? File, int Line, Location? Location, string Message)
{
    /// <summary>
    /// For a report at a call into one of the repository's class libraries: the files and spans of the library members
    /// whose code does what is reported (the diagnostic's LibraryOrigin), so a case cited in one of them is found.
    /// </summary>
    public IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> LibraryOrigins { get; init; } = [];

    /// <summary>
    /// For a report inside a method of the project: the calls to that method elsewhere in the project, so a case that cites
    /// the call (the handler's <c>var provider = InitLambda(context);</c>) is found by the report inside the helper.
    /// </summary>
    public IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> CallersOfItsMethod { get; init; } = [];

    /// <summary>
    /// For a report at the construction of a type of the project (`new ChatworkClient()`, reported as a client-owning type
    /// "which builds 'HttpClient'"): the constructor it calls and the type's instance initialisers, where that client is
    /// built, so a case that cites the client's construction there is found.
    /// </summary>
    public IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> ConstructionBuilds { get; init; } = [];
}

/// <summary>The calls, within one compilation, to the method that holds a diagnostic; found once per method.</summary>
internal sealed class CallSites(Compilation compilation, string root)
{
    private readonly Dictionary<IMethodSymbol, IReadOnlyList<(string, Microsoft.CodeAnalysis.Text.TextSpan)>> _byMethod =
        new(SymbolEqualityComparer.Default);

    public IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> OfMethodHolding(Location location)
    {
        if (!location.IsInSource || location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
        {
            return [];
        }

        var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        if (DelegateHolding(node) is { } held)
        {
            return CallsThrough(held, tree);
        }

        var declaration = node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax>();
        if (declaration is null || compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration) is not IMethodSymbol method)
        {
            return [];
        }

        if (!_byMethod.TryGetValue(method, out var sites))
        {
            _byMethod[method] = sites = Find(method);
        }

        return sites;
    }

    // A lambda kept in a local or field (`Func<string, ApiClient> factory = url => new ApiClient(url);`, also behind a cast):
    // a call through that variable runs its body, as a call to a method runs the method's.
    private ISymbol? DelegateHolding(SyntaxNode node)
    {
        var lambda = node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax>();
        SyntaxNode? outer = lambda;
        while (outer?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.CastExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax)
        {
            outer = outer.Parent;
        }

        return outer?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax
        {
            Parent: Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax declarator,
        }
            ? compilation.GetSemanticModel(node.SyntaxTree).GetDeclaredSymbol(declarator)
            : null;
    }

    private IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> CallsThrough(ISymbol held, SyntaxTree declaringTree)
    {
        var trees = held is ILocalSymbol ? [declaringTree] : compilation.SyntaxTrees.Where(t => !string.IsNullOrEmpty(t.FilePath));
        var sites = new List<(string, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var tree in trees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
            {
                var target = invocation.Expression
                    is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke" } access
                    ? access.Expression
                    : invocation.Expression;
                if (target is Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax
                    && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(target).Symbol, held))
                {
                    sites.Add((Path.GetRelativePath(root, tree.FilePath).Replace('\\', '/'), invocation.Span));
                }
            }
        }

        return sites;
    }

    public IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> ConstructionAt(Location location)
    {
        if (!location.IsInSource || location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
        {
            return [];
        }

        var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        var semanticModel = compilation.GetSemanticModel(tree);
        IEnumerable<IMethodSymbol> constructors;
        if (node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax>() is { } creation
            && creation.Span == location.SourceSpan
            && semanticModel.GetSymbolInfo(creation).Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            constructors = [constructor];
        }
        else if (node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>() is { } factoryRegistration
            && semanticModel.GetSymbolInfo(factoryRegistration).Symbol is IMethodSymbol
            {
                Name: "AddScoped" or "AddTransient" or "AddSingleton" or "TryAddScoped" or "TryAddTransient" or "TryAddSingleton",
            }
            && factoryRegistration.ArgumentList.Arguments.Select(a => a.Expression)
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax>().FirstOrDefault() is { } factory
            && !string.IsNullOrEmpty(tree.FilePath))
        {
            // `services.AddTransient<IQueue>(_ => new QueueClient(...))`, reported at the registration: the container runs the
            // factory for each resolution, where the case may cite the client's construction.
            return [(Path.GetRelativePath(root, tree.FilePath).Replace('\\', '/'), factory.Span)];
        }
        else if (node.FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>() is { } invocation
            && semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol
            {
                Name: "AddScoped" or "AddTransient" or "AddSingleton" or "TryAddScoped" or "TryAddTransient" or "TryAddSingleton",
            } registration
            && registration.TypeArguments.Length > 0
            && registration.TypeArguments[^1] is INamedTypeSymbol implementation)
        {
            // `services.AddScoped<IEmployees, EmployeeService>()` (or a singleton in a container built per invocation), reported
            // as a type "which builds 'MongoClient'": the container runs one of its constructors, where the case may cite the
            // client's construction.
            constructors = implementation.InstanceConstructors;
        }
        else
        {
            return [];
        }

        return constructors.Where(c => SymbolEqualityComparer.Default.Equals(c.ContainingAssembly, compilation.Assembly))
            .SelectMany(BuiltBy)
            .ToList();
    }

    private IEnumerable<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> BuiltBy(IMethodSymbol constructor)
    {
        var spans = constructor.DeclaringSyntaxReferences.Select(r => (r.SyntaxTree, r.Span))
            .Concat(constructor.ContainingType.GetMembers()
                .Where(m => m is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false })
                .SelectMany(m => m.DeclaringSyntaxReferences)
                .Select(r => (r.SyntaxTree, r.GetSyntax().Span)));
        return spans.Where(s => !string.IsNullOrEmpty(s.SyntaxTree.FilePath))
            .Select(s => (Path.GetRelativePath(root, s.SyntaxTree.FilePath).Replace('\\', '/'), s.Item2));
    }

    private List<(string, Microsoft.CodeAnalysis.Text.TextSpan)> Find(IMethodSymbol method)
    {
        var sites = new List<(string, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => !string.IsNullOrEmpty(t.FilePath)))
        {
            SemanticModel? semanticModel = null;
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
            {
                var name = invocation.Expression switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };
                if (name != method.Name)
                {
                    continue;
                }

                semanticModel ??= compilation.GetSemanticModel(tree);
                if (semanticModel.GetSymbolInfo(invocation).Symbol is IMethodSymbol called
                    && SymbolEqualityComparer.Default.Equals((called.ReducedFrom ?? called).OriginalDefinition, method.OriginalDefinition))
                {
                    sites.Add((Path.GetRelativePath(root, tree.FilePath).Replace('\\', '/'), invocation.Span));
                }
            }
        }

        return sites;
    }
}

internal static class Scoring
{
    private static readonly Dictionary<string, string[]> RulesByKind = new()
    {
        ["H1"] = new[] { "COLD101", "COLD102", "COLD103", "COLD104" },
        ["H2"] = new[] { "COLD201", "COLD202", "COLD204", "COLD205" },
        ["H3"] = new[] { "COLD301" },
        ["H4"] = new[] { "COLD302" },
        ["H5"] = new[] { "COLD401", "COLD402", "COLD701" },
        ["H6"] = new[] { "COLD101", "COLD102", "COLD103", "COLD104" },
        ["H7"] = new[] { "COLD702", "COLD703" },
        ["S1"] = new[] { "COLD501" },
        ["S2"] = new[] { "COLD502" },
    };

    public static string Report(
        IReadOnlyList<LabelledCase> cases, IReadOnlyList<Finding> findings, IReadOnlyList<string> crashes, string workRoot, TimeSpan elapsed,
        IReadOnlyList<CompiledProject> projects, bool totalsOnly)
    {
        var outcomes = cases.Select(c => (Case: c, Matches: Matching(c, findings, workRoot))).ToList();
        // A whole-file negative says the file holds no hazard of its own. A report at a call in it that finds a labelled
        // hazard in one of the repository's libraries (docs/handlers.md) speaks for that hazard, not for the file.
        var reportsOfLibraryHazards = outcomes.Where(o => !o.Case.IsNegative).SelectMany(o => o.Matches).Where(f => f.LibraryOrigins.Count > 0).ToHashSet();
        outcomes = outcomes
            .Select(o => o.Case.IsNegative && o.Case.CoversWholeFile ? (o.Case, o.Matches.Where(f => !reportsOfLibraryHazards.Contains(f)).ToList()) : o)
            .ToList();
        var places = cases.ToDictionary(c => c, c => Coverage.Of(c, projects));
        var text = new StringBuilder();
        text.AppendLine("| kind | clear cases found | ambiguous cases flagged | clear cases in a project with compiler errors |");
        text.AppendLine("|---|---|---|---:|");
        var clearFound = 0;
        var clearTotal = 0;
        var compiledFound = 0;
        var compiledTotal = 0;
        foreach (var kind in RulesByKind.Keys)
        {
            var ofKind = outcomes.Where(o => o.Case.Kind == kind).ToList();
            var clear = ofKind.Where(o => !o.Case.Ambiguous).ToList();
            var ambiguous = ofKind.Where(o => o.Case.Ambiguous).ToList();
            // "No rule yet" only where the corpus has cases of the kind and nothing of its rules fired anywhere.
            var covered = findings.Any(f => RulesByKind[kind].Contains(f.Id)) || kind is not ("S1" or "S2") || ofKind.Count == 0;
            var clearRatio = Ratio(clear.Count(o => o.Case.IsSatisfiedBy(o.Matches.Count)), clear.Count);
            var ambiguousRatio = Ratio(ambiguous.Count(o => o.Matches.Count > 0), ambiguous.Count);
            var notCompiled = clear.Count(o => places[o.Case] is Coverage.Place.DoesNotCompile or Coverage.Place.NoProject);
            text.AppendLine($"| {kind} | {clearRatio}{(covered ? "" : " (no rule yet)")} | {ambiguousRatio} | {notCompiled} |");
            if (kind is not ("S1" or "S2"))
            {
                clearFound += clear.Count(o => o.Matches.Count > 0);
                clearTotal += clear.Count;
                var compiled = clear.Where(o => places[o.Case] is not (Coverage.Place.DoesNotCompile or Coverage.Place.NoProject)).ToList();
                compiledFound += compiled.Count(o => o.Matches.Count > 0);
                compiledTotal += compiled.Count;
            }
        }

        var negatives = outcomes.Where(o => o.Case.IsNegative).ToList();
        var clearNegatives = negatives.Where(o => !o.Case.Ambiguous).ToList();
        text.AppendLine($"| N (clean, must stay silent) | {Ratio(clearNegatives.Count(o => o.Matches.Count == 0), clearNegatives.Count)} silent | "
            + $"{negatives.Count(o => o.Case.Ambiguous && o.Matches.Count > 0)} of {negatives.Count(o => o.Case.Ambiguous)} flagged | "
            + $"{clearNegatives.Count(o => places[o.Case] is Coverage.Place.DoesNotCompile or Coverage.Place.NoProject)} |");
        text.AppendLine();
        text.AppendLine($"- Recall over the clear H1–H7 cases: {Ratio(clearFound, clearTotal)}");
        // How much of a shortfall is this machine's, not the rules': a project missing a package the feed does not serve
        // is analysed with errors here, and compiles in its owner's build.
        text.AppendLine($"- Of those, in projects that compile here: {Ratio(compiledFound, compiledTotal)}; "
            + $"in projects with compiler errors: {Ratio(clearFound - compiledFound, clearTotal - compiledTotal)}");
        text.AppendLine(
            $"- Clean constructs wrongly flagged (clear negatives): {Ratio(clearNegatives.Count(o => o.Matches.Count > 0), clearNegatives.Count)}; "
            + $"ambiguous negatives flagged: {negatives.Count(o => o.Case.Ambiguous && o.Matches.Count > 0)} of {negatives.Count(o => o.Case.Ambiguous)}");
        text.AppendLine($"- Analyzer crashes (AD0001): {crashes.Count}");
        var perRule = string.Join(", ", findings.GroupBy(f => f.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        text.AppendLine($"- Diagnostics reported in all corpus projects: {findings.Count} ({perRule}); evaluation took {elapsed.TotalSeconds:F0} s");
        text.AppendLine();
        if (totalsOnly)
        {
            text.AppendLine("(A held-out corpus: totals only, no case-by-case outcome.)");
            foreach (var crash in crashes)
            {
                text.AppendLine("- crash: " + crash);
            }

            return text.ToString();
        }

        text.AppendLine("| # | kind | outcome | what was reported there | project compiles |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var (labelled, matches) in outcomes)
        {
            var outcome = labelled.IsNegative
                ? (matches.Count == 0 ? "clean" : "FALSE POSITIVE")
                : labelled.Primes
                    ? (matches.Count == 0 ? "silent (it primes)" : "FALSE POSITIVE (it primes)")
                    : (matches.Count > 0 ? "found" : "missed");
            var reported = string.Join("; ", matches.Select(m => $"{m.Id} line {m.Line}").Distinct());
            var compiles = places[labelled] switch
            {
                Coverage.Place.Compiles => "yes",
                Coverage.Place.DoesNotCompile => "**errors**",
                Coverage.Place.DeploymentFile => "(deployment file)",
                _ => "**no project**",
            };
            text.AppendLine($"| {labelled.Number} | {labelled.Kind}{(labelled.Ambiguous ? " (ambiguous)" : "")} | {outcome} | {reported} | {compiles} |");
        }

        foreach (var crash in crashes)
        {
            text.AppendLine("- crash: " + crash);
        }

        return text.ToString();
    }

    private static string Ratio(int found, int total) => total == 0 ? "–" : $"{found} of {total} ({100.0 * found / total:F0} %)";

    /// <summary>
    /// For each diagnostic that lies in some case's cited construct (of any rule), the numbers of those cases.
    /// </summary>
    public static Dictionary<Finding, List<int>> CitedBy(IReadOnlyList<LabelledCase> cases, IReadOnlyList<Finding> findings, string workRoot)
    {
        var cited = new Dictionary<Finding, List<int>>(ReferenceEqualityComparer.Instance);
        foreach (var labelled in cases)
        {
            foreach (var finding in Matching(labelled, findings, workRoot, anyRule: true))
            {
                if (!cited.TryGetValue(finding, out var numbers))
                {
                    cited[finding] = numbers = [];
                }

                numbers.Add(labelled.Number);
            }
        }

        return cited;
    }

    /// <summary>Where the library members a report at a call names are declared (see <see cref="Finding.LibraryOrigins"/>).</summary>
    public static IReadOnlyList<(string File, Microsoft.CodeAnalysis.Text.TextSpan Span)> LibraryOriginsOf(
        Diagnostic diagnostic, Compilation compilation, string root)
    {
        if (!diagnostic.Properties.TryGetValue("LibraryOrigin", out var ids) || ids is null)
        {
            return [];
        }

        var origins = new List<(string, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var id in ids.Split(';'))
        {
            var member = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is { } resolved && resolved.GetDocumentationCommentId() == id
                ? resolved
                : DeclaredWithId(id, compilation);
            if (member?.DeclaringSyntaxReferences.FirstOrDefault() is { } declaration
                && !string.IsNullOrEmpty(declaration.SyntaxTree.FilePath))
            {
                origins.Add((Path.GetRelativePath(root, declaration.SyntaxTree.FilePath).Replace('\\', '/'), declaration.Span));
            }
        }

        return origins;
    }

    // Roslyn does not resolve every id it writes (members of C# 14 extension blocks, which the symbol tree's members do not
    // list either): look for the method among the declarations of that name in the compilation and its project references.
    private static ISymbol? DeclaredWithId(string id, Compilation compilation)
    {
        var name = id.Split('(')[0].Split('.')[^1].Split('`')[0];
        var compilations = compilation.References.OfType<CompilationReference>().Select(r => r.Compilation).Append(compilation);
        foreach (var candidate in compilations)
        {
            foreach (var tree in candidate.SyntaxTrees)
            {
                var declarations = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
                    .Where(m => m.Identifier.ValueText == name);
                foreach (var declaration in declarations)
                {
                    if (candidate.GetSemanticModel(tree).GetDeclaredSymbol(declaration) is { } method && method.GetDocumentationCommentId() == id)
                    {
                        return method;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The diagnostics that speak to a case: for a hazard, those of its kind's rules; for a negative, any.</summary>
    private static bool CitesPublishMode(LabelledCase labelled, string workRoot)
    {
        var path = Path.Combine(workRoot, labelled.Repository.Replace('/', '+'), labelled.Commit, labelled.Path);
        var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
        return labelled.Line > lines.Length
            || lines[labelled.Line - 1] is var cited && new[] { "ReadyToRun", "PublishAot", "PublishTrimmed", "SelfContained" }
                .Any(setting => cited.Contains(setting, StringComparison.Ordinal));
    }

    private static bool IsDockerfile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    private static List<Finding> Matching(LabelledCase labelled, IReadOnlyList<Finding> findings, string workRoot, bool anyRule = false)
    {
        var relevant = findings.Where(f => f.Repository == labelled.Repository);
        if (!labelled.IsNegative && !anyRule)
        {
            relevant = relevant.Where(f => RulesByKind.TryGetValue(labelled.Kind, out var ids) && ids.Contains(f.Id));
        }

        if (labelled.IsProjectFile)
        {
            // A project line cites its publish mode (ReadyToRun, Native AOT, trimming): COLD401/COLD402 (COLD701 for Azure)
            // speak to it wherever they report in the project; COLD403/COLD404 are about other settings that the labels do
            // not cover. An H7 case cites one of the Azure worker's prerequisites (COLD702/COLD703). A clean line that is
            // not about the publish mode (a framework reference) is wrongly flagged only by a report at that line. For a
            // container image, COLD401 reports at the Dockerfile's `dotnet publish`, where the fix goes: that speaks to the
            // project too.
            var inProject = relevant.Where(f => labelled.CitesProject(f.Project)
                && (f.File is null || f.File == f.Project || IsDockerfile(f.File)));
            if (labelled.IsNegative && !CitesPublishMode(labelled, workRoot))
            {
                return inProject.Where(f => f.Line == labelled.Line && f.Id is "COLD401" or "COLD402" or "COLD701" or "COLD702" or "COLD703").ToList();
            }

            return inProject.Where(f => f.Id is "COLD401" or "COLD402" or "COLD701" || (f.Id is "COLD702" or "COLD703" && !labelled.IsNegative)).ToList();
        }

        if (labelled.Primes && !anyRule)
        {
            // Missing priming would be reported where SnapStart is switched on, which need not be the cited file.
            return relevant.ToList();
        }

        var inFile = relevant.Where(f => f.File == labelled.Path).ToList();
        if (labelled.IsDeploymentFile)
        {
            return inFile.Where(f => f.Line == labelled.Line).ToList();
        }

        if (labelled.IsNegative && labelled.CoversWholeFile)
        {
            return inFile;
        }

        var path = Path.Combine(workRoot, labelled.Repository.Replace('/', '+'), labelled.Commit, labelled.Path);
        var construct = ConstructAt(path, labelled.Line);
        var here = inFile.Where(f => f.Location is { } location
            ? location.SourceSpan.Start >= construct.Start && location.SourceSpan.Start <= construct.End
            : f.Line == labelled.Line);

        // A hazard in one of the repository's class libraries is reported where a function calls the member that
        // holds it (docs/handlers.md, "Code in the function's own libraries"): such a report finds the case.
        var atCalls = labelled.IsNegative || anyRule
            ? Enumerable.Empty<Finding>()
            : relevant.Where(f => f.LibraryOrigins.Any(origin => origin.File == labelled.Path
                && (origin.Span.Contains(construct.Start) || construct.Contains(origin.Span.Start))));
        // A case may cite the call to a helper of the project (`var provider = InitLambda(context);`) where the report is
        // inside the helper, at what it does (`services.BuildServiceProvider()`): one call away, the same hazard.
        var inCallee = labelled.IsNegative || anyRule
            ? Enumerable.Empty<Finding>()
            : relevant.Where(f => f.CallersOfItsMethod.Any(site => site.File == labelled.Path && construct.Contains(site.Span.Start)));
        // The report at `new ChatworkClient()` names the client its constructor builds; a case may cite that construction.
        // A field's declarator starts after the field's modifiers and type, inside the construct the case cites.
        var atConstruction = labelled.IsNegative || anyRule
            ? Enumerable.Empty<Finding>()
            : relevant.Where(f => f.ConstructionBuilds.Any(built => built.File == labelled.Path
                && (built.Span.Contains(construct.Start) || construct.Contains(built.Span.Start))));
        return here.Concat(atCalls).Concat(inCallee).Concat(atConstruction).Distinct().ToList();
    }

    /// <summary>
    /// The construct a case's line cites: the largest statement, member or attribute list that starts on that
    /// line (so "line 30" of a static constructor covers its whole body), else the line itself.
    /// </summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan ConstructAt(string path, int line)
    {
        if (!File.Exists(path))
        {
            return default;
        }

        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(path));
        var text = tree.GetText();
        if (line < 1 || line > text.Lines.Count)
        {
            return default;
        }

        var lineSpan = text.Lines[line - 1].Span;
        var token = tree.GetRoot().FindToken(lineSpan.Start + (text.Lines[line - 1].ToString().Length - text.Lines[line - 1].ToString().TrimStart().Length));
        var best = lineSpan;
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax
                or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax
                or Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)
            {
                break;
            }

            if (text.Lines.GetLineFromPosition(node.SpanStart).LineNumber == line - 1 && node.Span.Length > best.Length)
            {
                best = node.Span;
            }
        }

        // A line in the middle of a fluent chain (`    .AddScoped<IClient>(x =>`) cites the call made on it, its arguments
        // included, though the expression starts lines above.
        if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.DotToken)
            && token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax
            {
                Parent: Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call,
            }
            && Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(token.SpanStart, call.Span.End) is var segment
            && segment.Length > best.Length)
        {
            best = segment;
        }

        return best;
    }
}
