using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ColdStart.Analyzers.Configuration;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using ColdStart.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Generation;

/// <summary>
/// Reads one method or constructor of a library for its hazard summary: what it does itself (the rules' predicates,
/// through <see cref="LibraryHazards"/>) and which methods of the library it calls. Code in a lambda or local function
/// counts only when it runs before the call returns (LINQ, configuration callbacks), as on a function's init path.
/// </summary>
internal static class LibraryMemberParser
{
    private static readonly ConditionalWeakTable<Compilation, Scope> Scopes = new();

    /// <summary>The cheap syntax test: a body with a call, a construction or a <c>.Result</c> to look at.</summary>
    public static bool IsCandidate(SyntaxNode node)
    {
        return node switch
        {
            BaseMethodDeclarationSyntax method => ((SyntaxNode?)method.Body ?? method.ExpressionBody) is { } body && body.DescendantNodes().Any(IsWork),
            ClassDeclarationSyntax type => !type.Members.OfType<ConstructorDeclarationSyntax>().Any(IsInstance)
                && type.Members.Any(m => m is FieldDeclarationSyntax or PropertyDeclarationSyntax && IsInstance(m)
                    && m.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>().Any()),
            _ => false,
        };

        static bool IsWork(SyntaxNode node) => node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" or "DefinedTypes" or "ExportedTypes" };

        static bool IsInstance(MemberDeclarationSyntax member) => !member.Modifiers.Any(m => m.ValueText is "static" or "const");
    }

    public static LibraryMemberSpec? Parse(GeneratorSyntaxContext syntaxContext, CancellationToken cancellationToken)
    {
        var semanticModel = syntaxContext.SemanticModel;
        var scope = Scopes.GetValue(semanticModel.Compilation, c => new Scope(c));
        if (!scope.Summarises(cancellationToken))
        {
            return null;
        }

        var declared = semanticModel.GetDeclaredSymbol(syntaxContext.Node, cancellationToken);

        // A class without a constructor of its own: the implicit one runs the initialisers that build its client.
        if (declared is INamedTypeSymbol type)
        {
            return type.InstanceConstructors.FirstOrDefault(c => c.IsImplicitlyDeclared) is { } implicitConstructor
                && scope.Clients.ClientBuiltBy(implicitConstructor) is { } owned
                    ? Spec(implicitConstructor, new List<HazardSpec> { ClientOf(owned) }, new SortedSet<string>(StringComparer.Ordinal))
                    : null;
        }

        // A [LambdaStartup] class is init code wherever it is: the rules report inside it, not again at a call.
        if (declared is not IMethodSymbol { MethodKind: not MethodKind.StaticConstructor } method
            || method.ContainingType.HasAttribute(scope.Known.LambdaStartupAttribute)
            || semanticModel.GetOperation(syntaxContext.Node, cancellationToken) is not { } body)
        {
            return null;
        }

        var hazards = new List<HazardSpec>();
        var callees = new SortedSet<string>(StringComparer.Ordinal);
        if (method.MethodKind == MethodKind.Constructor && scope.Clients.ClientBuiltBy(method) is { } client)
        {
            hazards.Add(ClientOf(client));
        }

        foreach (var operation in Executed(body, semanticModel))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (LibraryHazards.In(operation, scope.Known, scope.Clients, scope.SemanticModel, cancellationToken) is { } hazard)
            {
                Add(hazards, new HazardSpec(hazard.Rule, hazard.Cause, hazard.Kind));
            }

            var target = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            target = (target?.ReducedFrom ?? target)?.OriginalDefinition;
            if (target is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, semanticModel.Compilation.Assembly))
            {
                if (!SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition) && target.GetDocumentationCommentId() is { } calleeId)
                {
                    callees.Add(calleeId);
                }

