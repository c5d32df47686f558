using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// Whether a field, property or local is written anywhere besides its initialisation: the fixes that change
/// how a client or value is stored are only safe when nothing else assigns it.
/// </summary>
internal static class StorageWrites
{
    /// <summary>
    /// True when a reference assigns, increments or passes <paramref name="storage"/> by ref, except the assignment
    /// whose right-hand side is <paramref name="initialisingValue"/> in <paramref name="initialisingDocument"/>.
    /// </summary>
    public static async Task<bool> HasOtherWritesAsync(
        Solution solution, ISymbol storage, DocumentId? initialisingDocument, TextSpan initialisingValue, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(storage, solution, cancellationToken).ConfigureAwait(false);
        return references.SelectMany(r => r.Locations).Any(location =>
        {
            var node = location.Location.SourceTree?.GetRoot(cancellationToken).FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            var target = node?.WithThisQualifier();
            return target?.Parent switch
            {
                AssignmentExpressionSyntax assignment when assignment.Left == target =>
                    !(location.Document.Id == initialisingDocument && assignment.Right.Span == initialisingValue),
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                _ => false,
            };
        });
    }
}
