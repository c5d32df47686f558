using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD202: replaces a reflection-based System.Text.Json Lambda serializer with
/// <c>SourceGeneratorLambdaJsonSerializer&lt;Ctx&gt;</c> and registers every affected handler's input and output type
/// on <c>Ctx</c> (creating it when needed). CamelCase naming is kept through the serializer's options callback.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSourceGeneratedLambdaSerializerCodeFixProvider))]
[Shared]
public sealed class UseSourceGeneratedLambdaSerializerCodeFixProvider : CodeFixProvider
{
    private const string SerializerName = "global::Amazon.Lambda.Serialization.SystemTextJson.SourceGeneratorLambdaJsonSerializer";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReflectionLambdaSerializer);

    private const string KeyPrefix = "COLD202:";

    public override FixAllProvider GetFixAllProvider() => new SequentialFixAllProvider("Use SourceGeneratorLambdaJsonSerializer everywhere", FixOneOfAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var compilation = semanticModel.Compilation;
        var known = new KnownTypes(compilation);
        var contexts = await JsonContextEditor.CandidateContextsAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        var choices = contexts.Count == 0 ? new INamedTypeSymbol?[] { null } : contexts.Cast<INamedTypeSymbol?>().ToArray();
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Replacement(node, semanticModel, known, context.CancellationToken) is not { } camelCase)
            {
                continue;
            }

            var types = ServedTypes(node, semanticModel, context.Document.Project, known, context.CancellationToken);
            foreach (var choice in choices.Where(choice => CanFix(types, compilation, contextExists: choice is not null)))
            {
                var qualified = JsonContextEditor.QualifiedName(choice, root, diagnostic.Location.SourceSpan.Start);
                var title = choice is null
                    ? $"Use SourceGeneratorLambdaJsonSerializer<{JsonContextEditor.NewContextName}> (creates the context)"
                    : $"Use SourceGeneratorLambdaJsonSerializer<{choice.Name}>";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => FixAsync(context.Document, diagnostic.Location.SourceSpan, qualified, camelCase, ct),
                        equivalenceKey: KeyPrefix + qualified),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// Whether the flagged serializer can be replaced, and if so whether it was the camelCase one (null: leave it).
    /// Only the System.Text.Json serializers are replaced: a Newtonsoft subclass may carry settings we cannot see.
    /// </summary>
    private static bool? Replacement(SyntaxNode node, SemanticModel semanticModel, KnownTypes known, CancellationToken cancellationToken)
    {
        var serializer = node switch
        {
            TypeOfExpressionSyntax typeOf => semanticModel.GetTypeInfo(typeOf.Type, cancellationToken).Type,
            BaseObjectCreationExpressionSyntax creation => semanticModel.GetTypeInfo(creation, cancellationToken).Type,
            _ => null,
        };
        if (serializer is null)
        {
            return null;
        }

        var camelCase = serializer.Name == "CamelCaseLambdaJsonSerializer";
        var replaceable = SymbolEqualityComparer.Default.Equals(serializer, known.DefaultLambdaJsonSerializer)
            || SymbolEqualityComparer.Default.Equals(serializer, known.ObsoleteLambdaJsonSerializer)
            || (camelCase && node is BaseObjectCreationExpressionSyntax
                && SymbolEqualityComparer.Default.Equals(serializer.BaseType, known.DefaultLambdaJsonSerializer));
        return replaceable ? camelCase : null;
    }

    private static async Task<Solution?> FixOneOfAllAsync(
        Document document, SyntaxNode node, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (!key.StartsWith(KeyPrefix, System.StringComparison.Ordinal) || semanticModel is null)
        {
            return null;
        }

        var compilation = semanticModel.Compilation;
        var known = new KnownTypes(compilation);
        var contextName = key.Substring(KeyPrefix.Length);
        if (Replacement(node, semanticModel, known, cancellationToken) is not { } camelCase
            || !CanFix(
                ServedTypes(node, semanticModel, document.Project, known, cancellationToken),
                compilation,
                contextExists: compilation.GetTypeByMetadataName(contextName.Replace("global::", string.Empty)) is not null))
        {
            return null;
        }

        return await FixAsync(document, node.Span, contextName, camelCase, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every type the serializer reads or writes must go on the context, and a context with no type at all is not
    /// generated (it would not compile): a serializer that serves no payload is fixed only with a context that exists.
    /// </summary>
    private static bool CanFix(List<ITypeSymbol> types, Compilation compilation, bool contextExists)
    {
        return types.All(type => JsonSerialization.CanRegister(type, compilation, compilation.Assembly)
                && JsonSerialization.UnreachableConverterIn(type, compilation, out _) is null)
            && (contextExists || types.Count > 0);
    }

    private static async Task<Solution> FixAsync(
        Document document, Microsoft.CodeAnalysis.Text.TextSpan span, string contextName, bool camelCase, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var compilation = semanticModel.Compilation;
        var known = new KnownTypes(compilation);
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var serializerType = GenericName(Identifier(SerializerName.Substring(SerializerName.LastIndexOf('.') + 1)))
            .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(ParseName(contextName))));
        var qualifiedSerializer = QualifiedName(ParseName(SerializerName.Substring(0, SerializerName.LastIndexOf('.'))), serializerType)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        var types = ServedTypes(node, semanticModel, document.Project, known, cancellationToken);
        SyntaxNode replacement;
        if (node is TypeOfExpressionSyntax typeOf)
        {
            replacement = typeOf.WithType(qualifiedSerializer.WithTriviaFrom(typeOf.Type));
        }
        else
        {
            var creation = (BaseObjectCreationExpressionSyntax)node;
            var arguments = creation.ArgumentList ?? ArgumentList();
            if (camelCase && arguments.Arguments.Count == 0)
            {
                var camelCasePolicy = ParseExpression("global::System.Text.Json.JsonNamingPolicy.CamelCase").WithAdditionalAnnotations(Simplifier.Annotation);
                var keepCamelCase = SimpleLambdaExpression(
                    Parameter(Identifier("options")),
                    AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, ParseExpression("options.PropertyNamingPolicy"), camelCasePolicy));
                arguments = ArgumentList(SingletonSeparatedList(Argument(keepCamelCase)));
            }

            replacement = ObjectCreationExpression(qualifiedSerializer).WithArgumentList(arguments).WithTriviaFrom(creation);
        }

        var typeIds = types.Select(t => JsonSerialization.TypeId(t, compilation)).ToList();
        var solution = document.WithSyntaxRoot(root.ReplaceNode(node, replacement)).Project.Solution;
        var updated = await solution.GetProject(document.Project.Id)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var jsonContext = updated?.GetTypeByMetadataName(contextName.Replace("global::", string.Empty));
        var rebound = typeIds.Select(id => JsonSerialization.ResolveTypeId(id, updated!)).OfType<ITypeSymbol>();
        return await JsonContextEditor.RegisterAsync(
            solution,
            document.Project.Id,
            jsonContext,
            rebound,
            cancellationToken,
            newContextHost: document.Id,
            newContextName: contextName).ConfigureAwait(false);
    }

    /// <summary>
    /// The payload types the flagged serializer reads and writes: those of the handlers an attribute serves, or of the
    /// bootstrap a constructed serializer is passed to (none when it goes anywhere else).
    /// </summary>
    private static List<ITypeSymbol> ServedTypes(
        SyntaxNode node, SemanticModel semanticModel, Project project, KnownTypes known, CancellationToken cancellationToken)
    {
        if (node is TypeOfExpressionSyntax typeOf)
        {
            return HandlersServedBy(typeOf, semanticModel, project, cancellationToken).SelectMany(m => JsonSerialization.PayloadTypes(m, known))
                .Select(p => p.Type).ToList();
        }

        var parent = semanticModel.GetOperation(node, cancellationToken)?.ParentWithoutConversions();
        return parent is IArgumentOperation { Parent: IInvocationOperation create }
            ? JsonSerialization.BootstrapPayloadTypes(create, known).Select(p => p.Type).ToList()
            : new List<ITypeSymbol>();
    }

    /// <summary>The class-library handlers whose serializer this attribute chooses.</summary>
    private static IEnumerable<IMethodSymbol> HandlersServedBy(
        TypeOfExpressionSyntax typeOf, SemanticModel semanticModel, Project project, CancellationToken cancellationToken)
    {
        var attributeList = typeOf.FirstAncestorOrSelf<AttributeListSyntax>();
        if (attributeList?.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
        {
            return attributeList?.Parent is MethodDeclarationSyntax method && semanticModel.GetDeclaredSymbol(method, cancellationToken) is { } symbol
                ? new[] { symbol }
                : Enumerable.Empty<IMethodSymbol>();
        }

        // A hosted app's controller actions are not among them: ASP.NET Core serialises what they take and return.
        var known = new KnownTypes(semanticModel.Compilation);
        return HandlerModel.GetOrCreate(semanticModel.Compilation, project.AnalyzerOptions, cancellationToken).Handlers
            .Where(h => h is { Method: not null, Kind: not HandlerKind.ControllerAction }
                && JsonSerialization.LambdaSerializerAttribute(h.Method.GetAttributes(), known) is null)
            .Select(h => h.Method!);
    }
}
