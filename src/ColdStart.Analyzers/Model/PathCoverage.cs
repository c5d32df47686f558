using System;
using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Answers "does every path through this handler reach X?" on syntax, the way a reader would: statements
/// run in order, guard clauses (<c>if (...) return;</c>) do not count as paths that skip X, both branches
/// of an if/else must reach X, and loops, switch sections, conditional operators and lambdas may not run.
/// Calls into methods of the same compilation are followed to the model's depth.
/// </summary>
internal sealed class PathCoverage
{
    private readonly HandlerModel _model;
    private readonly Func<SyntaxNode, SemanticModel, bool> _isTarget;
    private readonly bool _followsCalls;
    private readonly HashSet<SyntaxNode> _visiting = new();

    private PathCoverage(HandlerModel model, Func<SyntaxNode, SemanticModel, bool> isTarget, bool followsCalls)
    {
        _model = model;
        _isTarget = isTarget;
        _followsCalls = followsCalls;
    }

    /// <summary>True when every path through <paramref name="handler"/> uses <paramref name="storage"/>.</summary>
    public static bool UsesOnEveryPath(HandlerModel model, Handler handler, ISymbol storage)
    {
        return CoversOnEveryPath(
            model,
            handler.Body,
            (node, semanticModel) => node is IdentifierNameSyntax identifier
                && identifier.Identifier.ValueText == storage.Name
                && IsUse(identifier)
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, storage.OriginalDefinition));
    }

    /// <summary>
    /// A reference that does something with the client. Comparing it with null, discarding it, assigning to it
    /// or naming it does not: a handler that only checks <c>_s3 != null</c> never needs the client built.
    /// </summary>
    private static bool IsUse(IdentifierNameSyntax identifier)
    {
        var reference = identifier.WithQualifier();
        switch (reference.Parent)
        {
            case BinaryExpressionSyntax comparison when comparison.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression:
                return !(IsNullLiteral(comparison.Left) || IsNullLiteral(comparison.Right));
            case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax or UnaryPatternSyntax { Pattern: ConstantPatternSyntax } }:
                return false;
            case AssignmentExpressionSyntax assignment when assignment.Left == reference:
                return false;
            case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } }:
                return false;
            case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } }:
                return false;
            default:
                return true;
        }
    }

    private static bool IsNullLiteral(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.NullLiteralExpression);

    /// <summary>True when every path through <paramref name="body"/> evaluates <paramref name="target"/>.</summary>
    public static bool ReachesOnEveryPath(HandlerModel model, SyntaxNode body, SyntaxNode target)
    {
        return CoversOnEveryPath(model, body, (node, _) => node == target);
    }

    // Following a call binds the callee's body (and runs its nullable analysis) in the semantic model. Most bodies
    // reach their target in their own statements, so those are searched first; a body that does not is searched
    // again through its calls. Covering without calls implies covering with them, so the answer is the same.
    private static bool CoversOnEveryPath(HandlerModel model, SyntaxNode body, Func<SyntaxNode, SemanticModel, bool> isTarget)
    {
        return new PathCoverage(model, isTarget, followsCalls: false).Covers(body, 0)
            || new PathCoverage(model, isTarget, followsCalls: true).Covers(body, 0);
    }

    private bool Covers(SyntaxNode body, int depth)
    {
        if (!_visiting.Add(body))
        {
            return false;
        }

        try
        {
            return body switch
            {
                BlockSyntax block => StatementsCover(block.Statements, depth),
                ArrowExpressionClauseSyntax arrow => ExpressionCovers(arrow.Expression, depth),
                ExpressionSyntax expression => ExpressionCovers(expression, depth),
                _ => false,
            };
        }
        finally
        {
            _visiting.Remove(body);
        }
    }

    private bool StatementsCover(IEnumerable<StatementSyntax> statements, int depth)
    {
        foreach (var statement in statements)
        {
            if (StatementCovers(statement, depth))
            {
                return true;
            }

            if (IsGuardClause(statement))
            {
                continue;
            }

            if (statement is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private bool StatementCovers(StatementSyntax statement, int depth)
    {
        switch (statement)
        {
            case BlockSyntax block:
                return StatementsCover(block.Statements, depth);
            case ExpressionStatementSyntax expressionStatement:
                return ExpressionCovers(expressionStatement.Expression, depth);
            case LocalDeclarationStatementSyntax declaration:
                return declaration.Declaration.Variables.Any(v => v.Initializer is not null && ExpressionCovers(v.Initializer.Value, depth));
            case ReturnStatementSyntax { Expression: { } returned }:
                return ExpressionCovers(returned, depth);
            case ThrowStatementSyntax { Expression: { } thrown }:
                return ExpressionCovers(thrown, depth);
            case IfStatementSyntax ifStatement:
                return ExpressionCovers(ifStatement.Condition, depth)
                    || (ifStatement.Else is not null && StatementCovers(ifStatement.Statement, depth) && StatementCovers(ifStatement.Else.Statement, depth));
            case UsingStatementSyntax usingStatement:
                return (usingStatement.Expression is not null && ExpressionCovers(usingStatement.Expression, depth))
                    || (usingStatement.Declaration?.Variables.Any(v => v.Initializer is not null && ExpressionCovers(v.Initializer.Value, depth)) ?? false)
                    || StatementCovers(usingStatement.Statement, depth);
            case LockStatementSyntax lockStatement:
                return ExpressionCovers(lockStatement.Expression, depth) || StatementCovers(lockStatement.Statement, depth);
            case TryStatementSyntax tryStatement:
                return StatementsCover(tryStatement.Block.Statements, depth)
                    || (tryStatement.Finally is not null && StatementsCover(tryStatement.Finally.Block.Statements, depth));
            case SwitchStatementSyntax switchStatement:
                return ExpressionCovers(switchStatement.Expression, depth);
            case ForEachStatementSyntax forEach:
                // A loop over the invocation's input (`evt.Records`) runs on every real invocation.
                return ExpressionCovers(forEach.Expression, depth)
                    || (IsOverInput(forEach.Expression) && StatementCovers(forEach.Statement, depth));
            case WhileStatementSyntax whileStatement:
                return ExpressionCovers(whileStatement.Condition, depth);
            case DoStatementSyntax doStatement:
                return StatementCovers(doStatement.Statement, depth);
            case CheckedStatementSyntax checkedStatement:
                return StatementsCover(checkedStatement.Block.Statements, depth);
            default:
                return false;
        }
    }

    private static bool IsGuardClause(StatementSyntax statement)
    {
        if (statement is not IfStatementSyntax { Else: null } ifStatement)
        {
            return false;
        }

        var last = ifStatement.Statement is BlockSyntax block ? block.Statements.LastOrDefault() : ifStatement.Statement;
        return last is ReturnStatementSyntax or ThrowStatementSyntax;
    }

    private bool ExpressionCovers(ExpressionSyntax expression, int depth)
    {
        return NodeCovers(expression, _model.GetSemanticModel(expression.SyntaxTree), depth);
    }

    private bool NodeCovers(SyntaxNode node, SemanticModel semanticModel, int depth)
    {
        if (_isTarget(node, semanticModel))
        {
            return true;
        }

        if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            && _followsCalls
            && depth < _model.Options.InvokePathDepth
            && semanticModel.GetSymbolInfo(node).Symbol is IMethodSymbol method
            && CalleeCovers(method, depth))
        {
            return true;
        }

        // A method group handed to a wrapper (`Trace(provider, FunctionHandler, ...)`) runs inside that call.
        if (node is ArgumentSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } argument
            && _followsCalls
            && depth < _model.Options.InvokePathDepth
            && HandlerModel.MethodGroup(argument.Expression, semanticModel) is { } methodGroup
            && CalleeCovers(methodGroup, depth))
        {
            return true;
        }

        // `evt.Records.Select(r => ...)`: a lambda run over the invocation's input runs on every invocation.
        if (node is AnonymousFunctionExpressionSyntax lambda
            && HandlerModel.IsRunImmediately(lambda, semanticModel)
            && lambda.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver }
            && IsOverInput(receiver.Expression)
            && NodeCovers(lambda.Body, semanticModel, depth))
        {
            return true;
        }

        foreach (var child in UnconditionalChildren(node))
        {
            if (NodeCovers(child, semanticModel, depth))
            {
                return true;
            }
        }

        return false;
    }

    // A call covers when the callee's body does; a call through an interface or virtual member, when every
    // implementation in the compilation does.
    private bool CalleeCovers(IMethodSymbol method, int depth)
    {
        if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _model.Compilation.Assembly) && HandlerModel.BodyOf(method) is { } callee)
        {
            return Covers(callee.Body, depth + 1);
        }

        var implementations = _model.ImplementationsOf(method);
        return implementations.Count > 0
            && implementations.All(implementation => HandlerModel.BodyOf(implementation) is { } body && Covers(body.Body, depth + 1));
    }

    // The invocation's input: an expression rooted in a parameter of the method (`evt.Records`, `input.Items`).
    private static bool IsOverInput(ExpressionSyntax expression)
    {
        var root = expression;
        while (true)
        {
            switch (root)
            {
                case MemberAccessExpressionSyntax member:
                    root = member.Expression;
                    continue;
                case InvocationExpressionSyntax invocation:
                    root = invocation.Expression;
                    continue;
                case ConditionalAccessExpressionSyntax conditional:
                    root = conditional.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax postfix:
                    root = postfix.Operand;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    root = parenthesized.Expression;
                    continue;
            }

            break;
        }

        if (root is not IdentifierNameSyntax identifier)
        {
            return false;
        }

        // A parameter of the enclosing method, local function or lambda (the bootstrap's handler lambda, a record's lambda).
        var name = identifier.Identifier.ValueText;
        foreach (var enclosing in expression.Ancestors())
        {
            var declares = enclosing switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                LocalFunctionStatementSyntax local => local.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                SimpleLambdaExpressionSyntax lambda => lambda.Parameter.Identifier.ValueText == name,
                _ => false,
            };
            if (declares)
            {
                return true;
            }

            if (enclosing is MemberDeclarationSyntax)
            {
                break;
            }
        }

        return false;
    }

    // The parts of an expression that always run: not the branches of ?: or switch expressions, not the
    // right side of ?., ?? and &&/||, and not the bodies of lambdas.
    private static IEnumerable<SyntaxNode> UnconditionalChildren(SyntaxNode node)
    {
        switch (node)
        {
            case AnonymousFunctionExpressionSyntax:
                return Enumerable.Empty<SyntaxNode>();
            case ConditionalExpressionSyntax conditional:
                return new[] { conditional.Condition };
            case ConditionalAccessExpressionSyntax conditionalAccess:
                return new[] { conditionalAccess.Expression };
            case SwitchExpressionSyntax switchExpression:
                return new[] { switchExpression.GoverningExpression };
            case BinaryExpressionSyntax binary
                when binary.Kind() is SyntaxKind.CoalesceExpression or SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression:
                return new[] { binary.Left };
            default:
                return node.ChildNodes();
        }
    }
}
