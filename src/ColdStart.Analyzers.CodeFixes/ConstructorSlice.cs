using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// The statements of a constructor that compute one field or property and nothing else:
/// <code>
/// var text = File.ReadAllText("rules.json");   // the flagged work, in a local
/// var rules = Parse(text);
/// Rules = rules.ToArray();                      // the one assignment the locals flow into
/// </code>
/// Those statements can move into the storage's <c>Lazy&lt;T&gt;</c> factory together; the constructor keeps its other
/// statements in their order. Locals the slice reads but other statements also use stay where they are and are
/// captured, which is only safe when nothing writes them after their declaration.
/// </summary>
internal sealed class ConstructorSlice
{
    private ConstructorSlice(ISymbol storage, ExpressionSyntax value, ImmutableArray<TextSpan> prelude)
    {
        Storage = storage;
        Value = value;
        Prelude = prelude;
    }

    public ISymbol Storage { get; }

    /// <summary>The right-hand side of the assignment to <see cref="Storage"/>: what the factory returns.</summary>
    public ExpressionSyntax Value { get; }

    /// <summary>The local declarations that move into the factory before the return, in source order.</summary>
    public ImmutableArray<TextSpan> Prelude { get; }

    /// <summary>The slice the local declared by <paramref name="flagged"/> belongs to, or null when it has none.</summary>
    public static ConstructorSlice? Find(VariableDeclaratorSyntax flagged, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (flagged.Parent?.Parent is not LocalDeclarationStatementSyntax flaggedStatement
            || flaggedStatement.Parent is not BlockSyntax { Parent: ConstructorDeclarationSyntax } body
            || semanticModel.GetDeclaredSymbol(flagged, cancellationToken) is not ILocalSymbol flaggedLocal)
        {
            return null;
        }

        var declarations = new Dictionary<ILocalSymbol, LocalDeclarationStatementSyntax>(SymbolEqualityComparer.Default);
        foreach (var statement in body.Statements.OfType<LocalDeclarationStatementSyntax>())
        {
            if (statement.Declaration.Variables.Count == 1
                && semanticModel.GetDeclaredSymbol(statement.Declaration.Variables[0], cancellationToken) is ILocalSymbol local)
            {
                declarations[local] = statement;
            }
        }

        // Follow the flagged local forward to the one storage assignment it ends in.
        var sink = SinkOf(flaggedLocal, body, declarations, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), semanticModel, cancellationToken);
        if (sink is null || semanticModel.GetSymbolInfo(sink.Left, cancellationToken).Symbol is not { Kind: SymbolKind.Field or SymbolKind.Property } storage)
        {
            return null;
        }

        var slice = BackwardSlice(sink, declarations, semanticModel, cancellationToken);
        if (slice is null || !slice.Contains(flaggedStatement))
        {
            return null;
        }

        var prelude = body.Statements.OfType<LocalDeclarationStatementSyntax>().Where(slice.Contains).Select(s => s.Span).ToImmutableArray();
        return new ConstructorSlice(storage, sink.Right, prelude);
    }

    // `local` is read by exactly one statement, which either declares another local (follow it) or assigns a storage.
    private static AssignmentExpressionSyntax? SinkOf(
        ILocalSymbol local,
        BlockSyntax body,
        Dictionary<ILocalSymbol, LocalDeclarationStatementSyntax> declarations,
        HashSet<ILocalSymbol> visited,
        SemanticModel semanticModel,
        CancellationToken cancellationToken)
    {
        if (!visited.Add(local))
        {
            return null;
        }

        var readers = body.Statements.Where(s => s != declarations[local] && References(s, local, semanticModel, cancellationToken)).ToList();
        if (readers.Count != 1)
        {
            return null;
        }

        switch (readers[0])
        {
            case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }:
                return assignment;
            case LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } next
                when semanticModel.GetDeclaredSymbol(next.Declaration.Variables[0], cancellationToken) is ILocalSymbol nextLocal
                    && declarations.ContainsKey(nextLocal):
                return SinkOf(nextLocal, body, declarations, visited, semanticModel, cancellationToken);
            default:
                return null;
        }
    }

    // The declarations of every local the assignment's value needs, when nothing outside them reads those locals.
    private static HashSet<LocalDeclarationStatementSyntax>? BackwardSlice(
        AssignmentExpressionSyntax sink,
        Dictionary<ILocalSymbol, LocalDeclarationStatementSyntax> declarations,
        SemanticModel semanticModel,
        CancellationToken cancellationToken)
    {
        var sinkStatement = (StatementSyntax)sink.Parent!;
        var body = (BlockSyntax)sinkStatement.Parent!;
        var slice = new HashSet<LocalDeclarationStatementSyntax>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(sink.Right);
        while (pending.Count > 0)
        {
            foreach (var local in LocalsReadBy(pending.Pop(), semanticModel, cancellationToken))
            {
                if (declarations.TryGetValue(local, out var declaration) && slice.Add(declaration))
                {
                    pending.Push(declaration.Declaration.Variables[0].Initializer!);
                }
            }
        }

        // A declaration whose local something else reads stays in the constructor; its own inputs then stay too.
        bool removed;
        do
        {
            removed = false;
            foreach (var declaration in slice.ToList())
            {
                var local = (ILocalSymbol)semanticModel.GetDeclaredSymbol(declaration.Declaration.Variables[0], cancellationToken)!;
                var readOutside = body.Statements
                    .Where(s => s != declaration && s != sinkStatement && !(s is LocalDeclarationStatementSyntax d && slice.Contains(d)))
                    .Any(s => References(s, local, semanticModel, cancellationToken));
                if (readOutside)
                {
                    slice.Remove(declaration);
                    removed = true;
                }
            }
        }
        while (removed);

        foreach (var declaration in slice)
        {
            // Only plain computations move: an assignment in an initialiser could write a readonly field from a
            // lambda, and a pattern or out variable declared inside would leave its scope.
            if (declaration.DescendantNodes().Any(n => n is AssignmentExpressionSyntax or SingleVariableDesignationSyntax or AwaitExpressionSyntax)
                || declaration.IsConst || declaration.UsingKeyword != default)
            {
                return null;
            }
        }

        // Locals the factory captures instead of moving must keep the value they had when the constructor ran.
        var moved = new HashSet<ISymbol?>(
            slice.Select(s => semanticModel.GetDeclaredSymbol(((LocalDeclarationStatementSyntax)s).Declaration.Variables[0], cancellationToken)),
            SymbolEqualityComparer.Default);
        var captured = slice.Append<SyntaxNode>(sink.Right)
            .SelectMany(node => LocalsReadBy(node, semanticModel, cancellationToken))
            .Where(local => !moved.Contains(local));
        foreach (var local in captured)
        {
            var writtenLater = body.DescendantNodes().OfType<AssignmentExpressionSyntax>()
                .Select(assignment => semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol)
                .Any(written => SymbolEqualityComparer.Default.Equals(written, local));
            if (writtenLater)
            {
                return null;
            }
        }

        return slice;
    }

    private static IEnumerable<ILocalSymbol> LocalsReadBy(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        return node.DescendantNodesAndSelf()
            .OfType<IdentifierNameSyntax>()
            .Select(identifier => semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol)
            .OfType<ILocalSymbol>();
    }

    private static bool References(SyntaxNode node, ILocalSymbol local, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        return node.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Any(identifier => identifier.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, local));
    }
}
