using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD202: a reflection-based Lambda serializer chosen by [LambdaSerializer] or handed to the bootstrap, a serializer
/// class derived from one (often in a shared library that several functions name), or the reflection default that
/// <c>AddAWSLambdaHosting</c> falls back to when it is given no source-generated serializer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionLambdaSerializerAnalyzer : FunctionRule
{
    private const string HostingDefault = "DefaultLambdaJsonSerializer (what AddAWSLambdaHosting registers when given no source-generated serializer)";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReflectionLambdaSerializer);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        if (facts.KnownTypes.LambdaSerializerAttribute is not null)
        {
            // The attribute means something only on a handler method or on the assembly. A method's attributes are
            // read from its symbol, where the compiler has already bound them; binding every attribute syntax again
            // instead cost more than the rest of the package on a project with a JSON context of 600 [JsonSerializable].
            start.RegisterSymbolAction(c => AnalyzeMethodAttributes(c, facts), SymbolKind.Method);
            start.RegisterSyntaxNodeAction(c => AnalyzeAssemblyAttributes(c, facts), SyntaxKind.AttributeList);
        }

        start.RegisterOperationAction(c => AnalyzeCreation(c, facts), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => AnalyzeHosting(c, facts), OperationKind.Invocation);
        start.RegisterSymbolAction(c => AnalyzeDerivedSerializer(c, facts), SymbolKind.NamedType);
    }

    private static void AnalyzeMethodAttributes(SymbolAnalysisContext context, CompilationFacts facts)
    {
        var method = (IMethodSymbol)context.Symbol;

        // A partial method's parts share their attributes: its definition part reports them all.
        if (method.PartialDefinitionPart is not null
            || JsonSerialization.LambdaSerializerAttribute(method.GetAttributes(), facts.KnownTypes) is not { } attribute
            || JsonSerialization.SerializerType(attribute) is not { } serializer
            || !JsonSerialization.IsReflectionLambdaSerializer(serializer, facts.KnownTypes)
            || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax
            || SerializerTypeOf(syntax) is not { } typeOf
            || !facts.Model(context.CancellationToken).IsServerlessProject)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, typeOf.GetLocation(), serializer.Name));
    }

    private static void AnalyzeAssemblyAttributes(SyntaxNodeAnalysisContext context, CompilationFacts facts)
    {
        if (context.Node is not AttributeListSyntax { Parent: CompilationUnitSyntax } list)
        {
            return;
        }

        var known = facts.KnownTypes;
        foreach (var attribute in list.Attributes)
        {
            if (SerializerTypeOf(attribute) is not { } typeOf
                || !SymbolEqualityComparer.Default.Equals(
                    context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type, known.LambdaSerializerAttribute)
                || context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not { } serializer
                || !JsonSerialization.IsReflectionLambdaSerializer(serializer, known))
            {
                continue;
            }

            // The assembly's choice only matters for handlers that do not choose their own serializer, and not at all in
            // a program that runs the bootstrap itself: the runtime then calls the bootstrap's handler with the serializer
            // handed to it, and never reads the attribute. Unless a deployment file also names a method of the assembly as a
            // class-library handler, or Lambda Annotations generates the program, which hands the bootstrap the assembly's choice.
            var model = facts.Model(context.CancellationToken);
            var handlerMethods = model.Handlers.Where(h => h.Method is not null).Select(h => h.Method!).ToList();
            if (!model.IsServerlessProject
                || (model.Handlers.Any(h => h.Kind == HandlerKind.BootstrapDelegate)
                    && !model.Handlers.Any(h => h.Kind == HandlerKind.DeploymentHandlerString || h.Method?.HasAttribute(known.LambdaFunctionAttribute) == true))
                || (handlerMethods.Count > 0
                    && handlerMethods.All(m => JsonSerialization.LambdaSerializerAttribute(m.GetAttributes(), known) is not null)))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, typeOf.GetLocation(), serializer.Name));
        }
    }

    private static TypeOfExpressionSyntax? SerializerTypeOf(AttributeSyntax attribute)
    {
        return attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression as TypeOfExpressionSyntax;
    }

    // class NewtonJsonSerializer : Amazon.Lambda.Serialization.Json.JsonSerializer: a Lambda serializer by design,
    // reflection-based whichever project declares it, so it is reported at its base type without asking whether
    // this project is a function. Only the first class of this compilation in the chain is reported (the one that
    // chose the reflection base), and the serializer packages' own family (CamelCaseLambdaJsonSerializer) is not
    // user code.
    private static void AnalyzeDerivedSerializer(SymbolAnalysisContext context, CompilationFacts facts)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class
            || !JsonSerialization.IsReflectionLambdaSerializer(type.BaseType, facts.KnownTypes)
            || type.BaseType!.Locations.Any(l => l.IsInSource && !IsLambdaPackageType(type.BaseType))
            || IsLambdaPackageType(type))
        {
            return;
        }

        // The part of a partial class that names the base class (first in its base list, under any name or alias);
        // another part may list only interfaces, or be generated.
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is ClassDeclarationSyntax { BaseList.Types: { Count: > 0 } baseTypes }
                && NamesBaseClass(context.Compilation, baseTypes[0], type.BaseType, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, baseTypes[0].GetLocation(), type.Name));
                return;
            }
        }
    }

    // Reached only for a class deriving a reflection Lambda serializer, so binding one base-list entry costs nothing
    // that matters.
    private static bool NamesBaseClass(Compilation compilation, BaseTypeSyntax first, INamedTypeSymbol baseClass, CancellationToken cancellationToken)
    {
#pragma warning disable RS1030 // One base-list entry of a rare class; the driver's caching provider shares the model.
        var semanticModel = compilation.GetSemanticModel(first.SyntaxTree);
#pragma warning restore RS1030
        return SymbolEqualityComparer.Default.Equals(semanticModel.GetTypeInfo(first.Type, cancellationToken).Type, baseClass);
    }

    private static bool IsLambdaPackageType(INamedTypeSymbol type)
    {
        return type.ContainingNamespace.ToDisplayString().StartsWith("Amazon.Lambda.", System.StringComparison.Ordinal);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!JsonSerialization.IsReflectionLambdaSerializer(creation.Type, facts.KnownTypes)
            || IsOnlyCalledByHand(creation)
            || !facts.Model(context.CancellationToken).IsServerlessProject)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, creation.Syntax.GetLocation(), creation.Type!.Name));
    }

    // A serializer built into a local that the code only calls itself (`parser.Deserialize<T>(stream)`) never serves the
    // runtime: COLD201 reports those calls, where the reflection happens.
    private static bool IsOnlyCalledByHand(IObjectCreationOperation creation)
    {
        var parent = creation.ParentWithoutConversions();
        if (parent is IInvocationOperation { TargetMethod.Name: "Serialize" or "Deserialize" } call && call.Instance?.WithoutConversions() == creation)
        {
            return true;
        }

        var field = parent switch
        {
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var assigned } } => assigned,
            IFieldInitializerOperation { InitializedFields: { Length: 1 } initialized } => initialized[0],
            _ => null,
        };
        if (field is not null)
        {
            // A partial class's other files are not searched: there the field may be handed on.
            return field.DeclaredAccessibility == Accessibility.Private
                && field.ContainingType.DeclaringSyntaxReferences is { Length: 1 } declarations
                && creation.SemanticModel is { } model
                && declarations[0].SyntaxTree == model.SyntaxTree
                && IsOnlyCalledByHand(field, new[] { declarations[0].GetSyntax() }, model);
        }

        if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } declarator })
        {
            return false;
        }

        var body = declarator.Syntax.Ancestors().FirstOrDefault(a => a is BlockSyntax or ArrowExpressionClauseSyntax);
        var semanticModel = creation.SemanticModel;
        if (body is null || semanticModel is null)
        {
            return false;
        }

        return IsOnlyCalledByHand(local, new[] { body }, semanticModel);
    }

    // Every read of the local or private field is the receiver of a Serialize/Deserialize call: `_serializer.Serialize(value,
    // stream)` in the class's own helper. Its assignment is not a read; handing it on (`Create(handler, _serializer)`) is.
    private static bool IsOnlyCalledByHand(ISymbol storage, IEnumerable<SyntaxNode> scopes, SemanticModel semanticModel)
    {
        var references = scopes.SelectMany(scope => scope.DescendantNodes()).OfType<IdentifierNameSyntax>()
            .Where(i => i.Identifier.ValueText == storage.Name && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(i).Symbol, storage))
            .Where(i => !IsAssignedHere(i))
            .ToList();
        return references.Count > 0 && references.All(reference => Receiver(reference).Parent is MemberAccessExpressionSyntax
        {
            Name.Identifier.ValueText: "Serialize" or "Deserialize",
            Parent: InvocationExpressionSyntax,
        } access && access.Expression == Receiver(reference));

        // `this._serializer` reads the field as `this._serializer`, whose parent is the call's member access.
        static SyntaxNode Receiver(IdentifierNameSyntax reference)
            => reference.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified && qualified.Name == reference
                ? qualified
                : reference;

        static bool IsAssignedHere(IdentifierNameSyntax reference)
            => Receiver(reference).Parent is AssignmentExpressionSyntax assignment && assignment.Left == Receiver(reference);
    }

    // AddAWSLambdaHosting(eventSource) and AddAWSLambdaHosting(eventSource, configure) register DefaultLambdaJsonSerializer
    // unless the configure callback sets HostingOptions.Serializer; only the generic overload takes a
    // SourceGeneratorLambdaJsonSerializer<TContext>.
    private static void AnalyzeHosting(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "AddAWSLambdaHosting"
            || method.IsGenericMethod
            || method.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.DependencyInjection"
            || invocation.Arguments.Any(a => !a.IsImplicit && SetsSerializer(a.Value))
            || !facts.Model(context.CancellationToken).IsServerlessProject)
        {
            return;
        }

        var location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            ? member.Name.GetLocation()
            : invocation.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, location, HostingDefault));
    }

    // A serializer passed in, or a configure callback that assigns HostingOptions.Serializer.
    private static bool SetsSerializer(IOperation argument)
    {
        return argument.WithoutConversions() switch
        {
            IDelegateCreationOperation or IAnonymousFunctionOperation => argument.Descendants()
                .OfType<ISimpleAssignmentOperation>()
                .Any(a => a.Target is IPropertyReferenceOperation { Property.Name: "Serializer" }),
            var value => value.Type?.Name is not (null or "LambdaEventSource" or "IServiceCollection"),
        };
    }
}
