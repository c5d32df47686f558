using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ColdStart.Analyzers.Generation;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD301 and COLD302, second fix: "Use a generated lazy client holder". Adds <c>[LazyClient&lt;T&gt;]</c> to the
/// project's holder class (creating <c>LazyClients</c> when there is none), with a <c>Create{Name}()</c> factory
/// when the client is built with arguments, and makes the code use the generated property instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseLazyClientHolderCodeFixProvider))]
[Shared]
public sealed class UseLazyClientHolderCodeFixProvider : CodeFixProvider
{
    private const string HolderName = "LazyClients";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.ClientCreatedPerInvocation, RuleIds.ClientCreatedEagerly);

    public override FixAllProvider GetFixAllProvider()
        => new SequentialFixAllProvider($"Use a generated lazy client holder ({HolderName}) everywhere", FixOneOfAllAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null || semanticModel.Compilation.GetTypeByMetadataName(MetadataNames.LazyClientAttribute) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // The analyzer says why no fix applies (a client the DI container injects).
            if (diagnostic.Properties.ContainsKey(ReflectionJsonSerialisationAnalyzer.NoFixProperty))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (await PlanAsync(context.Document, node, diagnostic, semanticModel, context.CancellationToken).ConfigureAwait(false) is not { } plan)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use a generated lazy client holder ({HolderName}.{plan.PropertyName})",
                    ct => FixAsync(context.Document, node.Span, plan.StorageKey, plan.PropertyName, ct),
                    equivalenceKey: nameof(UseLazyClientHolderCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>What the fix will do for a flagged creation: which storage it replaces (none for COLD301) and the
    /// property's name; null when it cannot.</summary>
    private static async Task<(string? StorageKey, string PropertyName)?> PlanAsync(
        Document document,
        SyntaxNode node,
        Diagnostic diagnostic,
        SemanticModel semanticModel,
        CancellationToken cancellationToken)
    {
        if (node is not BaseObjectCreationExpressionSyntax creation
            || semanticModel.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol client)
        {
            return null;
        }

        if (diagnostic.Id == RuleIds.ClientCreatedPerInvocation)
        {
            return !diagnostic.Properties.ContainsKey(ClientCreatedPerInvocationAnalyzer.HoistProperty) || creation.Parent is UsingStatementSyntax
                ? null
                : (null, client.Name);
        }

        var storage = await StorageAsync(document, creation, semanticModel, cancellationToken).ConfigureAwait(false);
        return storage is null ? null : (SymbolKey(storage), PropertyName(storage.Name));
    }

    private static async Task<Solution?> FixOneOfAllAsync(
        Document document, SyntaxNode node, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (key != nameof(UseLazyClientHolderCodeFixProvider) || semanticModel is null
            || semanticModel.Compilation.GetTypeByMetadataName(MetadataNames.LazyClientAttribute) is null
            || await PlanAsync(document, node, diagnostic, semanticModel, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return null;
        }

        return await FixAsync(document, node.Span, plan.StorageKey, plan.PropertyName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The field or auto-property the creation initialises, when nothing else writes it.</summary>
    private static async Task<ISymbol?> StorageAsync(
        Document document, BaseObjectCreationExpressionSyntax creation, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        ISymbol? storage = creation.Parent switch
        {
            EqualsValueClauseSyntax
            {
                Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax } } declarator,
            }
                => semanticModel.GetDeclaredSymbol(declarator, cancellationToken),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { AccessorList: not null } property }
                => semanticModel.GetDeclaredSymbol(property, cancellationToken),
            _ => null,
        };
        if (storage is null || storage.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var writtenElsewhere = await StorageWrites.HasOtherWritesAsync(document.Project.Solution, storage, document.Id, creation.Span, cancellationToken)
            .ConfigureAwait(false);
        return writtenElsewhere ? null : storage;
    }

    private static async Task<Solution> FixAsync(
        Document document, Microsoft.CodeAnalysis.Text.TextSpan creationSpan, string? storageKey, string propertyName, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var semanticModel = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var compilation = semanticModel.Compilation;
        var creation = (BaseObjectCreationExpressionSyntax)root.FindNode(creationSpan, getInnermostNodeForTie: true);
        var client = (INamedTypeSymbol)semanticModel.GetTypeInfo(creation, cancellationToken).Type!;
        var storage = storageKey is null ? null
            : compilation.GetSymbolsWithName(n => true, SymbolFilter.Member, cancellationToken).FirstOrDefault(s => SymbolKey(s) == storageKey);
        var exposed = storage switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => client,
        };

        var known = new KnownTypes(compilation);
        var holder = compilation.GetSymbolsWithName(n => true, SymbolFilter.Type, cancellationToken).OfType<INamedTypeSymbol>()
            .Where(t => LazyClientDeclarations.Read(t, known).Count > 0 && LazyClientDeclarations.IsPartialEverywhere(t))
            .OrderBy(t => t.Name == HolderName ? 0 : 1)
            .FirstOrDefault();
        var existing = holder is null ? null : LazyClientDeclarations.Read(holder, known).FirstOrDefault(d => d.PropertyName == propertyName);
        if (existing is not null && !SymbolEqualityComparer.Default.Equals(existing.Client, client))
        {
            propertyName += "Client";
        }

        var reuse = existing is not null && SymbolEqualityComparer.Default.Equals(existing.Client, client)
            && SymbolEqualityComparer.Default.Equals(existing.Exposed, exposed);
        var needsFactory = creation.ArgumentList is { Arguments.Count: > 0 } || creation.Initializer is not null
            || !client.HasPublicParameterlessConstructor();
        var clientSyntax = client.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var holderNamespace = NewTypePlacement.NamespaceAt(root, creation.SpanStart);
        var holderName = holder?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? NewTypePlacement.QualifiedName(holderNamespace, HolderName);
        var propertyAccess = ParseExpression(holderName + "." + propertyName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        // 1. The code that created or stored the client now reads the generated property.
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (storage is null)
        {
            editor.ReplaceNode(creation, propertyAccess.WithTriviaFrom(creation));
            UsingDeclarations.KeepUndisposed(editor, creation);

            solution = solution.WithDocumentSyntaxRoot(document.Id, editor.GetChangedRoot());
        }
        else
        {
            solution = await ReplaceStorageAsync(solution, storage, propertyAccess, cancellationToken).ConfigureAwait(false);
        }

        // 2. The holder gets the attribute (and the factory when the client needs arguments).
        if (reuse)
        {
            return solution;
        }

        var useGeneric = document.Project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 };
        var attribute = LazyClientAttribute(clientSyntax, exposed, client, propertyName, useGeneric);
        var factory = needsFactory
            ? ParseMemberDeclaration($"private static partial {clientSyntax} Create{propertyName}() => {ExplicitCreation(creation, clientSyntax)};")!
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation)
            : null;
        if (holder is null)
        {
            return await CreateHolderAsync(solution, document.Id, holderNamespace, attribute, factory, cancellationToken).ConfigureAwait(false);
        }

        // The holder's document may already have changed above: find the declaration again by name.
        var declaration = holder.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<ClassDeclarationSyntax>()
            .OrderByDescending(c => c.AttributeLists.Count).First();
        var holderDocumentId = document.Project.Solution.GetDocumentId(declaration.SyntaxTree)!;
        var holderRoot = (await solution.GetDocument(holderDocumentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var current = holderRoot.DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Where(c => c.Identifier.ValueText == holder.Name)
            .OrderByDescending(c => c.AttributeLists.Count)
            .First();
        var updated = current.AddAttributeLists(attribute);
        if (factory is not null)
        {
            updated = updated.AddMembers(factory);
        }

        return solution.WithDocumentSyntaxRoot(holderDocumentId, holderRoot.ReplaceNode(current, updated));
    }

    private static async Task<Solution> ReplaceStorageAsync(
        Solution solution, ISymbol storage, ExpressionSyntax propertyAccess, CancellationToken cancellationToken)
    {
        var references = (await SymbolFinder.FindReferencesAsync(storage, solution, cancellationToken).ConfigureAwait(false))
            .SelectMany(r => r.Locations)
            .Where(l => !l.IsImplicit)
            .ToList();
        var declaration = storage.DeclaringSyntaxReferences[0];
        var declarationDocument = solution.GetDocumentId(declaration.SyntaxTree)!;
        foreach (var documentId in references.Select(l => l.Document.Id).Append(declarationDocument).Distinct())
        {
            var editor = await DocumentEditor.CreateAsync(solution.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
            foreach (var location in references.Where(l => l.Document.Id == documentId))
            {
                var node = editor.OriginalRoot.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                var target = node.WithThisQualifier();
                editor.ReplaceNode(target, propertyAccess.WithTriviaFrom(target));
            }

            if (documentId == declarationDocument)
            {
                var member = declaration.GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax declarator => (SyntaxNode)declarator.FirstAncestorOrSelf<FieldDeclarationSyntax>()!,
                    var other => other,
                };
                editor.RemoveNode(member);
            }

            solution = solution.WithDocumentSyntaxRoot(documentId, editor.GetChangedRoot());
        }

        return solution;
    }

    // In the fixed document, not a new file: see NewTypePlacement.
    private static async Task<Solution> CreateHolderAsync(
        Solution solution,
        DocumentId documentId,
        string ns,
        AttributeListSyntax attribute,
        MemberDeclarationSyntax? factory,
        CancellationToken cancellationToken)
    {
        var holder = ClassDeclaration(HolderName)
            .WithModifiers(TokenList(Token(SyntaxKind.InternalKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.PartialKeyword)))
            .AddAttributeLists(attribute);
        if (factory is not null)
        {
            holder = holder.AddMembers(factory);
        }

        return await NewTypePlacement.AddAsync(solution, documentId, ns, holder, "ColdStart", cancellationToken).ConfigureAwait(false) ?? solution;
    }

    private static AttributeListSyntax LazyClientAttribute(
        string clientSyntax, ITypeSymbol exposed, INamedTypeSymbol client, string propertyName, bool useGeneric)
    {
        var arguments = useGeneric ? string.Empty : $"typeof({clientSyntax}), ";
        var named = new System.Collections.Generic.List<string>();
        if (propertyName != client.Name)
        {
            named.Add($"Name = \"{propertyName}\"");
        }

        if (!SymbolEqualityComparer.Default.Equals(exposed, client))
        {
            named.Add($"As = typeof({exposed.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)})");
        }

        var name = useGeneric ? $"global::ColdStart.LazyClient<{clientSyntax}>" : "global::ColdStart.LazyClient";
        var argumentList = arguments + string.Join(", ", named);
        var text = argumentList.Length == 0 ? $"[{name}]" : $"[{name}({argumentList.TrimEnd(',', ' ')})]";
        var parsed = ParseCompilationUnit(text + " class C { }").Members[0].AttributeLists[0];
        return parsed.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
    }

    private static string ExplicitCreation(BaseObjectCreationExpressionSyntax creation, string clientSyntax)
    {
        var arguments = creation.ArgumentList?.ToString() ?? (creation.Initializer is null ? "()" : string.Empty);
        var initializer = creation.Initializer is null ? string.Empty : " " + creation.Initializer.ToString();
        return $"new {clientSyntax}{arguments}{initializer}";
    }

    private static string PropertyName(string storageName)
    {
        var trimmed = storageName.TrimStart('_');
        if (trimmed.StartsWith("s_", System.StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(2);
        }

        return trimmed.Length == 0 ? storageName : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }

    private static string SymbolKey(ISymbol symbol) => symbol.ContainingType.ToDisplayString() + "." + symbol.Name;
}
