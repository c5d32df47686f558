using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD301: moves a client constructed per invocation into a <c>private static readonly</c> field of the
/// containing type — a plain field when every path of the handler creates it, a <c>Lazy&lt;T&gt;</c> otherwise —
/// and makes the construction site read that field. A <c>using</c> on the client is dropped: the shared
/// client must outlive the invocation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistClientCodeFixProvider))]
[Shared]
public sealed class HoistClientCodeFixProvider : CodeFixProvider
{
    private const string Title = "Create the client once in a static field";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ClientCreatedPerInvocation);

    public override FixAllProvider GetFixAllProvider() => new DocumentByDocumentFixAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FindTarget(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => HoistAsync(context.Document, ImmutableArray.Create(diagnostic), ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static HoistTarget? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ClientCreatedPerInvocationAnalyzer.HoistProperty, out var hoist)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation
            || creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
            || creation.Parent is UsingStatementSyntax)
        {
            return null;
        }

        return new HoistTarget(creation, type, hoist == ClientCreatedPerInvocationAnalyzer.HoistLazy);
    }

    private static async Task<Document> HoistAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var found = diagnostics.Select(d => FindTarget(root, d)).OfType<HoistTarget>().ToList();
        // A client built inside another one's construction (`new DynamoDBContext(new AmazonDynamoDBClient())`) moves with it.
        var targets = found.Where(t => !found.Any(outer => outer.Creation != t.Creation && outer.Creation.Span.Contains(t.Creation.Span)))
            .OrderBy(t => t.Creation.SpanStart)
            .ToList();
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var takenNames = new HashSet<string>();
        var newFields = new Dictionary<TypeDeclarationSyntax, List<MemberDeclarationSyntax>>();
        foreach (var target in targets)
        {
            if (semanticModel.GetTypeInfo(target.Creation, cancellationToken).Type is not INamedTypeSymbol clientType)
            {
                continue;
            }

            var typeSyntax = ParseTypeName(clientType.ToMinimalDisplayString(semanticModel, target.Creation.SpanStart));
            var fieldName = UniqueName((target.Lazy ? "Lazy" : "Shared") + clientType.Name, semanticModel, target.Creation.SpanStart, takenNames);
            var construction = ExplicitCreation(target.Creation, typeSyntax);

            if (!newFields.TryGetValue(target.Type, out var fields))
            {
                newFields[target.Type] = fields = new List<MemberDeclarationSyntax>();
            }

            fields.Add(target.Lazy ? LazyField(typeSyntax, fieldName, construction) : PlainField(typeSyntax, fieldName, construction));

            ExpressionSyntax replacement = target.Lazy
                ? MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(fieldName), IdentifierName("Value"))
                : IdentifierName(fieldName);
            editor.ReplaceNode(target.Creation, replacement.WithTriviaFrom(target.Creation));
            UsingDeclarations.KeepUndisposed(editor, target.Creation);
        }

        foreach (var pair in newFields)
        {
            var index = pair.Key.Members.LastIndexOf(m => m is FieldDeclarationSyntax) + 1;
            editor.InsertMembers(pair.Key, index, pair.Value);
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }

    private static ObjectCreationExpressionSyntax ExplicitCreation(BaseObjectCreationExpressionSyntax creation, TypeSyntax type)
    {
        var arguments = creation.ArgumentList ?? (creation.Initializer is null ? ArgumentList() : null);
        return ObjectCreationExpression(type)
            .WithArgumentList(arguments)
            .WithInitializer(creation.Initializer)
            .WithoutTrivia();
    }

    private static FieldDeclarationSyntax PlainField(TypeSyntax type, string name, ExpressionSyntax value)
    {
        return Field(type, name, value);
    }

    private static FieldDeclarationSyntax LazyField(TypeSyntax clientType, string name, ExpressionSyntax value)
    {
        var lazyType = LazyOf(clientType);
        var factory = ParenthesizedLambdaExpression(value);
        return Field(lazyType, name, ObjectCreationExpression(lazyType).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(factory)))));
    }

    internal static TypeSyntax LazyOf(TypeSyntax type)
    {
        return QualifiedName(
                AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName("System")),
                GenericName(Identifier("Lazy"), TypeArgumentList(SingletonSeparatedList(type.WithoutTrivia()))))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    private static FieldDeclarationSyntax Field(TypeSyntax type, string name, ExpressionSyntax value)
    {
        return FieldDeclaration(
                VariableDeclaration(type, SingletonSeparatedList(VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(value)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
    }

    private static string UniqueName(string baseName, SemanticModel semanticModel, int position, HashSet<string> taken)
    {
        var name = baseName;
        for (var i = 2; taken.Contains(name) || semanticModel.LookupSymbols(position, name: name).Any(); i++)
        {
            name = baseName + i;
        }

        taken.Add(name);
        return name;
    }

    private sealed record HoistTarget(BaseObjectCreationExpressionSyntax Creation, TypeDeclarationSyntax Type, bool Lazy);

    /// <summary>
    /// Fix All one document after the other, each on the solution the previous ones produced: the parts of a partial class
    /// in several files each get a field, and each must see the names the others took. A document's diagnostics keep their
    /// spans, since no other document's edit touches it.
    /// </summary>
    private sealed class DocumentByDocumentFixAll : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
                FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
                _ => fixAllContext.Project.Documents,
            };
            var work = new List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)>();
            foreach (var document in documents)
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    work.Add((document.Id, diagnostics));
                }
            }

            return work.Count == 0 ? null : CodeAction.Create(Title, ct => FixAllAsync(fixAllContext.Solution, work, ct), equivalenceKey: Title);
        }

        private static async Task<Solution> FixAllAsync(
            Solution solution, List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
        {
            foreach (var (documentId, diagnostics) in work)
            {
                if (solution.GetDocument(documentId) is { } document)
                {
                    solution = (await HoistAsync(document, diagnostics, cancellationToken).ConfigureAwait(false)).Project.Solution;
                }
            }

            return solution;
        }
    }
}
