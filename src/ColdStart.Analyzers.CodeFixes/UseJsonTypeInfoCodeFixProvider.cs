using System;
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
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// COLD201 (System.Text.Json): rewrites the call to its JsonTypeInfo overload (<c>Ctx.Default.Order</c>),
/// keeping streams, values and cancellation, and registers the type on the context — creating
/// <c>AppJsonContext</c> when the project has none. The context must be generated with the settings the call ran
/// with (<see cref="JsonGenerationOptions"/>): a new context carries them in [JsonSourceGenerationOptions], an
/// existing one is offered only when its settings are the same, and a call whose settings are not statically
/// known gets no fix. Fix-all writes each type once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseJsonTypeInfoCodeFixProvider))]
[Shared]
public sealed class UseJsonTypeInfoCodeFixProvider : CodeFixProvider
{
    private const string KeyPrefix = "COLD201:";
    private const char OptionsSeparator = '|';

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReflectionJsonSerialisation);

    public override FixAllProvider GetFixAllProvider() => new JsonTypeInfoFixAllProvider();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var fixable = context.Diagnostics.Where(IsFixable).ToList();
        if (fixable.Count == 0)
        {
            return;
        }

        var contexts = await JsonContextEditor.CandidateContextsAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in fixable)
        {
            var options = diagnostic.Properties[ReflectionJsonSerialisationAnalyzer.OptionsProperty] ?? JsonGenerationOptions.Defaults;
            var matching = contexts.Where(c => JsonGenerationOptions.OfContext(c) == options).ToList();
            var choices = matching.Count == 0 ? new INamedTypeSymbol?[] { null } : matching.Cast<INamedTypeSymbol?>().ToArray();
            foreach (var choice in choices)
            {
                // No context generated with the call's settings: one more, beside those with other settings.
                var newName = contexts.Count == 0 ? JsonContextEditor.NewContextName : JsonContextEditor.FreeContextName(compilation!);
                var qualified = JsonContextEditor.QualifiedName(choice, root!, diagnostic.Location.SourceSpan.Start, newName);
                var title = choice is null
                    ? $"Create {newName} and use its JsonTypeInfo"
                    : $"Use the source-generated JsonTypeInfo from {choice.Name}";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => FixAsync(
                            context.Document.Project.Solution,
                            new[] { (context.Document.Id, diagnostic) },
                            new Dictionary<string, string> { [options] = qualified },
                            ct),
                        equivalenceKey: KeyPrefix + qualified + OptionsSeparator + options),
                    diagnostic);
            }
        }
    }

    private static bool IsFixable(Diagnostic diagnostic)
    {
        return diagnostic.Properties.ContainsKey(ReflectionJsonSerialisationAnalyzer.TypeProperty)
            && diagnostic.Properties.ContainsKey(ReflectionJsonSerialisationAnalyzer.OptionsProperty);
    }

    /// <summary>
    /// Rewrites each call to the JsonTypeInfo of the context chosen for its settings (<paramref name="contexts"/>: settings
    /// → qualified context name), registers the types on those contexts, creating the ones that do not exist, and removes
    /// an options field, property or local that only the rewritten calls read.
    /// </summary>
    private static async Task<Solution> FixAsync(
        Solution solution,
        IReadOnlyList<(DocumentId Document, Diagnostic Diagnostic)> diagnostics,
        Dictionary<string, string> contexts,
        CancellationToken cancellationToken)
    {
        diagnostics = diagnostics.Where(d => contexts.ContainsKey(d.Diagnostic.Properties[ReflectionJsonSerialisationAnalyzer.OptionsProperty]!)).ToList();
        ImmutableArray<DocumentId> marked;
        (solution, marked) = await UnusedOptions.MarkAsync(solution, diagnostics, cancellationToken).ConfigureAwait(false);

        var typeIds = new Dictionary<string, List<string>>();
        var hosts = new Dictionary<string, DocumentId>();
        ProjectId? projectId = null;
        foreach (var group in diagnostics.GroupBy(d => d.Document))
        {
            var document = solution.GetDocument(group.Key)!;
            projectId = document.Project.Id;
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var compilation = editor.SemanticModel.Compilation;
            var rewrites = new List<(InvocationExpressionSyntax Call, IInvocationOperation Invocation, ExpressionSyntax TypeInfo)>();
            foreach (var (_, diagnostic) in group.OrderBy(d => d.Diagnostic.Location.SourceSpan.Start))
            {
                var typeId = diagnostic.Properties[ReflectionJsonSerialisationAnalyzer.TypeProperty];
                var type = typeId is null ? null : JsonSerialization.ResolveTypeId(typeId, compilation);
                if (type is null
                    || editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
                    || editor.SemanticModel.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
                {
                    continue;
                }

                var contextName = contexts[diagnostic.Properties[ReflectionJsonSerialisationAnalyzer.OptionsProperty]!];
                rewrites.Add((call, invocation, JsonContextEditor.TypeInfoExpression(contextName, type)));
                (typeIds.TryGetValue(contextName, out var ids) ? ids : typeIds[contextName] = new List<string>()).Add(typeId!);

                // A new context goes into the first fixed document whose namespace it is named after.
                if (!hosts.ContainsKey(contextName)
                    && NewTypePlacement.NamespaceAt(editor.OriginalRoot, call.SpanStart) == NewTypePlacement.NamespaceOf(contextName))
                {
                    hosts[contextName] = document.Id;
                }
            }

            // Innermost first: a call passed to another call (Deserialize(Serialize(x))) is rewritten inside its rewritten caller.
            foreach (var (call, invocation, typeInfo) in Enumerable.Reverse(rewrites))
            {
                editor.ReplaceNode(call, (current, _) => Rewrite((InvocationExpressionSyntax)current, invocation, typeInfo));
            }

            solution = solution.WithDocumentSyntaxRoot(document.Id, editor.GetChangedRoot());
        }

        if (projectId is null)
        {
            return solution;
        }

        foreach (var pair in contexts.Where(c => typeIds.ContainsKey(c.Value)))
        {
            var (options, contextName) = (pair.Key, pair.Value);
            var updatedCompilation = await solution.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var context = updatedCompilation?.GetTypeByMetadataName(contextName.Replace("global::", string.Empty));
            var rebound = typeIds[contextName].Select(id => JsonSerialization.ResolveTypeId(id, updatedCompilation!)).OfType<ITypeSymbol>();
            solution = await JsonContextEditor.RegisterAsync(
                solution, projectId, context, rebound, cancellationToken, options, hosts.TryGetValue(contextName, out var host) ? host : null, contextName)
                .ConfigureAwait(false);
        }

        return await UnusedOptions.RemoveAsync(solution, marked, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The context each group of settings of one project moves to in one Fix All: the <paramref name="chosen"/> context
    /// (the action the user picked, in its own project) for its settings, an existing context generated with the same
    /// settings for the others, else a new context with a free name.
    /// </summary>
    private static async Task<Dictionary<string, string>> ContextsForAsync(
        Project project,
        IReadOnlyList<(DocumentId Document, Diagnostic Diagnostic)> diagnostics,
        (string Options, string Context)? chosen,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (chosen is { } picked)
        {
            result[picked.Options] = picked.Context;
            var chosenName = picked.Context.Replace("global::", string.Empty);
            taken.Add(chosenName.Substring(chosenName.LastIndexOf('.') + 1));
        }

        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var existing = JsonSerialization.SourceContexts(compilation, new KnownTypes(compilation)).ToList();
        foreach (var group in diagnostics.GroupBy(d => d.Diagnostic.Properties[ReflectionJsonSerialisationAnalyzer.OptionsProperty]!))
        {
            if (result.ContainsKey(group.Key))
            {
                continue;
            }

            var (documentId, first) = group.First();
            var root = await project.Solution.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var match = existing.FirstOrDefault(c => JsonGenerationOptions.OfContext(c) == group.Key);
            var newName = match is null ? JsonContextEditor.FreeContextName(compilation, taken) : null;
            if (newName is not null)
            {
                taken.Add(newName);
            }

            result[group.Key] = JsonContextEditor.QualifiedName(match, root!, first.Location.SourceSpan.Start, newName ?? JsonContextEditor.NewContextName);
        }

        return result;
    }

    /// <summary>
    /// <c>Deserialize&lt;T&gt;(json, options)</c> → <c>Deserialize(json, Ctx.Default.T)</c>: the data arguments in order,
    /// then the JsonTypeInfo, then the cancellation token; type arguments, Type and options arguments go (the
    /// context was generated with the same settings as the options, see <see cref="JsonGenerationOptions"/>).
    /// </summary>
    private static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, IInvocationOperation invocation, ExpressionSyntax typeInfo)
    {
        var data = new List<(int Ordinal, ArgumentSyntax Syntax)>();
        var cancellation = new List<ArgumentSyntax>();
        var receiverOffset = invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.FirstOrDefault()?.Syntax is not ArgumentSyntax ? 1 : 0;
        foreach (var syntax in call.ArgumentList.Arguments)
        {
            // A named argument names its parameter; a positional one sits at the parameter's index, one further on for an
            // extension method called on its receiver (`client.GetFromJsonAsync<T>(url)`: the receiver is the first parameter).
            var parameters = invocation.TargetMethod.Parameters;
            var index = call.ArgumentList.Arguments.IndexOf(syntax) + receiverOffset;
            var parameter = syntax.NameColon is { } name
                ? parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : index < parameters.Length ? parameters[index] : null;
            if (parameter?.Type.Name == "CancellationToken")
            {
                cancellation.Add(syntax);
            }
            else if (parameter?.Type.Name is not ("Type" or "JsonSerializerOptions"))
            {
                // Named data arguments may be written out of order; positional ones follow the parameters.
                data.Add((parameter?.Ordinal ?? data.Count, syntax.WithNameColon(null)));
            }
        }

        // `response.WriteAsJsonAsync(value, token)`: the JsonTypeInfo overload has a content type between the two, so the token
        // goes by name where the next parameter is not the token.
        var tokenPosition = receiverOffset + data.Count + 1;
        if (!invocation.TargetMethod.ContainingType.GetMembers(invocation.TargetMethod.Name).OfType<IMethodSymbol>()
                .Any(m => m.Parameters.Length > tokenPosition && m.Parameters[tokenPosition].Type.Name == "CancellationToken"
                    && m.Parameters.Any(p => p.Type.Name.StartsWith("JsonTypeInfo", StringComparison.Ordinal))))
        {
            cancellation = cancellation
                .Select(a => a.NameColon is null ? a.WithNameColon(NameColon(IdentifierName("cancellationToken"))) : a)
                .ToList();
        }

        var arguments = data.OrderBy(d => d.Ordinal).Select(d => d.Syntax).Append(Argument(typeInfo)).Concat(cancellation);
        var expression = call.Expression switch
        {
            MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } member => member.WithName(IdentifierName(generic.Identifier)),
            GenericNameSyntax generic => IdentifierName(generic.Identifier).WithTriviaFrom(generic),
            var other => other,
        };
        return call.WithExpression(expression).WithArgumentList(call.ArgumentList.WithArguments(SeparatedList(arguments)));
    }

    private sealed class JsonTypeInfoFixAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        {
            return new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };
        }

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var key = fixAllContext.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(KeyPrefix, System.StringComparison.Ordinal) || key.IndexOf(OptionsSeparator) < 0)
            {
                return null;
            }

            // A context belongs to one project: each project's calls move to contexts of their own project.
            var documents = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
                FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
                _ => fixAllContext.Project.Documents,
            };
            var diagnostics = new List<(DocumentId Document, Diagnostic Diagnostic)>();
            foreach (var document in documents)
            {
                foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
                {
                    if (IsFixable(diagnostic))
                    {
                        diagnostics.Add((document.Id, diagnostic));
                    }
                }
            }

            var separator = key.IndexOf(OptionsSeparator);
            var chosen = (Options: key.Substring(separator + 1), Context: key.Substring(KeyPrefix.Length, separator - KeyPrefix.Length));
            return CodeAction.Create(
                "Use source-generated JsonTypeInfo everywhere",
                async ct =>
                {
                    var solution = fixAllContext.Solution;
                    foreach (var inProject in diagnostics.GroupBy(d => d.Document.ProjectId).Select(g => g.ToList()))
                    {
                        var project = solution.GetProject(inProject[0].Document.ProjectId)!;
                        var contexts = await ContextsForAsync(project, inProject, project.Id == fixAllContext.Project.Id ? chosen : null, ct)
                            .ConfigureAwait(false);
                        solution = await FixAsync(solution, inProject, contexts, ct).ConfigureAwait(false);
                    }

                    return solution;
                },
                equivalenceKey: key);
        }
    }
}
