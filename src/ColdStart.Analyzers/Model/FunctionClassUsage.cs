using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// Which function classes take a DI service: the types the host builds for the invocations of their functions (Azure
/// function classes, hosted controllers), through their constructors and the registered services those constructors take.
/// A singleton built at start-up for a service that only some of them take is paid for by every cold start, also by those
/// of the functions that never use it.
/// </summary>
internal static class FunctionClassUsage
{
    private const int MaxDepth = 3;

    /// <summary>
    /// A function whose class does not take <paramref name="service"/>, when another function's class does and no
    /// middleware does (middleware runs for every function). Null otherwise, and whenever the app has a handler of
    /// another kind, whose use of the service this cannot tell.
    /// </summary>
    public static Handler? FunctionNotTaking(ITypeSymbol service, HandlerModel model, CompilationFacts facts, CancellationToken cancellationToken)
    {
        var registrations = facts.Registrations(cancellationToken);
        var verdicts = new Dictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        bool Takes(ITypeSymbol type) => TakesService(type, service, registrations, verdicts, depth: 0, cancellationToken);

        Handler? notTaking = null;
        var taken = false;
        foreach (var handler in model.Handlers)
        {
            // A hosted app's action names its host as the handler type; MVC builds the action's own controller.
            if ((handler.Kind == HandlerKind.ControllerAction ? handler.Method?.ContainingType : handler.HandlerType) is not { } type)
            {
                return null;
            }

            switch (handler.Kind)
            {
                case HandlerKind.AzureMiddleware when Takes(type):
                    return null;
                case HandlerKind.AzureMiddleware:
                    break;
                case HandlerKind.AzureFunction:
                case HandlerKind.ControllerAction:
                    if (Takes(type))
                    {
                        taken = true;
                    }
                    else
                    {
                        notTaking ??= handler;
                    }

                    break;
                default:
                    return null;
            }
        }

        return taken ? notTaking : null;
    }

    private static bool TakesService(
        ITypeSymbol type,
        ITypeSymbol service,
        ServiceRegistrations registrations,
        Dictionary<ITypeSymbol, bool> verdicts,
        int depth,
        CancellationToken cancellationToken)
    {
        if (verdicts.TryGetValue(type, out var known))
        {
            return known;
        }

        // Assumed while it is being answered: a cycle of services does not take it through itself.
        verdicts[type] = false;
        var takes = Mentions(type, service.Name, cancellationToken)
            || (type is INamedTypeSymbol named && named.InstanceConstructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public)
                .SelectMany(c => c.Parameters)
                .Any(p => ParameterTakes(p.Type, service, registrations, verdicts, depth, cancellationToken)));
        verdicts[type] = takes;
        return takes;
    }

    private static bool ParameterTakes(
        ITypeSymbol parameter,
        ITypeSymbol service,
        ServiceRegistrations registrations,
        Dictionary<ITypeSymbol, bool> verdicts,
        int depth,
        CancellationToken cancellationToken)
    {
        if (SymbolEqualityComparer.Default.Equals(parameter.OriginalDefinition, service.OriginalDefinition)
            || parameter.Name is "IServiceProvider" or "IServiceScopeFactory")
        {
            return true;
        }

        if (depth == MaxDepth)
        {
            return false;
        }

        // What the container builds for the parameter: a registered implementation (a package's too: DynamoDBContext for
        // IDynamoDBContext takes IAmazonDynamoDB), or the app's own class. The framework's and packages' services
        // (strong-named) that are not registered here do not take the app's singletons.
        var ofTheApp = parameter.ContainingAssembly is { Identity.HasPublicKey: false };
        var implementations = registrations.ImplementationsOf(parameter).ToList();
        if (ofTheApp && parameter is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } concrete)
        {
            implementations.Add(concrete);
        }

        // An interface of the app that nothing here registers (a library's extension method does): its implementation is unknown.
        return implementations.Count == 0
            ? ofTheApp
            : implementations.Any(i => TakesService(i, service, registrations, verdicts, depth + 1, cancellationToken));
    }

    // The type's own code names the service (a constructor parameter, GetRequiredService<T>(), a static member).
    private static bool Mentions(ITypeSymbol type, string name, CancellationToken cancellationToken)
    {
        return type.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax(cancellationToken).DescendantNodes()
            .OfType<SimpleNameSyntax>()
            .Any(n => n.Identifier.ValueText == name));
    }
}
