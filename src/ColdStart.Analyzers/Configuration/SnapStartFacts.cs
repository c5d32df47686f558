using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Configuration;

/// <summary>How a SnapStart hook comes into the function.</summary>
internal enum SnapStartHookKind
{
    /// <summary><c>SnapshotRestore.RegisterBeforeSnapshot(...)</c> in the user's code: the function primes.</summary>
    BeforeSnapshot,

    /// <summary><c>SnapshotRestore.RegisterAfterRestore(...)</c> in the user's code.</summary>
    AfterRestore,

    /// <summary><c>[Prewarm(SnapStart = true)]</c>: the prewarm generator registers both hooks.</summary>
    GeneratedPriming,
}

/// <summary>A SnapStart hook registration and where it is written.</summary>
internal sealed record SnapStartHook(SnapStartHookKind Kind, Location Location);

/// <summary>Where the project switches SnapStart on, with the words a message uses for it.</summary>
internal sealed record SnapStartDeclaration(string Description, Location Location);

/// <summary>
/// Whether the function runs under Lambda SnapStart, which the COLD50x rules need before they say anything. It
/// is on when a deployment file of this assembly applies it (template <c>SnapStart: ApplyOn</c>,
/// aws-lambda-tools-defaults.json <c>snap-start-apply-on</c>), when the <c>ColdStartSnapStart</c> MSBuild property is
/// true, or when the code registers a SnapStart hook; <c>ColdStartSnapStart=false</c> switches the rules off.
/// The deployment files and the property are read when the facts are created; the hook registrations only
/// when a rule first asks (a scan of the syntax trees for three identifiers, then binding of what it finds).
/// </summary>
internal sealed class SnapStartFacts
{
    public const string Property = "ColdStartSnapStart";
    public const string BeforeSnapshotMethod = "RegisterBeforeSnapshot";
    public const string AfterRestoreMethod = "RegisterAfterRestore";

    private readonly Compilation _compilation;
    private readonly object _scanLock = new();
    private SnapStartHook[]? _hooks;

    public SnapStartFacts(Compilation compilation, AnalyzerOptions options, ProjectSettings settings, Func<string, bool> deploys)
    {
        _compilation = compilation;
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + Property, out var property);
        IsSwitchedOff = string.Equals(property?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        Declaration = string.Equals(property?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            ? new SnapStartDeclaration($"the {Property} property of {settings.ProjectName}", settings.ProjectFileLocation(Property))
            : FindDeclaration(options, settings, deploys);
    }

    /// <summary>True when <c>ColdStartSnapStart=false</c> says the function does not use SnapStart.</summary>
    public bool IsSwitchedOff { get; }

    /// <summary>The deployment setting or property that switches SnapStart on, if any.</summary>
    public SnapStartDeclaration? Declaration { get; }

    /// <summary>Every SnapStart hook registration in the compilation, found once on first use.</summary>
    public IReadOnlyList<SnapStartHook> Hooks(Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
        => BuiltOnce.Get(ref _hooks, _scanLock, () => Scan(semanticModels, cancellationToken));

    private SnapStartHook[] Scan(Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var snapshotRestore = _compilation.GetTypeByMetadataName(MetadataNames.SnapshotRestore);
        var prewarm = _compilation.GetTypeByMetadataName(MetadataNames.PrewarmAttribute);
        if (snapshotRestore is null && prewarm is null)
        {
            return Array.Empty<SnapStartHook>();
        }

        var hooks = new List<SnapStartHook>();
        foreach (var tree in AppSyntaxTrees.Of(_compilation))
        {
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not IdentifierNameSyntax name)
                {
                    continue;
                }

                var hook = token.ValueText switch
                {
                    BeforeSnapshotMethod or AfterRestoreMethod when snapshotRestore is not null
                        => RegistrationAt(name, snapshotRestore, semanticModels, cancellationToken),
                    Generation.PrewarmDeclarations.SnapStartArgument when prewarm is not null => PrimingAt(name, prewarm, semanticModels, cancellationToken),
                    _ => null,
                };
                if (hook is not null)
                {
                    hooks.Add(hook);
                }
            }
        }

        return hooks.ToArray();
    }

    private static SnapStartHook? RegistrationAt(
        IdentifierNameSyntax name, INamedTypeSymbol snapshotRestore, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        var callee = name.WithQualifier();
        if (callee.Parent is not InvocationExpressionSyntax invocation
            || semanticModels(name.SyntaxTree).GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, snapshotRestore))
        {
            return null;
        }

        var kind = method.Name == BeforeSnapshotMethod ? SnapStartHookKind.BeforeSnapshot : SnapStartHookKind.AfterRestore;
        return new SnapStartHook(kind, invocation.GetLocation());
    }

    private static SnapStartHook? PrimingAt(
        IdentifierNameSyntax name, INamedTypeSymbol prewarm, Func<SyntaxTree, SemanticModel> semanticModels, CancellationToken cancellationToken)
    {
        if (name.Parent is not NameEqualsSyntax
            {
                Parent: AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } } argument,
            })
        {
            return null;
        }

        var semanticModel = semanticModels(name.SyntaxTree);
        var isPrewarm = semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor
            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, prewarm);
        return isPrewarm && semanticModel.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: true }
            ? new SnapStartHook(SnapStartHookKind.GeneratedPriming, attribute.GetLocation())
            : null;
    }

    private static SnapStartDeclaration? FindDeclaration(AnalyzerOptions options, ProjectSettings settings, Func<string, bool> deploys)
    {
        foreach (var file in options.AdditionalFiles.Where(f => DeploymentTemplates.IsDeploymentFile(f.Path)))
        {
            if (file.GetText() is not { } text)
            {
                continue;
            }

            // A tools-defaults file belongs to the project whose folder holds it; a template says by handler string.
            var applies = DeploymentTemplates.SnapStartSettings(file.Path, text)
                .FirstOrDefault(setting => setting.Handler is { } handler
                ? deploys(handler)
                : DeploymentTemplates.IsLambdaToolsDefaults(file.Path) && settings.IsInProjectFolder(file.Path));
            if (applies is not null)
            {
                var location = Location.Create(file.Path, applies.Span, text.Lines.GetLinePositionSpan(applies.Span));
                return new SnapStartDeclaration($"{Path.GetFileName(file.Path)} ({applies.Setting})", location);
            }
        }

        return null;
    }
}
