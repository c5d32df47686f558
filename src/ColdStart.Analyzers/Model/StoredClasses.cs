using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>What a field of an interface type holds when the code builds its value by hand, without a container.</summary>
internal static class StoredClasses
{
    public static INamedTypeSymbol? OnlyClassStoredIn(IFieldSymbol field, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? stored = null;
        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            var semanticModel = semanticModels(declaration.SyntaxTree);
            foreach (var node in declaration.DescendantNodes())
            {
                ExpressionSyntax value;
                if (node is VariableDeclaratorSyntax { Initializer.Value: var initial } declarator
                    && declarator.Identifier.ValueText == field.Name
                    && SymbolEqualityComparer.Default.Equals(semanticModel.GetDeclaredSymbol(declarator, cancellationToken), field))
                {
                    value = initial;
                }
                else if (node is AssignmentExpressionSyntax { Left: var target, Right: var assigned } assignment
                    && IsField(target, field, semanticModel, cancellationToken))
                {
                    if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && !assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
                    {
                        return null;
                    }

                    value = assigned;
                }
                else
                {
                    continue;
                }

                if (value is not BaseObjectCreationExpressionSyntax creation
                    || semanticModel.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } created
                    || (stored is not null && !SymbolEqualityComparer.Default.Equals(stored, created)))
                {
                    return null;
                }

                stored = created;
            }
        }

        return stored;
    }

    private static bool IsField(ExpressionSyntax target, IFieldSymbol field, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var name = target switch
        {
            IdentifierNameSyntax identifier => identifier,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member } => member,
            _ => null,
        };
        return name is not null && name.Identifier.ValueText == field.Name
            && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(target, cancellationToken).Symbol?.OriginalDefinition, field);
    }
}
