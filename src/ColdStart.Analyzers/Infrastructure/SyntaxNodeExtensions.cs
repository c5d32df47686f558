using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Infrastructure;

internal static class SyntaxNodeExtensions
{
    /// <summary>
    /// The expression that uses a member through <paramref name="name"/>: <c>this.Name</c> when the name is qualified
    /// by <c>this</c>, otherwise the name itself.
    /// </summary>
    public static SyntaxNode WithThisQualifier(this SyntaxNode name)
        => name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified ? qualified : name;

    /// <summary>
    /// The member access that ends in <paramref name="name"/> (<c>x.Name</c>, <c>this.Name</c>), or the name itself:
    /// the expression whose parent says what is done with the member.
    /// </summary>
    public static ExpressionSyntax WithQualifier(this SimpleNameSyntax name)
        => name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member : name;
}
