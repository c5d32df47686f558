using System;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Rules;

/// <summary>The few helpers the rules share: where code runs, and where and how to report it.</summary>
internal static class RuleSupport
{
    /// <summary>Which of the <paramref name="wanted"/> paths <paramref name="operation"/> runs on (ask only for what the rule needs).</summary>
    public static CodePaths PathsOf(this HandlerModel model, IOperation operation, CodePaths wanted)
    {
        return operation.SemanticModel is { } semanticModel ? model.Classify(operation.Syntax, semanticModel, wanted) : CodePaths.None;
    }

    /// <summary>
    /// True when <paramref name="created"/> owns <paramref name="client"/> but is a handler type: the program that
    /// builds the function object to run its handler (<c>new Function().Handle</c>) is not building a wrapper it may not need.
    /// </summary>
    public static bool IsHandlerTypeBuildingClients(HandlerModel model, ITypeSymbol created, ITypeSymbol client)
    {
        return !SymbolEqualityComparer.Default.Equals(created, client) && created is INamedTypeSymbol type && model.HandlersOf(type).Any();
    }

    /// <summary>
    /// The singleton whose construction runs <paramref name="operation"/>: it sits in an instance constructor (or an instance
    /// field or property initialiser) of a class of the project, not in a lambda or local function, and a singleton
    /// registration on the init path builds that class (<see cref="ServiceRegistrations.SingletonRegistrationOf"/>). The
    /// container runs the constructor once, when the first invocation that needs the service resolves it, so what it does
    /// is part of that invocation's cold start. In a constructor, only the one the registration runs counts (a second,
    /// parameterless constructor for tests is never the container's). Null otherwise.
    /// </summary>
    public static INamedTypeSymbol? SingletonConstructing(IOperation operation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        if (operation.SemanticModel is not { } semanticModel || ConstructingMember(operation.Syntax) is not { } member
            || semanticModel.GetDeclaredSymbol(member, cancellationToken) is not { IsStatic: false, ContainingType: { } type } declared
            || facts.Registrations(cancellationToken).SingletonRegistrationOf(type, declared as IMethodSymbol) is not { } registration)
        {
            return null;
        }

        var model = facts.Model(cancellationToken);
        return (model.Classify(registration, facts.GetSemanticModel(registration.SyntaxTree), CodePaths.Init) & CodePaths.Init) != 0 ? type : null;
    }

    // The constructor, or the field or property whose initialiser, holds the node directly.
    private static SyntaxNode? ConstructingMember(SyntaxNode node)
    {
        SyntaxNode previous = node;
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax
                    when ancestor.Parent is not ConstructorDeclarationSyntax:
                    return null;
                case ConstructorDeclarationSyntax constructor:
                    return constructor;
                case FieldDeclarationSyntax field:
                    return field.Declaration.Variables.FirstOrDefault(v => v.Span.Contains(node.Span));
                case PropertyDeclarationSyntax property:
                    return previous is EqualsValueClauseSyntax ? property : null;
                case MemberDeclarationSyntax:
                    return null;
            }

            previous = ancestor;
        }

        return null;
    }

    /// <summary>The name of the type (or "Program") whose initialisation runs <paramref name="operation"/>.</summary>
    public static string InitialisingTypeName(IOperation operation)
    {
        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        return symbol?.ContainingType?.Name ?? symbol?.Name ?? "the function";
    }

    /// <summary>
    /// Where to report a call: the whole call, or, in a fluent chain over several lines
    /// (<c>new ConfigurationBuilder()</c> ... <c>.AddJsonFile(...)</c>), from the method's name to the end of its
    /// arguments, so the squiggle sits on the line of the call itself.
    /// </summary>
    public static Location CallLocation(IOperation operation)
    {
        var syntax = operation.Syntax;
        if (syntax is InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax member,
            } invocation
            && LineOf(member.Expression.SpanStart) != LineOf(member.Name.SpanStart))
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End));
        }

        return syntax.GetLocation();

        int LineOf(int position) => syntax.SyntaxTree.GetLineSpan(new TextSpan(position, 0)).StartLinePosition.Line;
    }

    /// <summary>Short source text of an expression for messages.</summary>
    public static string Describe(SyntaxNode node)
    {
        var text = node.ToString();
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
