using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Handlers
{
    /// <summary>
    /// Decides whether a type is a "client": an object that is expensive to build and meant to be reused
    /// across invocations. Recognised by type (base classes), never by name lists, plus the types a user
    /// adds with <c>coldstart.client_types</c>.
    /// </summary>
    internal sealed class ClientTypeClassifier
    {
        private readonly INamedTypeSymbol?[] _baseTypes;
        private readonly ImmutableHashSet<string> _extraTypeNames;

        public ClientTypeClassifier(KnownTypes knownTypes, ColdStartOptions options)
        {
            _baseTypes = new[] { knownTypes.AmazonServiceClient, knownTypes.HttpClient, knownTypes.DbConnection, knownTypes.DynamoDbContext };
            _extraTypeNames = options.ExtraClientTypes;
        }

        public bool IsClient(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
            {
                return false;
            }

            for (var current = named; current is not null; current = current.BaseType)
            {
                foreach (var baseType in _baseTypes)
                {
                    if (baseType is not null && SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                    {
                        return true;
                    }
                }

                if (_extraTypeNames.Count > 0 && _extraTypeNames.Contains(current.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
