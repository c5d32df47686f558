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
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD204: gives the Azure Functions worker's <c>JsonSerializerOptions</c> the resolver
/// <c>JsonTypeInfoResolver.Combine(Ctx.Default, new DefaultJsonTypeInfoResolver())</c> and registers the functions'
/// payload types on <c>Ctx</c> (creating it when needed). Registered types get generated metadata; every other type is
/// still served by reflection, as before, so nothing the worker reads or writes changes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSourceGeneratedWorkerSerializerCodeFixProvider))]
[Shared]
public sealed class UseSourceGeneratedWorkerSerializerCodeFixProvider : CodeFixProvider
{
    private const string KeyPrefix = "COLD204:";

    private enum OptionsEdit
    {
        /// <summary>The options already have a resolver (another serializer's fix gave it): only types to register.</summary>
        None,

        /// <summary><c>new JsonObjectSerializer()</c>: pass it options of its own defaults with the resolver.</summary>
        PassOptions,

        /// <summary>A <c>new JsonSerializerOptions</c>: add the resolver to its initializer.</summary>
        AddResolver,
    }

    private const string Metadata = "global::System.Text.Json.Serialization.Metadata.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReflectionWorkerSerializer);

    public override FixAllProvider GetFixAllProvider()
        => new SequentialFixAllProvider("Give every worker serializer a source-generated resolver", FixOneOfAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var known = new KnownTypes(semanticModel.Compilation);
        var contexts = await JsonContextEditor.CandidateContextsAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        var payloads = PayloadTypes(semanticModel.Compilation, context.Document.Project, context.CancellationToken);

        // A new context's name stays free of the contexts the fix cannot use (a serialisation-only one may be AppJsonContext).
        var newName = JsonContextEditor.FreeContextName(semanticModel.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (OptionsEditFor(node, semanticModel, known, context.CancellationToken) is null)
            {
                continue;
            }

            var usable = contexts.Where(c => CanResolve(c, semanticModel, diagnostic.Location.SourceSpan.Start, known)).ToList();
            var choices = usable.Count == 0 ? new INamedTypeSymbol?[] { null } : usable.Cast<INamedTypeSymbol?>().ToArray();
            foreach (var choice in choices.Where(choice => choice is not null || payloads.Count > 0))
            {
                var qualified = JsonContextEditor.QualifiedName(choice, root, diagnostic.Location.SourceSpan.Start, newName);
                var title = choice is null
                    ? $"Give the worker serializer {newName}'s metadata, reflection for other types (creates the context)"
                    : $"Give the worker serializer {choice.Name}'s metadata, reflection for other types";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => FixAsync(context.Document, diagnostic.Location.SourceSpan, qualified, ct),
                        equivalenceKey: KeyPrefix + qualified),
                    diagnostic);
            }
        }
    }

    private static async Task<Solution?> FixOneOfAllAsync(
        Document document, SyntaxNode node, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (!key.StartsWith(KeyPrefix, System.StringComparison.Ordinal) || semanticModel is null
            || OptionsEditFor(node, semanticModel, new KnownTypes(semanticModel.Compilation), cancellationToken) is null)
        {
            return null;
        }

        var contextName = key.Substring(KeyPrefix.Length);
        var exists = semanticModel.Compilation.GetTypeByMetadataName(contextName.Replace("global::", string.Empty)) is not null;
        return exists || PayloadTypes(semanticModel.Compilation, document.Project, cancellationToken).Count > 0
            ? await FixAsync(document, node.Span, contextName, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// A context the fixed code can name and whose metadata serves other options as reflection would. Used as a resolver
    /// for the worker's options, a context's metadata follows those options (naming, converters, number handling...),
    /// except what its generator bakes in: not one generated for fast-path serialisation only
    /// (<c>GenerationMode = Serialization</c>: it cannot read), nor one with <c>UseStringEnumConverter = true</c> (its
    /// enums would be written as names where reflection writes numbers).
    /// </summary>
    private static bool CanResolve(INamedTypeSymbol context, SemanticModel semanticModel, int position, KnownTypes known)
    {
        static bool Generic(AttributeData attribute) => attribute.NamedArguments.All(a => a.Key switch
        {
            "GenerationMode" => a.Value.Value is int mode && (mode == 0 || (mode & 1) != 0),
            "UseStringEnumConverter" => a.Value.Value is not true,
            _ => true,
        });

        return semanticModel.IsAccessible(position, context)
            && context.GetAttributes().Where(a => a.AttributeClass is { Name: "JsonSourceGenerationOptionsAttribute" }).All(Generic)
            && context.GetAttributes().Where(a => a.AttributeClass.Is(known.StjSerializableAttribute)).All(Generic);
    }

    /// <summary>
    /// The types to register: every <c>[Function]</c>'s payloads that the context can name and that generated metadata
    /// serves exactly as reflection does; the others keep the reflection fallback. Sorted, each once.
    /// </summary>
    private static List<ITypeSymbol> PayloadTypes(Compilation compilation, Project project, CancellationToken cancellationToken)
    {
        var functions = HandlerModel.GetOrCreate(compilation, project.AnalyzerOptions, cancellationToken).Handlers
            .Where(h => h is { Kind: HandlerKind.AzureFunction, Method: not null })
            .Select(h => h.Method!);
        var types = new Dictionary<string, ITypeSymbol>(System.StringComparer.Ordinal);
        var known = new KnownTypes(compilation);
        foreach (var type in functions.SelectMany(f => WorkerPayloads.Of(f, compilation, known)))
        {
            var plain = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            var id = JsonSerialization.TypeId(plain, compilation);
            if (!types.ContainsKey(id)
                && JsonSerialization.CanRegister(plain, compilation, compilation.Assembly)
                && WorkerPayloads.IsSourceGenerationSafe(plain, compilation))
            {
                types[id] = plain;
            }
        }

        return types.Values.OrderBy(t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), System.StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <paramref name="types"/> without those whose generated property name (Order for Shop.Order and Billing.Order)
    /// another type of the context already has or an earlier one takes: the generator would warn (SYSLIB1031) and
    /// generate only one of them. Those keep reflection.
    /// </summary>
    private static IEnumerable<ITypeSymbol> WithoutNameClashes(IEnumerable<ITypeSymbol> types, INamedTypeSymbol? context, KnownTypes known)
    {
        var roots = context is null ? new List<ITypeSymbol>() : JsonSerialization.RegisteredRoots(context, known).ToList();
        var taken = new HashSet<string>(roots.Select(JsonContextEditor.TypeInfoPropertyName), System.StringComparer.Ordinal);
        foreach (var type in types)
        {
            var registered = roots.Any(r => SymbolEqualityComparer.Default.Equals(
                r.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)));
            if (registered || taken.Add(JsonContextEditor.TypeInfoPropertyName(type)))
            {
                yield return type;
            }
        }
    }

    private static async Task<Solution> FixAsync(Document document, TextSpan span, string contextName, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var compilation = semanticModel.Compilation;
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var edit = OptionsEditFor(node, semanticModel, new KnownTypes(compilation), cancellationToken);
        if (edit is null)
        {
            return document.Project.Solution;
        }

        var typeIds = PayloadTypes(compilation, document.Project, cancellationToken).Select(t => JsonSerialization.TypeId(t, compilation)).ToList();
        var text = root.ToFullString();
        // The file's own line ending, from its first line (Fix All's earlier edits may have added others, not yet formatted).
        var firstLineEnd = text.IndexOf('\n');
        var endOfLine = firstLineEnd > 0 && text[firstLineEnd - 1] == '\r' ? "\r\n" : "\n";
        var resolver = Resolver(contextName);
        SyntaxNode original;
        SyntaxNode replacement;
        switch (edit.Value)
        {
            case (OptionsEdit.PassOptions, ObjectCreationExpressionSyntax serializer):
                // new JsonObjectSerializer() is new JsonObjectSerializer(new JsonSerializerOptions()) (Azure.Core's own constructor).
                var optionsType = ParseTypeName("global::System.Text.Json.JsonSerializerOptions")
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                var options = ObjectCreationExpression(Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space), optionsType, null, null);
                var created = WithResolver(options, resolver, IndentationAt(text, serializer.SpanStart), endOfLine);
                original = serializer;
                var arguments = ArgumentList(SingletonSeparatedList(Argument(created)));
                replacement = serializer.WithArgumentList(arguments.WithTrailingTrivia(serializer.ArgumentList?.GetTrailingTrivia() ?? default));
                break;
            case (OptionsEdit.AddResolver, BaseObjectCreationExpressionSyntax optionsCreation):
                original = optionsCreation;
                replacement = WithResolver(optionsCreation, resolver, IndentationAt(text, optionsCreation.SpanStart), endOfLine);
                break;
            default:
                original = replacement = node;
                break;
        }

        var newRoot = root.ReplaceNode(original, replacement);
        if (newRoot is CompilationUnitSyntax unit && replacement != original)
        {
            // The simplifier shortens the names the fix writes only where their namespaces are imported.
            var imports = edit.Value.Kind == OptionsEdit.PassOptions
                ? new[] { "System.Text.Json.Serialization.Metadata", "System.Text.Json" }
                : new[] { "System.Text.Json.Serialization.Metadata" };
            newRoot = imports.Where(ns => !IsImportedGlobally(compilation, ns, cancellationToken)).Aggregate(unit, NewTypePlacement.WithUsing);
        }

        var solution = document.WithSyntaxRoot(newRoot).Project.Solution;
        var updated = (await solution.GetProject(document.Project.Id)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var jsonContext = updated.GetTypeByMetadataName(contextName.Replace("global::", string.Empty));
        return await JsonContextEditor.RegisterAsync(
            solution,
            document.Project.Id,
            jsonContext,
            WithoutNameClashes(typeIds.Select(id => JsonSerialization.ResolveTypeId(id, updated)).OfType<ITypeSymbol>(), jsonContext, new KnownTypes(updated)),
            cancellationToken,
            newContextHost: document.Id,
            newContextName: contextName).ConfigureAwait(false);
    }

    /// <summary>A <c>global using</c> of the namespace (ImplicitUsings, a Usings.cs): a file's own using would repeat it.</summary>
    private static bool IsImportedGlobally(Compilation compilation, string ns, CancellationToken cancellationToken)
    {
        return compilation.SyntaxTrees
            .Select(t => t.GetRoot(cancellationToken))
            .OfType<CompilationUnitSyntax>()
            .SelectMany(u => u.Usings)
            .Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Alias is null && u.Name?.ToString() == ns);
    }

    /// <summary>
    /// What the fix edits for the flagged <c>new JsonObjectSerializer(...)</c>: the serializer itself when it takes no
    /// options, the <c>new JsonSerializerOptions</c> passed to it or that initialises the local passed to it, or the
    /// flagged node when those options already have a resolver. Null (no fix) for options it cannot safely change: a
    /// null argument (the serializer throws; giving it options would not), a local assigned again or passed by ref.
    /// </summary>
    private static (OptionsEdit Kind, SyntaxNode Node)? OptionsEditFor(
        SyntaxNode node, SemanticModel semanticModel, KnownTypes known, CancellationToken cancellationToken)
    {
        if (node is not ObjectCreationExpressionSyntax serializer
            || semanticModel.GetOperation(serializer, cancellationToken) is not IObjectCreationOperation creation)
        {
            return null;
        }

        var argument = creation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Is(known.StjOptions) == true);
        if (argument is null)
        {
            return creation.Arguments.Length == 0 ? (OptionsEdit.PassOptions, serializer) : null;
        }

        IObjectCreationOperation? options;
        switch (argument.Value.WithoutConversions())
        {
            case IObjectCreationOperation direct:
                options = direct;
                break;
            case ILocalReferenceOperation { Local: { IsRef: false } local } when !IsWrittenAgain(local, semanticModel, cancellationToken):
                var declarator = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
                if (declarator is null || SetsResolverLater(local, declarator))
                {
                    return declarator is null ? null : (OptionsEdit.None, node);
                }

                options = (semanticModel.GetOperation(declarator, cancellationToken) as IVariableDeclaratorOperation)?.Initializer?.Value.WithoutConversions()
                    as IObjectCreationOperation;
                break;
            default:
                return null;
        }

        if (options is null || !options.Type.Is(known.StjOptions) || options.Syntax is not BaseObjectCreationExpressionSyntax optionsSyntax
            || options.Arguments.Any(a => a.Parameter?.Type.Is(known.StjOptions) == true))
        {
            return null;
        }

        return options.Initializer?.Initializers.Any(SetsResolver) == true ? (OptionsEdit.None, node) : (OptionsEdit.AddResolver, optionsSyntax);
    }

    private static bool SetsResolver(IOperation initializer)
    {
        return initializer switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "TypeInfoResolver" } } => true,
            IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "TypeInfoResolverChain" } } => true,
            _ => false,
        };
    }

    private static bool SetsResolverLater(ILocalSymbol local, SyntaxNode declarator)
    {
        return ScopeOf(declarator).DescendantNodes().OfType<ExpressionStatementSyntax>()
            .Any(e => e.Expression.ToString().StartsWith(local.Name + ".TypeInfoResolver", System.StringComparison.Ordinal));
    }

    /// <summary>Where a local declared by <paramref name="declarator"/> can be used: its block, or all top-level statements.</summary>
    private static SyntaxNode ScopeOf(SyntaxNode declarator)
    {
        var statement = declarator.FirstAncestorOrSelf<StatementSyntax>();
        return (statement?.Parent is GlobalStatementSyntax global ? global.Parent : statement?.Parent) ?? declarator.SyntaxTree.GetRoot();
    }

    /// <summary>Whether the local gets another value than its initializer's (an assignment, ref or out): the fix could not follow it.</summary>
    private static bool IsWrittenAgain(ILocalSymbol local, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (declaration is null)
        {
            return true;
        }

        return ScopeOf(declaration).DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(i => i.Identifier.ValueText == local.Name)
            .Where(i => i.Parent is AssignmentExpressionSyntax assignment && assignment.Left == i
                || i.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None })
            .Any(i => SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(i, cancellationToken).Symbol, local));
    }

    /// <summary><c>JsonTypeInfoResolver.Combine(Ctx.Default, new DefaultJsonTypeInfoResolver())</c>, names left for the simplifier.</summary>
    private static InvocationExpressionSyntax Resolver(string contextName)
    {
        static NameSyntax Name(string name) => ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        // The context in expression form (a member access, not a qualified name), as the parser reads the fixed code.
        var contextExpression = ParseExpression(contextName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var context = MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, contextExpression, IdentifierName("Default"));
        var reflection = ObjectCreationExpression(
            Token(SyntaxKind.NewKeyword).WithTrailingTrivia(Space), Name(Metadata + "DefaultJsonTypeInfoResolver"), ArgumentList(), null);
        return InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Name(Metadata + "JsonTypeInfoResolver"), IdentifierName("Combine")),
            ArgumentList(SeparatedList(new[] { Argument(context), Argument(reflection) }, new[] { Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space) })));
    }

    /// <summary>
    /// <paramref name="creation"/> with <c>TypeInfoResolver = resolver</c> in its object initializer. A multi-line
    /// initializer gets one more line in its own style; a one-line or missing one becomes one member a line (the
    /// resolver alone is longer than most lines should be), indented from the line the creation starts on.
    /// </summary>
    private static BaseObjectCreationExpressionSyntax WithResolver(
        BaseObjectCreationExpressionSyntax creation, ExpressionSyntax resolver, string indentation, string endOfLine)
    {
        var member = AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName("TypeInfoResolver").WithTrailingTrivia(Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space),
            resolver);
        var initializer = creation.Initializer;
        if (initializer is { Expressions.Count: > 0 } && !OnOneLine(initializer))
        {
            var last = initializer.Expressions.Last();
            var items = initializer.Expressions.GetWithSeparators();
            var trailingComma = items.Count % 2 == 0;
            var newItems = trailingComma
                ? items.Add(member.WithLeadingTrivia(last.GetLeadingTrivia())).Add(items.Last())
                : items.Replace(last, last.WithoutTrailingTrivia())
                    .Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia()))
                    .Add(member.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(last.GetTrailingTrivia()));
            return creation.WithInitializer(initializer.WithExpressions(SeparatedList<ExpressionSyntax>(newItems)));
        }

        var inner = indentation + "    ";
        var members = (initializer?.Expressions ?? default).Select(e => e.WithoutTrivia()).Append(member)
            .Select(e => e.WithLeadingTrivia(Whitespace(inner)))
            .ToList();
        var newInitializer = InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(EndOfLine(endOfLine), Whitespace(indentation)).WithTrailingTrivia(EndOfLine(endOfLine)),
            SeparatedList(members, members.Select(_ => Token(SyntaxKind.CommaToken).WithTrailingTrivia(EndOfLine(endOfLine)))),
            Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Whitespace(indentation)));
        var trailing = creation.GetTrailingTrivia();
        var bare = creation.WithInitializer(null);
        return bare.WithoutTrailingTrivia().WithInitializer(newInitializer.WithTrailingTrivia(trailing));
    }

    private static bool OnOneLine(InitializerExpressionSyntax initializer)
    {
        var lines = initializer.SyntaxTree.GetLineSpan(initializer.Span);
        return lines.StartLinePosition.Line == lines.EndLinePosition.Line;
    }

    private static string IndentationAt(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', System.Math.Max(0, position - 1)) + 1;
        var end = lineStart;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.Substring(lineStart, end - lineStart);
    }
}