                continue;
            }

            // A call into another library that has a summary of its own: what it does, this member does too.
            foreach (var called in scope.Libraries.Of(target))
            {
                Add(hazards, new HazardSpec(called.Rule, $"{called.Cause} in {called.MemberName}", called.Kind));
            }
        }

        return hazards.Count == 0 && callees.Count == 0 ? null : Spec(method, hazards, callees);
    }

    /// <summary>
    /// Whether <paramref name="compilation"/> gets a summary: a class library without handlers. A function's own hazards
    /// are reported in it, and a library with handlers is analysed like a function, so neither gets one and nothing is
    /// reported twice. Decided from the compilation alone, once per compilation, before any member is bound: a function
    /// project pays for no member's semantic work.
    /// </summary>
    public static bool Summarises(Compilation compilation, CancellationToken cancellationToken)
    {
        return Scopes.GetValue(compilation, c => new Scope(c)).Summarises(cancellationToken);
    }

    private static HazardSpec ClientOf(ITypeSymbol client) => new(RuleIds.ClientCreatedPerInvocation, "new " + client.Name, client.Name);

    private static void Add(List<HazardSpec> hazards, HazardSpec hazard)
    {
        if (!hazards.Any(h => h.Rule == hazard.Rule))
        {
            hazards.Add(hazard);
        }
    }

    private static LibraryMemberSpec? Spec(IMethodSymbol method, List<HazardSpec> hazards, SortedSet<string> callees)
    {
        if (method.OriginalDefinition.GetDocumentationCommentId() is not { } id)
        {
            return null;
        }

        var typeParameters = method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(p => p.Name)) + ">" : string.Empty;
        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.ContainingType.Name + "." + method.Name + typeParameters;
        return new LibraryMemberSpec
        {
            Id = id,
            Name = name,
            Visible = IsVisible(method),
            Hazards = new EquatableArray<HazardSpec>(hazards),
            Callees = new EquatableArray<string>(callees),
        };
    }

    private static bool IsVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private)
            {
                return false;
            }
        }

        return true;
    }

    // The operations the member runs when it is called: lambdas and local functions only when they run right away.
    private static IEnumerable<IOperation> Executed(IOperation root, SemanticModel semanticModel)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                if (child is ILocalFunctionOperation
                    || (child is IAnonymousFunctionOperation { Syntax: var lambda }
                        && !(lambda is AnonymousFunctionExpressionSyntax anonymous && HandlerModel.IsRunImmediately(anonymous, semanticModel))))
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }

    // What every member of one compilation shares: whether it is summarised, known types, the client classifier and its
    // semantic models.
    private sealed class Scope
    {
        private readonly Compilation _compilation;
        private bool? _summarises;

        public Scope(Compilation compilation)
        {
            _compilation = compilation;
            Known = new KnownTypes(compilation);
            SemanticModel = tree => compilation.GetSemanticModel(tree);
            Clients = new ClientTypeClassifier(compilation, Known, ColdStartOptions.Defaults, SemanticModel);
            Libraries = new LibrarySummaries(compilation.Assembly);
        }

        public KnownTypes Known { get; }

        public Func<SyntaxTree, SemanticModel> SemanticModel { get; }

        public ClientTypeClassifier Clients { get; }

        public LibrarySummaries Libraries { get; }

        public bool Summarises(CancellationToken cancellationToken)
        {
            if (_summarises is { } known)
            {
                return known;
            }

            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, NoOptions.Provider);
            var summarises = _compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary
                && (!HandlerModel.MayContainHandlers(_compilation, options)
                    || !HandlerModel.GetOrCreate(_compilation, options, cancellationToken).IsServerlessProject);
            _summarises = summarises;
            return summarises;
        }
    }

    // The generator reads no project settings for the decision (see Summarises), so both of its pipelines ask the same question.
    private sealed class NoOptions : AnalyzerConfigOptions
    {
        public static readonly AnalyzerConfigOptionsProvider Provider = new EmptyProvider();

        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }

        private sealed class EmptyProvider : AnalyzerConfigOptionsProvider
        {
            private static readonly NoOptions None = new();

            public override AnalyzerConfigOptions GlobalOptions => None;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
        }
    }
}
