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
}
