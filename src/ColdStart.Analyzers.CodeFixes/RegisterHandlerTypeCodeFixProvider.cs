using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>COLD203: adds the missing [JsonSerializable(typeof(T))] to the context. Fix-all adds each type once.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegisterHandlerTypeCodeFixProvider))]
[Shared]
public sealed class RegisterHandlerTypeCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = nameof(RegisterHandlerTypeCodeFixProvider);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HandlerTypeMissingFromJsonContext);

    public override FixAllProvider GetFixAllProvider() => new RegisterAllFixAllProvider();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (compilation is null || Resolve(diagnostic, compilation) is not { } registration)
            {
                continue;
            }

            var typeName = registration.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            var title = $"Add [JsonSerializable(typeof({typeName}))] to {registration.Context.Name}";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => RegisterAsync(context.Document.Project, new[] { diagnostic }, ct), equivalenceKey: EquivalenceKey),
                diagnostic);
        }
    }

    private static (INamedTypeSymbol Context, ITypeSymbol Type)? Resolve(Diagnostic diagnostic, Compilation compilation)
    {
        if (diagnostic.Properties.TryGetValue(HandlerTypeMissingFromJsonContextAnalyzer.ContextProperty, out var contextId)
            && diagnostic.Properties.TryGetValue(HandlerTypeMissingFromJsonContextAnalyzer.TypeProperty, out var typeId)
            && contextId is not null && typeId is not null
            && DocumentationCommentId.GetFirstSymbolForDeclarationId(contextId, compilation) is INamedTypeSymbol jsonContext
            && JsonSerialization.ResolveTypeId(typeId, compilation) is { } type)
        {
            return (jsonContext, type);
        }

        return null;
    }

    private static async Task<Solution> RegisterAsync(Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var solution = project.Solution;
        var registrations = diagnostics
            .Where(d => Resolve(d, compilation!) is not null)
            .Select(d => (
                ContextId: d.Properties[HandlerTypeMissingFromJsonContextAnalyzer.ContextProperty]!,
                TypeId: d.Properties[HandlerTypeMissingFromJsonContextAnalyzer.TypeProperty]!));
        foreach (var group in registrations.GroupBy(r => r.ContextId))
        {
            // Each context edit invalidates symbols of the earlier compilation: rebind by id.
            var current = await solution.GetProject(project.Id)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var jsonContext = (INamedTypeSymbol)DocumentationCommentId.GetFirstSymbolForDeclarationId(group.Key, current!)!;
            var types = group.Select(r => JsonSerialization.ResolveTypeId(r.TypeId, current!)).OfType<ITypeSymbol>();
            solution = await JsonContextEditor.RegisterAsync(solution, project.Id, jsonContext, types, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private sealed class RegisterAllFixAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        {
            return new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };
        }

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
            var work = new List<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)>();
            foreach (var project in projects)
            {
                var diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is not null
                    ? await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false)
                    : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                work.Add((project.Id, diagnostics));
            }

            return CodeAction.Create(
                "Register every missing handler type",
                async ct =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var (projectId, diagnostics) in work)
                    {
                        solution = await RegisterAsync(solution.GetProject(projectId)!, diagnostics, ct).ConfigureAwait(false);
                    }

                    return solution;
                },
                equivalenceKey: EquivalenceKey);
        }
    }
}
