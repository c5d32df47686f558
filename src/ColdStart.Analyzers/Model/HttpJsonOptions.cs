using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.Analyzers.Model;

/// <summary>What the app does with ASP.NET Core's HTTP JSON options (<c>Microsoft.AspNetCore.Http.Json.JsonOptions</c>).</summary>
internal enum HttpJsonOptionsUse
{
    /// <summary>Left alone: the web defaults, with the reflection resolver.</summary>
    Defaults,

    /// <summary>Changed in code (a naming policy, converters...): a context generated from the defaults could read differently.</summary>
    Configured,

    /// <summary>Given a resolver (<c>TypeInfoResolver</c>, <c>TypeInfoResolverChain</c>): the app chose its metadata.</summary>
    ResolverSet,
}

/// <summary>
/// The options ASP.NET Core's <c>HttpRequest.ReadFromJsonAsync&lt;T&gt;()</c> and <c>HttpResponse.WriteAsJsonAsync(value)</c> use
/// when they are not handed any: the app's <c>JsonOptions</c>, set with <c>services.ConfigureHttpJsonOptions(...)</c> or
/// <c>services.Configure&lt;JsonOptions&gt;(...)</c>.
/// </summary>
internal static class HttpJsonOptions
{
    public static HttpJsonOptionsUse Of(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        var use = HttpJsonOptionsUse.Defaults;
        foreach (var tree in AppSyntaxTrees.Of(compilation))
        {
            foreach (var call in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (!NamesOptionsSetUp(call.Expression)
                    || facts.GetSemanticModel(tree).GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                    || !SetsHttpJsonOptions(method, facts.KnownTypes))
                {
                    continue;
                }

                if (call.ArgumentList.DescendantNodes().OfType<IdentifierNameSyntax>()
                    .Any(name => name.Identifier.ValueText is "TypeInfoResolver" or "TypeInfoResolverChain"))
                {
                    return HttpJsonOptionsUse.ResolverSet;
                }

                use = HttpJsonOptionsUse.Configured;
            }
        }

        return use;
    }

    private static bool NamesOptionsSetUp(ExpressionSyntax callee)
    {
        var name = callee switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        return name?.Identifier.ValueText is "ConfigureHttpJsonOptions" or "Configure" or "PostConfigure";
    }

    private static bool SetsHttpJsonOptions(IMethodSymbol method, KnownTypes known)
    {
        return method.Name == "ConfigureHttpJsonOptions"
            || (method.TypeArguments.Length == 1 && method.TypeArguments[0].Is(known.AspNetHttpJsonOptions));
    }
}
