using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD101 and COLD302: turns the field, property or top-level local that stores the expensive value into a
/// <c>Lazy&lt;T&gt;</c>, wraps the value in a factory lambda, and rewrites every read into <c>.Value</c>
/// (across partial declarations in other files). Fix-all rewrites all affected storages in one pass.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LazyInitialisationCodeFixProvider))]
[Shared]
public sealed class LazyInitialisationCodeFixProvider : CodeFixProvider
{
    private const string Title = "Create it lazily with Lazy<T>";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ExpensiveInitialisation, RuleIds.ClientCreatedEagerly);

    public override FixAllProvider GetFixAllProvider() => new LazyFixAllProvider();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer says why no fix applies (a client the DI container injects).
            if (diagnostic.Properties.ContainsKey(ReflectionJsonSerialisationAnalyzer.NoFixProperty))
            {
                continue;
            }

            if (await FindStorageAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    async ct =>
                    {
                        var storage = await FindStorageAsync(document, diagnostic, ct).ConfigureAwait(false);
                        return storage is null ? document.Project.Solution
                            : await MakeLazyAsync(document.Project.Solution, new[] { storage }, ct).ConfigureAwait(false);
                    },
                    equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The storage the flagged expression initialises, if it can safely become lazy.</summary>
    private static async Task<LazyStorage?> FindStorageAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return null;
        }

        for (var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax
                    or StatementSyntax and not ExpressionStatementSyntax and not LocalDeclarationStatementSyntax
                    or MemberDeclarationSyntax and not FieldDeclarationSyntax and not PropertyDeclarationSyntax:
                    return null;

                case EqualsValueClauseSyntax
                {
                    Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } } declarator,
                } clause:
                    if (ConstructorSlice.Find(declarator, semanticModel, cancellationToken) is { } slice)
                    {
                        return await WithoutOtherWritesAsync(
                            Validate(slice.Storage, slice.Value, document, cancellationToken) is { } sliced ? sliced with { Prelude = slice.Prelude } : null,
                            document.Project.Solution,
                            cancellationToken).ConfigureAwait(false);
                    }

                    return await StorageOfAsync(semanticModel.GetDeclaredSymbol(declarator, cancellationToken), clause.Value).ConfigureAwait(false);

                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } clause:
                    return await StorageOfAsync(semanticModel.GetDeclaredSymbol(property, cancellationToken), clause.Value).ConfigureAwait(false);

                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax } assignment:
                    return await StorageOfAsync(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, assignment.Right).ConfigureAwait(false);
            }
        }

        return null;

        Task<LazyStorage?> StorageOfAsync(ISymbol? storage, ExpressionSyntax value) =>
            WithoutOtherWritesAsync(Validate(storage, value, document, cancellationToken), document.Project.Solution, cancellationToken);
    }

    // Any assignment other than the one being wrapped would store a T into a Lazy<T>: no fix then.
    private static async Task<LazyStorage?> WithoutOtherWritesAsync(LazyStorage? storage, Solution solution, CancellationToken cancellationToken)
    {
        if (storage is null)
        {
            return null;
        }

        var writtenElsewhere = await StorageWrites.HasOtherWritesAsync(solution, storage.Symbol, storage.ValueDocument, storage.ValueSpan, cancellationToken)
            .ConfigureAwait(false);
        return writtenElsewhere ? null : storage;
    }

    private static LazyStorage? Validate(ISymbol? symbol, ExpressionSyntax value, Document document, CancellationToken cancellationToken)
    {
        var type = symbol switch
        {
            IFieldSymbol field when !field.IsConst => field.Type,
            IPropertySymbol { SetMethod: null, IsIndexer: false } property => property.Type,
            ILocalSymbol local => local.Type,
            _ => null,
        };
        if (type is null || type.TypeKind == TypeKind.Error || symbol!.DeclaringSyntaxReferences.Length != 1 || IsLazy(type))
        {
            return null;
        }

        // Changing the declared type of `T a, b;` would change both variables.
        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (declaration is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: > 1 } })
        {
            return null;
        }

        // A local read in its own body (`var rules = File.ReadAllText(...); Use(rules);`) would read `.Value` right
        // away: nothing is deferred, so no fix. Only a local that deferred code alone reads (a route or handler
        // lambda, a local function) gains from Lazy<T>.
        if (symbol is ILocalSymbol && !IsReadOnlyInDeferredCode(symbol, cancellationToken))
        {
            return null;
        }

        // A property is lazy-fiable only when it is an auto-property.
        if (symbol is IPropertySymbol && symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: null })
        {
            return null;
        }

        return new LazyStorage(symbol, type, document.Id, value.Span);
    }

    private static bool IsReadOnlyInDeferredCode(ISymbol local, CancellationToken cancellationToken)
    {
        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var scope = declaration.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or CompilationUnitSyntax or SwitchSectionSyntax);
        if (scope is null)
        {
            return false;
        }

        return scope.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == local.Name)
            .All(identifier => identifier.Ancestors()
                .TakeWhile(a => a != scope)
                .Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));
    }

    private static bool IsLazy(ITypeSymbol type)
    {
        return type is INamedTypeSymbol { Name: "Lazy", ContainingNamespace.Name: "System", IsGenericType: true };
    }

    internal static async Task<Solution> MakeLazyAsync(Solution solution, IReadOnlyCollection<LazyStorage> storages, CancellationToken cancellationToken)
    {
        var editors = new Dictionary<DocumentId, DocumentEditor>();
        async Task<DocumentEditor> EditorFor(DocumentId id)
        {
            if (!editors.TryGetValue(id, out var editor))
            {
                editors[id] = editor = await DocumentEditor.CreateAsync(solution.GetDocument(id)!, cancellationToken).ConfigureAwait(false);
            }

            return editor;
        }

        var distinct = storages.GroupBy(s => s.Symbol, SymbolEqualityComparer.Default).Select(g => g.First()).ToList();
        foreach (var storage in distinct)
        {
            var references = await SymbolFinder.FindReferencesAsync(storage.Symbol, solution, cancellationToken).ConfigureAwait(false);
            var locations = references.SelectMany(r => r.Locations).Where(l => !l.IsImplicit).ToList();

            var valueEditor = await EditorFor(storage.ValueDocument).ConfigureAwait(false);
            var value = (ExpressionSyntax)valueEditor.OriginalRoot.FindNode(storage.ValueSpan, getInnermostNodeForTie: true);
            var typeSyntax = ParseTypeName(storage.Type.ToMinimalDisplayString(valueEditor.SemanticModel, value.SpanStart));
            var lazyType = HoistClientCodeFixProvider.LazyOf(typeSyntax);
            var prelude = storage.Prelude.Select(span => (StatementSyntax)valueEditor.OriginalRoot.FindNode(span)).ToList();
            valueEditor.ReplaceNode(value, (current, _) => ObjectCreationExpression(lazyType)
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(Factory(prelude, (ExpressionSyntax)current)))))
                .WithTriviaFrom(current));
            foreach (var statement in prelude)
            {
                valueEditor.RemoveNode(statement);
            }

            var declaration = storage.Symbol.DeclaringSyntaxReferences[0];
            var declarationEditor = await EditorFor(solution.GetDocumentId(declaration.SyntaxTree)!).ConfigureAwait(false);
            var declaredType = declaration.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            };
            if (declaredType is { IsVar: false })
            {
                declarationEditor.ReplaceNode(declaredType, lazyType.WithTriviaFrom(declaredType));
            }

            foreach (var location in locations)
            {
                var editor = await EditorFor(location.Document.Id).ConfigureAwait(false);
                var reference = editor.OriginalRoot.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                var read = reference.WithThisQualifier();
                var initialises = read.Parent is AssignmentExpressionSyntax assignment && assignment.Left == read
                    && location.Document.Id == storage.ValueDocument && assignment.Right.Span == storage.ValueSpan;
                if (read is ExpressionSyntax readExpression && !initialises && !IsInNameOf(readExpression))
                {
                    editor.ReplaceNode(readExpression, (current, _) => ValueOf((ExpressionSyntax)current).WithTriviaFrom(current));
                }
            }
        }

        var result = solution;
        foreach (var pair in editors)
        {
            result = result.WithDocumentSyntaxRoot(pair.Key, pair.Value.GetChangedRoot());
        }

        return result;
    }

    // `() => value`, or with statements moved out of a constructor, `() => { statements; return value; }`.
    private static ParenthesizedLambdaExpressionSyntax Factory(List<StatementSyntax> prelude, ExpressionSyntax value)
    {
        if (prelude.Count == 0)
        {
            return ParenthesizedLambdaExpression(value.WithoutTrivia());
        }

        var body = Block(prelude.Select(statement => statement.WithoutLeadingTrivia().WithTrailingTrivia(ElasticCarriageReturnLineFeed))
            .Append(ReturnStatement(value.WithoutTrivia())));
        return ParenthesizedLambdaExpression(body).WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static bool IsInNameOf(ExpressionSyntax expression)
    {
        return expression.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };
    }

    /// <summary>
    /// What becomes lazy: the storage, and the value that initialises it. <see cref="Prelude"/> lists the constructor
    /// statements (spans in the value's document) that compute only that value and move into the factory with it.
    /// </summary>
    internal sealed record LazyStorage(ISymbol Symbol, ITypeSymbol Type, DocumentId ValueDocument, TextSpan ValueSpan)
    {
        public ImmutableArray<TextSpan> Prelude { get; init; } = ImmutableArray<TextSpan>.Empty;
    }

    private sealed class LazyFixAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        {
            return new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };
        }

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<(Document Document, Diagnostic Diagnostic)>();
            var documents = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
                FixAllScope.Project => fixAllContext.Project.Documents,
                _ => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
            };
            foreach (var document in documents)
            {
                foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    diagnostics.Add((document, diagnostic));
                }
            }

            return CodeAction.Create(
                Title,
                async ct =>
                {
                    var storages = new List<LazyStorage>();
                    foreach (var (document, diagnostic) in diagnostics)
                    {
                        if (await FindStorageAsync(document, diagnostic, ct).ConfigureAwait(false) is { } storage)
                        {
                            storages.Add(storage);
                        }
                    }

                    return await MakeLazyAsync(fixAllContext.Solution, storages, ct).ConfigureAwait(false);
                },
                equivalenceKey: Title);
        }
    }

    private static MemberAccessExpressionSyntax ValueOf(ExpressionSyntax lazy)
    {
        return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, lazy.WithoutTrivia(), IdentifierName("Value"));
    }
}
