using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace ColdStart.Analyzers.CodeFixes;

internal static class UsingDeclarations
{
    /// <summary>
    /// A client that becomes shared must not be disposed at the end of the invocation: when <paramref name="creation"/>
    /// initialises a <c>using var</c> local, the local loses its <c>using</c>.
    /// </summary>
    public static void KeepUndisposed(SyntaxEditor editor, ExpressionSyntax creation)
    {
        if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }
            && declaration.Parent is LocalDeclarationStatementSyntax local
            && local.UsingKeyword.IsKind(SyntaxKind.UsingKeyword))
        {
            editor.ReplaceNode(local, (current, _) => WithoutUsing((LocalDeclarationStatementSyntax)current));
        }
    }

    private static LocalDeclarationStatementSyntax WithoutUsing(LocalDeclarationStatementSyntax local)
        => local.WithUsingKeyword(default).WithLeadingTrivia(local.GetLeadingTrivia());
}
