using System;
using System.Collections.Generic;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Answers "does every path through this handler reach X?" on syntax, the way a reader would: statements run in
/// order, and only a path that does its work and completes normally counts as one that skips X. A path that throws
/// does not, nor does a guard exit (<see cref="IsGuardExit"/>: a branch that only logs and then returns a constant,
/// returns nothing or continues). Both branches of an if/else must reach X (or be one of those), and so must every
/// section of a switch with a default, every arm of a switch expression and both branches of ?: (or be a guard value);
/// loops and lambdas may not run, except loops over the invocation's input. Calls into methods of the same compilation
/// are followed to the model's depth.
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

    /// <summary>
    /// True when every path through <paramref name="handler"/> uses <paramref name="storage"/>; with <paramref name="clientOwner"/>
    /// (the class of a client-owning object kept there), a call of a method of that class that touches none of the object's
    /// state does not count (<see cref="UsesOwnedClient"/>).
    /// </summary>
    public static bool UsesOnEveryPath(HandlerModel model, Handler handler, ISymbol storage, INamedTypeSymbol? clientOwner = null)
    {
        var ownerMembers = clientOwner is null ? null : InstanceMemberNames(clientOwner);
        return CoversOnEveryPath(
            model,
            handler.Body,
            (node, semanticModel) => node is IdentifierNameSyntax identifier
                && identifier.Identifier.ValueText == storage.Name
                && IsUse(identifier)
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol?.OriginalDefinition, storage.OriginalDefinition)
                && (ownerMembers is null || UsesOwnedClient(identifier, semanticModel, clientOwner!, ownerMembers)));
    }

    private static HashSet<string> InstanceMemberNames(INamedTypeSymbol owner)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var type = owner; type is not null && !type.DeclaringSyntaxReferences.IsEmpty; type = type.BaseType)
        {
            names.UnionWith(type.GetMembers().Where(m => !m.IsStatic && !m.IsImplicitlyDeclared).Select(m => m.Name));
        }

        return names;
    }

    // For a client-owning object: a call of one of its class's methods (through the class or an interface it implements) whose
    // own code touches none of the object's state (names no instance member of the class, hands on no `this`) does not use the
    // client (`_events.Ping()` returning a constant); any other reference does, since what the object made from its client
    // (a table, a container) is state too.
    private static bool UsesOwnedClient(IdentifierNameSyntax identifier, SemanticModel semanticModel, INamedTypeSymbol owner, HashSet<string> ownerMembers)
    {
        return identifier.WithQualifier().Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access
            || semanticModel.GetSymbolInfo(access).Symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } called
            || ImplementationIn(owner, called)?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not MethodDeclarationSyntax declaration
            || (declaration.Body is null && declaration.ExpressionBody is null)
            || declaration.DescendantNodes().Any(node => node is ThisExpressionSyntax or BaseExpressionSyntax
                || (node is SimpleNameSyntax name && ownerMembers.Contains(name.Identifier.ValueText)));
    }

    // The method that runs for a call on the owner: the owner's implementation of an interface method, or the method itself
    // when the owner declares or inherits it unchanged; null when an override may run instead.
    private static IMethodSymbol? ImplementationIn(INamedTypeSymbol owner, IMethodSymbol called)
    {
        if (called.ContainingType.TypeKind == TypeKind.Interface)
        {
            return owner.FindImplementationForInterfaceMember(called) as IMethodSymbol;
        }

        return called.IsVirtual || called.IsAbstract || called.IsOverride ? null : called;
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
                BlockSyntax block => StatementsFlow(block.Statements, depth) == Flow.Covered,
                ArrowExpressionClauseSyntax { Expression: ThrowExpressionSyntax } => true,
                ArrowExpressionClauseSyntax arrow => ExpressionCovers(arrow.Expression, depth),
                ThrowExpressionSyntax => true,
                ExpressionSyntax expression => ExpressionCovers(expression, depth),
                _ => false,
            };
        }
        finally
        {
            _visiting.Remove(body);
        }
    }

    private static Flow Worst(Flow first, Flow second) => first > second ? first : second;

    // Statements run in order: the first that covers covers the sequence, and the first a path leaves by stops it.
    private Flow StatementsFlow(IReadOnlyList<StatementSyntax> statements, int depth)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (IsInvertedGuard(statements, i, depth))
            {
                return Flow.Covered;
            }

            var flow = StatementFlow(statements[i], depth);
            if (flow != Flow.FallsThrough)
            {
                return flow;
            }
        }

        return Flow.FallsThrough;
    }

    // `if (s3Object != null) { ...use the client...; return Ok(); } return new Response { StatusCode = 400 };`: the guard
    // written the other way round, also as a chain without a final else (`if (get) { ...; return ...; } else if (post) {
    // ...; return ...; }`). Each branch's main path covers and leaves, so only the paths that skip every branch, or that fail
    // a check inside one, reach the statements after the chain, and those are a guard exit.
    private bool IsInvertedGuard(IReadOnlyList<StatementSyntax> statements, int index, int depth)
    {
        if (statements[index] is not IfStatementSyntax chain || index + 1 >= statements.Count)
        {
            return false;
        }

        var links = new List<IfStatementSyntax>();
        for (IfStatementSyntax? link = chain; link is not null; link = link.Else?.Statement as IfStatementSyntax)
        {
            // A final `else` makes it an ordinary if/else, which StatementFlow judges.
            if (link.Else is { Statement: not IfStatementSyntax } || !LeavesOnItsMainPath(link.Statement))
            {
                return false;
            }

            links.Add(link);
        }

        return IsGuardExit(statements.Skip(index + 1).ToList()) && links.All(link => MainPathFlow(link.Statement, depth) == Flow.Covered);
    }

    // The flow of a branch's main path: a trailing `if` without `else` whose branch leaves is followed into that branch,
    // since the path that fails its check falls out to the statements after the outer branch.
    private Flow MainPathFlow(StatementSyntax branch, int depth)
    {
        var statements = branch is BlockSyntax block ? block.Statements : (IReadOnlyList<StatementSyntax>)new[] { branch };
        if (statements.Count == 0 || statements[statements.Count - 1] is not IfStatementSyntax { Else: null } last || !LeavesOnItsMainPath(last.Statement))
        {
            return BranchFlow(branch, depth);
        }

        var before = StatementsFlow(statements.Take(statements.Count - 1).ToList(), depth);
        return before != Flow.FallsThrough ? before
            : ExpressionCovers(last.Condition, depth) ? Flow.Covered
            : MainPathFlow(last.Statement, depth);
    }

    // Ends in `return` or `throw`, or in an `if` whose branches do: `if (Guid.TryParse(id, out var key)) { var user = await
    // db.LoadAsync(key); if (user != null) { return Ok(user); } }` falls out only when the user is not found, which the
    // statements after it answer as they answer an id that does not parse.
    private static bool LeavesOnItsMainPath(StatementSyntax statement) => statement switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => true,
        BlockSyntax { Statements.Count: > 0 } block => LeavesOnItsMainPath(block.Statements.Last()),
        IfStatementSyntax nested => LeavesOnItsMainPath(nested.Statement) && (nested.Else is null || LeavesOnItsMainPath(nested.Else.Statement)),
        _ => false,
    };

    private Flow StatementFlow(StatementSyntax statement, int depth)
    {
        switch (statement)
        {
            case BlockSyntax block:
                return StatementsFlow(block.Statements, depth);
            case ExpressionStatementSyntax expressionStatement:
                return CoveredIf(ExpressionCovers(expressionStatement.Expression, depth));
            case LocalDeclarationStatementSyntax declaration:
                return CoveredIf(InitializersCover(declaration.Declaration, depth));
            case ReturnStatementSyntax returnStatement:
                return returnStatement.Expression is { } returned && ExpressionCovers(returned, depth) ? Flow.Covered : Flow.Returns;
            case ThrowStatementSyntax:
                // A path that throws never completes normally: it is not one that does its work without the target.
                return Flow.Covered;
            case BreakStatementSyntax:
                return Flow.Breaks;
            case ContinueStatementSyntax:
                return Flow.Continues;
            case YieldStatementSyntax yield:
                return yield.IsKind(SyntaxKind.YieldBreakStatement)
                    ? Flow.Returns
                    : CoveredIf(yield.Expression is { } yielded && ExpressionCovers(yielded, depth));
            case IfStatementSyntax ifStatement:
                return ExpressionCovers(ifStatement.Condition, depth)
                    ? Flow.Covered
                    : Worst(
                        BranchFlow(ifStatement.Statement, depth),
                        ifStatement.Else is { } otherwise ? BranchFlow(otherwise.Statement, depth)
                            : SkipsAnItemUntouched(ifStatement) ? Flow.Covered : Flow.FallsThrough);
            case UsingStatementSyntax usingStatement:
                return (usingStatement.Expression is not null && ExpressionCovers(usingStatement.Expression, depth))
                    || (usingStatement.Declaration is not null && InitializersCover(usingStatement.Declaration, depth))
                    ? Flow.Covered
                    : StatementFlow(usingStatement.Statement, depth);
            case LockStatementSyntax lockStatement:
                return ExpressionCovers(lockStatement.Expression, depth) ? Flow.Covered : StatementFlow(lockStatement.Statement, depth);
            case TryStatementSyntax tryStatement:
                // Catch clauses run on failures, which are not the paths that do the work.
                return tryStatement.Finally is not null && StatementsFlow(tryStatement.Finally.Block.Statements, depth) == Flow.Covered
                    ? Flow.Covered
                    : StatementsFlow(tryStatement.Block.Statements, depth);
            case SwitchStatementSyntax switchStatement:
                return ExpressionCovers(switchStatement.Expression, depth) ? Flow.Covered : SwitchFlow(switchStatement, depth);
            case CommonForEachStatementSyntax forEach:
                // A loop over the invocation's input (`evt.Records`) runs on every real invocation.
                return ExpressionCovers(forEach.Expression, depth)
                    ? Flow.Covered
                    : LoopFlow(BranchFlow(forEach.Statement, depth), IsOverInput(forEach.Expression, 0));
            case WhileStatementSyntax whileStatement:
                return ExpressionCovers(whileStatement.Condition, depth) ? Flow.Covered : LoopFlow(BranchFlow(whileStatement.Statement, depth), runs: false);
            case ForStatementSyntax forStatement:
                return (forStatement.Declaration is not null && InitializersCover(forStatement.Declaration, depth))
                    || forStatement.Initializers.Any(initializer => ExpressionCovers(initializer, depth))
                    || (forStatement.Condition is not null && ExpressionCovers(forStatement.Condition, depth))
                    ? Flow.Covered
                    : LoopFlow(BranchFlow(forStatement.Statement, depth), IndexesOverInput(forStatement.Condition));
            case DoStatementSyntax doStatement:
                var body = BranchFlow(doStatement.Statement, depth);
                return body is Flow.FallsThrough or Flow.Continues && ExpressionCovers(doStatement.Condition, depth)
                    ? Flow.Covered
                    : LoopFlow(body, runs: true);
            case CheckedStatementSyntax checkedStatement:
                return StatementsFlow(checkedStatement.Block.Statements, depth);
            case UnsafeStatementSyntax unsafeStatement:
                return StatementsFlow(unsafeStatement.Block.Statements, depth);
            case FixedStatementSyntax fixedStatement:
                return StatementFlow(fixedStatement.Statement, depth);
            case LabeledStatementSyntax labeled:
                return StatementFlow(labeled.Statement, depth);
            default:
                return Flow.FallsThrough;
        }
    }

    private static Flow CoveredIf(bool covers) => covers ? Flow.Covered : Flow.FallsThrough;

    private bool InitializersCover(VariableDeclarationSyntax declaration, int depth)
    {
        return declaration.Variables.Any(v => v.Initializer is not null && ExpressionCovers(v.Initializer.Value, depth));
    }

    // A loop body's break and continue end at the loop; a return leaves the method. The body counts as run only for
    // a loop that always runs it (over the invocation's input, or do/while).
    private static Flow LoopFlow(Flow body, bool runs)
    {
        return body switch
        {
            Flow.Covered when runs => Flow.Covered,
            Flow.Returns => Flow.Returns,
            _ => Flow.FallsThrough,
        };
    }

    // One section runs: every section must cover (or guard), and without a default section none may run at all.
    private Flow SwitchFlow(SwitchStatementSyntax switchStatement, int depth)
    {
        var flow = switchStatement.Sections.Any(s => s.Labels.Any(l => l is DefaultSwitchLabelSyntax)) ? Flow.Covered : Flow.FallsThrough;
        foreach (var section in switchStatement.Sections)
        {
            var sectionFlow = IsGuardExit(section.Statements) ? Flow.Covered : StatementsFlow(section.Statements, depth);
            flow = Worst(flow, sectionFlow == Flow.Breaks ? Flow.FallsThrough : sectionFlow);
        }

        return flow;
    }

    // The branch of an if, else or loop: a guard exit does not count as a path that skips the target.
    private Flow BranchFlow(StatementSyntax branch, int depth)
    {
        var statements = branch is BlockSyntax block ? block.Statements : (IReadOnlyList<StatementSyntax>)new[] { branch };
        return IsGuardExit(statements) || (statements.Count > 0 && statements.All(IsIncidental) && EndsItsScope(branch))
            ? Flow.Covered
            : StatementFlow(branch, depth);
    }

    // `foreach (var record in evt.Records) { if (record.EventName == "INSERT") { ... } else if (...) { ... } }`: an item that no
    // branch takes is skipped before any work is done for it, as `else continue;` would skip it. Only when the if (chain) is
    // the whole loop body, after at most logging and reads of the item into locals.
    private static bool SkipsAnItemUntouched(IfStatementSyntax ifStatement)
    {
        StatementSyntax outermost = ifStatement;
        while (outermost.Parent is ElseClauseSyntax { Parent: IfStatementSyntax outer })
        {
            outermost = outer;
        }

        return outermost.Parent switch
        {
            CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax => true,
            BlockSyntax { Parent: CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax } body =>
                body.Statements.Last() == outermost
                && body.Statements.TakeWhile(statement => statement != outermost).All(statement => IsIncidental(statement) || ReadsIntoLocals(statement)),
            _ => false,
        };
    }

    private static bool ReadsIntoLocals(StatementSyntax statement) =>
        statement is LocalDeclarationStatementSyntax declaration
        && declaration.Declaration.Variables.All(v => v.Initializer is { Value: var value } && IsPlainRead(value));

    // `else { Log("Skipping record."); }` as the last thing a loop body or the handler does: nothing runs after it but
    // the next iteration or the return, so it is `Log(...); continue;` (or `return;`) written without the keyword.
    private static bool EndsItsScope(StatementSyntax branch)
    {
        StatementSyntax? current = branch.Parent switch
        {
            IfStatementSyntax owner => owner,
            ElseClauseSyntax { Parent: IfStatementSyntax owner } => owner,
            _ => null,
        };
        while (current is not null)
        {
            switch (current.Parent)
            {
                case ElseClauseSyntax { Parent: IfStatementSyntax outer }:
                    current = outer;
                    break;
                case IfStatementSyntax outer:
                    current = outer;
                    break;
                case CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    return true;
                case BlockSyntax block when block.Statements.Last() == current:
                    switch (block.Parent)
                    {
                        case CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                            or BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
                            or AccessorDeclarationSyntax:
                            return true;
                        case IfStatementSyntax outer:
                            current = outer;
                            break;
                        case ElseClauseSyntax { Parent: IfStatementSyntax outer }:
                            current = outer;
                            break;
                        case TryStatementSyntax attempt when attempt.Block == block && attempt.Finally is null:
                            current = attempt;
                            break;
                        case BlockSyntax:
                            current = block;
                            break;
                        default:
                            return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A guard exit (docs/handlers.md): a branch that only logs and then leaves with <c>continue</c>, <c>return;</c>,
    /// <c>yield break</c> or <c>return</c> of a value built from constants and the invocation's input (an error
    /// response, <c>null</c>, <c>Results.BadRequest("...")</c>). It rejects the input rather than doing work. A branch
    /// that calls anything else first, or returns a value computed on the way (a local, a call's result), is a real path.
    /// </summary>
    private bool IsGuardExit(IReadOnlyList<StatementSyntax> statements)
    {
        if (statements.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < statements.Count - 1; i++)
        {
            if (!IsIncidental(statements[i]) && !IsErrorResponseStep(statements[i]))
            {
                return false;
            }
        }

        return statements[statements.Count - 1] switch
        {
            ContinueStatementSyntax => true,
            YieldStatementSyntax yield => yield.IsKind(SyntaxKind.YieldBreakStatement),
            ReturnStatementSyntax { Expression: null } => true,
            ReturnStatementSyntax { Expression: IdentifierNameSyntax response } when IsWorkerResponse(response) => true,
            ReturnStatementSyntax { Expression: { } returned } => IsBuiltFromConstantsAndInput(returned, _model.GetSemanticModel(returned.SyntaxTree)),
            _ => false,
        };
    }

    // The Azure Functions worker's error response, written in steps: `var bad = req.CreateResponse(HttpStatusCode.BadRequest);`,
    // `response.StatusCode = HttpStatusCode.BadRequest;`, `await bad.WriteStringAsync("...");`, then `return bad;`. Each step
    // takes only constants and the invocation's input, so the branch rejects the input as a constant result would.
    private bool IsErrorResponseStep(StatementSyntax statement)
    {
        var semanticModel = _model.GetSemanticModel(statement.SyntaxTree);
        switch (statement)
        {
            case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }:
                return variables[0].Initializer?.Value is InvocationExpressionSyntax created
                    && HandlerModel.InvokedName(created) == "CreateResponse" && IsCheapCall(created, semanticModel);
            case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } set }
                when member.Expression is IdentifierNameSyntax target:
                return IsWorkerResponse(target) && IsBuiltFromConstantsAndInput(set.Right, semanticModel);
            case ExpressionStatementSyntax { Expression: var written }:
                var call = (written is AwaitExpressionSyntax awaited ? awaited.Expression : written) as InvocationExpressionSyntax;
                return call is { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax response } }
                    && HandlerModel.InvokedName(call) is "WriteString" or "WriteStringAsync" or "WriteAsJsonAsync"
                    && IsWorkerResponse(response) && IsCheapCall(call, semanticModel);
            default:
                return false;
        }
    }

    private bool IsCheapCall(InvocationExpressionSyntax call, SemanticModel semanticModel)
    {
        return call.ArgumentList.Arguments.All(a => IsBuiltFromConstantsAndInput(a.Expression, semanticModel))
            && (call.Expression is not MemberAccessExpressionSyntax { Expression: var receiver } || IsPlainRead(receiver));
    }

    private bool IsWorkerResponse(IdentifierNameSyntax name)
    {
        return _model.GetSemanticModel(name.SyntaxTree).GetTypeInfo(name).Type is { Name: "HttpResponseData" } type
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Azure.Functions.Worker.Http";
    }

    // Recording the failure on the trace before a guard exit is logging too: `Activity.Current?.SetStatus(...)`,
    // `span.RecordException(e)`, X-Ray's `AddException`/`AddAnnotation`.
    private static readonly HashSet<string> TelemetryCalls = new(StringComparer.Ordinal)
    {
        "SetStatus", "RecordException", "SetTag", "AddTag", "AddEvent", "AddException", "AddAnnotation", "AddMetadata",
    };

    // Logging before a guard exit: `context.Logger.LogLine(...)`, `_logger.LogWarning(...)`, `Console.WriteLine(...)`.
    private static bool IsIncidental(StatementSyntax statement)
    {
        if (statement is EmptyStatementSyntax)
        {
            return true;
        }

        var expression = (statement as ExpressionStatementSyntax)?.Expression;
        if (expression is AwaitExpressionSyntax awaited)
        {
            expression = awaited.Expression;
        }

        if (expression is ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } })
        {
            return TelemetryCalls.Contains(binding.Name.Identifier.ValueText) || binding.Name.Identifier.ValueText.StartsWith("Log", StringComparison.Ordinal);
        }

        if (expression is not InvocationExpressionSyntax invocation || HandlerModel.InvokedName(invocation) is not { } name)
        {
            return false;
        }

        if (name.StartsWith("Log", StringComparison.Ordinal) || TelemetryCalls.Contains(name))
        {
            return true;
        }

        var receiver = invocation.Expression is MemberAccessExpressionSyntax member
            ? member.Expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                _ => null,
            }
            : null;
        var trimmed = receiver?.TrimStart('_');
        return trimmed is not null
            && (trimmed.Equals("log", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("logger", StringComparison.OrdinalIgnoreCase)
                || trimmed is "Console" or "Debug" or "Trace");
    }

    // A value the guard builds without doing work: literals, constants, nameof/typeof, reads of the invocation's
    // input and of static constants, and objects, collections and strings made of those.
    private bool IsBuiltFromConstantsAndInput(ExpressionSyntax expression, SemanticModel semanticModel, bool inHelper = false)
    {
        bool Cheap(ExpressionSyntax e) => IsBuiltFromConstantsAndInput(e, semanticModel, inHelper);
        bool CheapArguments(BaseArgumentListSyntax? arguments) => arguments is null || arguments.Arguments.All(a => Cheap(a.Expression));

        switch (expression)
        {
            case LiteralExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax:
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return Cheap(parenthesized.Expression);
            case CastExpressionSyntax cast:
                return Cheap(cast.Expression);
            case PrefixUnaryExpressionSyntax unary:
                return Cheap(unary.Operand);
            case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Cheap(suppressed.Operand);
            case BinaryExpressionSyntax binary:
                return Cheap(binary.Left) && (binary.Right is TypeSyntax || Cheap(binary.Right));
            case InterpolatedStringExpressionSyntax interpolated:
                // A message may name what the path saw: `$"Insufficient stock for {productName}"`.
                return interpolated.Contents.OfType<InterpolationSyntax>().All(i => IsPlainRead(i.Expression) || Cheap(i.Expression));
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                return true;
            case InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" or "ToArray" or "ToList" } shaped,
                ArgumentList.Arguments.Count: 0,
            }:
                return Cheap(shaped.Expression);
            case InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" } },
            } text when IsResultFactory(text):
                // string.Format and friends make a message, which may name what the path saw, as an interpolation may.
                return text.ArgumentList.Arguments.All(a => IsPlainRead(a.Expression) || Cheap(a.Expression));
            case InvocationExpressionSyntax invocation when IsResultFactory(invocation):
                return CheapArguments(invocation.ArgumentList);
            case InvocationExpressionSyntax invocation:
                // `return StatusResponse("Invalid request", 400);`: a helper of the type that only shapes constant arguments
                // into a response is the same constant result written once. One helper deep; given the input, a helper
                // computes an answer (`Count(kind)`).
                return !inHelper && invocation.ArgumentList.Arguments.All(a => semanticModel.GetConstantValue(a.Expression).HasValue)
                    && IsResponseHelper(invocation, semanticModel);
            case BaseObjectCreationExpressionSyntax creation:
                return CheapArguments(creation.ArgumentList) && (creation.Initializer is null || Cheap(creation.Initializer));
            case AnonymousObjectCreationExpressionSyntax anonymous:
                return anonymous.Initializers.All(i => Cheap(i.Expression));
            case ArrayCreationExpressionSyntax array:
                return array.Initializer is null || Cheap(array.Initializer);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return Cheap(implicitArray.Initializer);
            case CollectionExpressionSyntax collection:
                return collection.Elements.All(e => e is ExpressionElementSyntax element && Cheap(element.Expression));
            case InitializerExpressionSyntax initializer:
                return initializer.Expressions.All(Cheap);
            case AssignmentExpressionSyntax assignment:
                return Cheap(assignment.Right);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return IsInputOrConstant(expression, semanticModel);
            default:
                return false;
        }
    }

    // A method of this compilation whose body is one expression (`=> new Response { Body = ..., StatusCode = code }`, or a
    // single `return`) built only from its parameters and constants.
    private bool IsResponseHelper(InvocationExpressionSyntax invocation, SemanticModel semanticModel)
    {
        if ((semanticModel.GetSymbolInfo(invocation).Symbol as IMethodSymbol)?.OriginalDefinition
                is not { IsAbstract: false, IsVirtual: false, IsOverride: false } method
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration
            || !_model.Compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return false;
        }

        var result = declaration.ExpressionBody?.Expression
            ?? (declaration.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned }
                ? returned
                : null);
        return result is not null && IsBuiltFromConstantsAndInput(result, _model.GetSemanticModel(declaration.SyntaxTree), inHelper: true);
    }

    // Task.FromResult(...), Results.BadRequest(...), TypedResults.NotFound(), HttpResults.BadRequest(...), Array.Empty<T>(),
    // and the body of an error response: JsonSerializer.Serialize(new { error = "..." }), JsonConvert.SerializeObject(...),
    // string.Format / Concat / Join.
    private static bool IsResultFactory(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax member)
        {
            return false;
        }

        var type = member.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
            _ => null,
        };
        var method = member.Name.Identifier.ValueText;
        return type is "Results" or "TypedResults" or "HttpResults"
            || (type is "Task" or "ValueTask" && method == "FromResult")
            || (type is "Array" or "Enumerable" && method == "Empty")
            || (type is "JsonSerializer" && method == "Serialize")
            || (type is "JsonConvert" && method == "SerializeObject")
            || (type is "string" or "String" && method is "Format" or "Concat" or "Join");
    }

    // A value read without any call: a name, or members and elements read through one.
    private static bool IsPlainRead(ExpressionSyntax expression)
    {
        return expression switch
        {
            IdentifierNameSyntax or LiteralExpressionSyntax => true,
            MemberAccessExpressionSyntax member => IsPlainRead(member.Expression),
            ParenthesizedExpressionSyntax parenthesized => IsPlainRead(parenthesized.Expression),
            _ => false,
        };
    }

    // A parameter or a member read through one (`order.OrderId`), a constant or enum member, a static readonly field,
    // or a static property of a library (`Task.CompletedTask`). Not a local, which holds what the path computed.
    private bool IsInputOrConstant(ExpressionSyntax expression, SemanticModel semanticModel)
    {
        if (semanticModel.GetConstantValue(expression).HasValue)
        {
            return true;
        }

        switch (semanticModel.GetSymbolInfo(expression).Symbol)
        {
            case IParameterSymbol:
            case IFieldSymbol { IsStatic: true, IsReadOnly: true }:
            case IFieldSymbol { IsConst: true }:
                return true;
            case IPropertySymbol { IsStatic: true } property:
                return !SymbolEqualityComparer.Default.Equals(property.ContainingAssembly, _model.Compilation.Assembly);
            case IFieldSymbol or IPropertySymbol
                when expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax } member:
                return semanticModel.GetSymbolInfo(member.Expression).Symbol is IParameterSymbol
                    || (member.Expression is MemberAccessExpressionSyntax && IsInputOrConstant(member.Expression, semanticModel)
                        && semanticModel.GetSymbolInfo(member.Expression).Symbol is not INamedTypeSymbol);
            default:
                return false;
        }
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

        // `await Task.Run(() => ...)`: the work is queued at the call, so it runs on every path that reaches the call.
        if (node is AnonymousFunctionExpressionSyntax queued
            && queued.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            && IsQueuedNow(call, semanticModel)
            && NodeCovers(queued.Body, semanticModel, depth))
        {
            return true;
        }

        // `evt.Records.Select(r => ...)`: a lambda run over the invocation's input runs on every invocation.
        if (node is AnonymousFunctionExpressionSyntax lambda
            && HandlerModel.IsRunImmediately(lambda, semanticModel)
            && lambda.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver }
            && IsOverInput(receiver.Expression, 0)
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

        return node switch
        {
            SwitchExpressionSyntax switchExpression => BranchesCover(switchExpression.Arms.Select(arm => arm.Expression).ToList(), semanticModel, depth),
            ConditionalExpressionSyntax conditional => BranchesCover(new[] { conditional.WhenTrue, conditional.WhenFalse }, semanticModel, depth),
            _ => false,
        };
    }

    // `method switch { "GET" => await Get(request), "POST" => await Post(request), _ => BadRequest("...") }`, and the same
    // with ?:: one branch runs, so each must reach the target or be a guard value (a throw, or a result built from
    // constants and the input, as a guard exit returns), and at least one must do the work. A switch without a discard arm
    // throws when no arm matches, which is not a path that completes normally.
    private bool BranchesCover(IReadOnlyList<ExpressionSyntax> branches, SemanticModel semanticModel, int depth)
    {
        var working = 0;
        foreach (var branch in branches)
        {
            if (branch is ThrowExpressionSyntax || IsBuiltFromConstantsAndInput(branch, semanticModel))
            {
                continue;
            }

            if (!NodeCovers(branch, semanticModel, depth))
            {
                return false;
            }

            working++;
        }

        return working > 0;
    }

    /// <summary><c>Task.Run(...)</c> or <c>Task.Factory.StartNew(...)</c>: the work is queued on the thread pool at the call.</summary>
    internal static bool IsQueuedNow(InvocationExpressionSyntax call, SemanticModel semanticModel)
    {
        return call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Run" or "StartNew" }
            && semanticModel.GetSymbolInfo(call).Symbol is IMethodSymbol { ContainingType: { Name: "Task" or "TaskFactory" } type }
            && type.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks";
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

    // `for (var i = 0; i < evt.Records.Count; i++)` (or `<= evt.Records.Count - 1`): the index form of a loop over the input.
    private bool IndexesOverInput(ExpressionSyntax? condition)
    {
        if (condition is not BinaryExpressionSyntax comparison
            || !(comparison.IsKind(SyntaxKind.LessThanExpression) || comparison.IsKind(SyntaxKind.LessThanOrEqualExpression)))
        {
            return false;
        }

        var bound = comparison.Right is BinaryExpressionSyntax minusOne && minusOne.IsKind(SyntaxKind.SubtractExpression)
            && comparison.IsKind(SyntaxKind.LessThanOrEqualExpression)
            ? minusOne.Left
            : comparison.Right;
        return bound is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count" or "Length" } size && IsOverInput(size.Expression, 0);
    }

    // The invocation's input: an expression rooted in a parameter of the method (`evt.Records`, `input.Items`), or in
    // a local initialised from one (`var records = evt.Records ?? new List<Record>();`), two such steps at most.
    private bool IsOverInput(ExpressionSyntax expression, int steps)
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
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                    root = coalesce.Left;
                    continue;
                case AwaitExpressionSyntax awaited:
                    root = awaited.Expression;
                    continue;
                case CastExpressionSyntax cast:
                    root = cast.Expression;
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

        return steps < 2
            && _model.GetSemanticModel(identifier.SyntaxTree).GetSymbolInfo(identifier).Symbol is ILocalSymbol variable
            && variable.DeclaringSyntaxReferences.Length == 1
            && variable.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && IsOverInput(initializer, steps + 1);
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

    /// <summary>
    /// How the paths through a statement that do not reach the target leave it, worst first: a path that returns
    /// normally, one that goes on to the next iteration or leaves the loop or switch, one that reaches the statement's
    /// end (what follows decides), or none (<see cref="Flow.Covered"/>: every path reaches the target, throws, or takes
    /// a guard exit).
    /// </summary>
    private enum Flow
    {
        Covered,
        FallsThrough,
        Breaks,
        Continues,
        Returns,
    }
}
