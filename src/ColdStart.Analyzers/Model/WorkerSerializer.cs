using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Model;

/// <summary>
/// The Azure Functions isolated worker's JSON serializer (<c>WorkerOptions.Serializer</c>): the worker's HTTP helpers
/// (<c>HttpRequestData.ReadFromJsonAsync&lt;T&gt;</c>, <c>HttpResponseData.WriteAsJsonAsync</c>) use it when they are not
/// handed one, and by default it is a reflection-based <c>JsonObjectSerializer</c> (Microsoft.Azure.Functions.Worker.Core,
/// <c>WorkerOptions</c>).
/// </summary>
internal static class WorkerSerializer
{
    /// <summary>A call to one of the worker's HTTP JSON helpers without an <c>ObjectSerializer</c> argument.</summary>
    public static bool IsDefaultSerializerCall(IInvocationOperation invocation, KnownTypes known) => IsDefaultSerializerMethod(invocation.TargetMethod, known);

    /// <summary>Whether <paramref name="method"/> is one of the worker's JSON helpers that take no serializer of their own.</summary>
    public static bool IsDefaultSerializerMethod(IMethodSymbol method, KnownTypes known)
    {
        var type = method.ContainingType;
        return method.Name is "ReadFromJsonAsync" or "WriteAsJsonAsync"
            && (type.Is(known.WorkerHttpRequestDataExtensions) || type.Is(known.WorkerHttpResponseDataExtensions))
            && !method.Parameters.Any(p => p.Type.Name == "ObjectSerializer");
    }

    /// <summary>
    /// For a call of the worker's HTTP JSON helpers that does not compile: the default-serializer overload it stands for,
    /// when none of the arguments after the value is a serializer. That is the helpers' older shape
    /// (<c>response.WriteAsJsonAsync(order, HttpStatusCode.OK)</c>, worker 1.x), which no overload of worker 2 takes, and which
    /// serialised with the worker's serializer. Null when an argument after the value has no type or an unknown one: it may be a serializer.
    /// </summary>
    public static IMethodSymbol? UnboundDefaultSerializerMethod(IOperation operation, KnownTypes known, CancellationToken cancellationToken)
    {
        if (operation is not IInvalidOperation { Syntax: InvocationExpressionSyntax syntax, SemanticModel: { } semanticModel }
            || syntax.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ReadFromJsonAsync" or "WriteAsJsonAsync" }
            || semanticModel.GetSymbolInfo(syntax, cancellationToken) is not
                { Symbol: null, CandidateReason: CandidateReason.OverloadResolutionFailure or CandidateReason.Ambiguous } info
            || info.CandidateSymbols.IsEmpty
            || !info.CandidateSymbols.All(c => c is IMethodSymbol { ContainingType: { } type }
                && (type.Is(known.WorkerHttpRequestDataExtensions) || type.Is(known.WorkerHttpResponseDataExtensions))))
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList.Arguments.Skip(1))
        {
            if (semanticModel.GetTypeInfo(argument.Expression, cancellationToken).Type is not { TypeKind: not TypeKind.Error } type
                || IsSerializer(type))
            {
                return null;
            }
        }

        return info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault(m => IsDefaultSerializerMethod(m, known));
    }

    private static bool IsSerializer(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ObjectSerializer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the app assigns <c>WorkerOptions.Serializer</c> anywhere (<c>ConfigureFunctionsWorkerDefaults(w =&gt; w.Serializer = ...)</c>,
    /// <c>services.Configure&lt;WorkerOptions&gt;(...)</c>). Whatever it assigns, the helpers' calls are then not the default's:
    /// COLD204 judges a <c>JsonObjectSerializer</c> assigned there.
    /// </summary>
    public static bool IsChosen(Compilation compilation, CompilationFacts facts, CancellationToken cancellationToken)
    {
        if (facts.KnownTypes.WorkerOptions is not { } workerOptions)
        {
            return false;
        }

        foreach (var tree in AppSyntaxTrees.Of(compilation))
        {
            var assignments = tree.GetRoot(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>()
                .Where(a => a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Serializer" }
                    or IdentifierNameSyntax { Identifier.ValueText: "Serializer" });
            foreach (var assignment in assignments)
            {
                if (facts.GetSemanticModel(tree).GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property
                    && property.ContainingType.Is(workerOptions))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
