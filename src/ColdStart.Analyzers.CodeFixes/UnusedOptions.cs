using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// The COLD201 fix drops the <c>JsonSerializerOptions</c> argument of each call it rewrites (the context carries the
/// settings). A private field or property, or a local, that held those options and that nothing reads any more is
/// removed too, so one pass leaves no dead declaration behind. Declarations are marked before the rewrite and
/// checked after it, when every call of the pass has been rewritten.
/// </summary>
internal static class UnusedOptions
{
    private static readonly SyntaxAnnotation Marker = new("ColdStart.OptionsStorage");

    /// <summary>Marks the declarations of the options storages the calls of <paramref name="diagnostics"/> pass.</summary>
    public static async Task<(Solution Solution, ImmutableArray<DocumentId> Marked)> MarkAsync(
        Solution solution, IEnumerable<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
    {
        var declarations = new HashSet<SyntaxNode>();
        foreach (var (documentId, diagnostic) in diagnostics)
        {
            var document = solution.GetDocument(documentId)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
                || semanticModel?.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
            {
                continue;
            }

            var options = invocation.Arguments.FirstOrDefault(a => !a.IsImplicit && a.Parameter?.Type.Name == "JsonSerializerOptions")?.Value;
            var storage = options?.WithoutConversions() switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IFieldReferenceOperation { Field.DeclaredAccessibility: Accessibility.Private } field => field.Field,
                IPropertyReferenceOperation { Property.DeclaredAccessibility: Accessibility.Private } property => property.Property,
                _ => null,
            };
            if (storage?.DeclaringSyntaxReferences.Length == 1
                && storage.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is var declaration
                && declaration is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } } or PropertyDeclarationSyntax)
            {
                declarations.Add(declaration);
            }
        }

        var marked = ImmutableArray.CreateBuilder<DocumentId>();
        foreach (var inTree in declarations.GroupBy(d => d.SyntaxTree))
        {
            var documentId = solution.GetDocumentId(inTree.Key);
            if (documentId is null)
            {
                continue;
            }

            var root = await inTree.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            solution = solution.WithDocumentSyntaxRoot(documentId, root.ReplaceNodes(inTree, (_, node) => node.WithAdditionalAnnotations(Marker)));
            marked.Add(documentId);
        }

        return (solution, marked.ToImmutable());
    }

    /// <summary>Removes every marked declaration that nothing references any more.</summary>
    public static async Task<Solution> RemoveAsync(Solution solution, ImmutableArray<DocumentId> marked, CancellationToken cancellationToken)
    {
        foreach (var documentId in marked)
        {
            var document = solution.GetDocument(documentId);
            if (document is null)
            {
                continue;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var removed = false;
            foreach (var declaration in editor.OriginalRoot.GetAnnotatedNodes(Marker))
            {
                var symbol = editor.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken);
                if (symbol is null)
                {
                    continue;
                }

                var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
                if (references.SelectMany(r => r.Locations).Any())
                {
                    continue;
                }

                editor.RemoveNode(declaration is VariableDeclaratorSyntax ? declaration.Parent!.Parent! : declaration);
                removed = true;
            }

            if (removed)
            {
                solution = solution.WithDocumentSyntaxRoot(documentId, editor.GetChangedRoot());
            }
        }

        return solution;
    }
}
