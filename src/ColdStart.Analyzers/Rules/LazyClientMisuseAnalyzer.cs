using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Generation;
using ColdStart.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Rules;

/// <summary>COLD601–COLD603: [LazyClient] uses the generator cannot turn into code. The generator itself stays silent.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LazyClientMisuseAnalyzer : AttributeRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.LazyClientHolderNotPartial,
        Descriptors.LazyClientNotConstructible,
        Descriptors.LazyClientDuplicateName);

    private protected override INamedTypeSymbol? AttributeOf(KnownTypes known) => known.LazyClientAttribute;

    private protected override void Register(CompilationStartAnalysisContext start, KnownTypes known, INamedTypeSymbol attribute)
    {
        start.RegisterSymbolAction(symbol => AnalyzeHolder(symbol, known), SymbolKind.NamedType);
    }

    private static void AnalyzeHolder(SymbolAnalysisContext context, KnownTypes known)
    {
        var holder = (INamedTypeSymbol)context.Symbol;
        var declarations = LazyClientDeclarations.Read(holder, known);
        if (declarations.Count == 0)
        {
            return;
        }

        if (!LazyClientDeclarations.IsPartialEverywhere(holder))
        {
            var identifier = holder.DeclaringSyntaxReferences.Select(r => r.GetSyntax(context.CancellationToken)).OfType<TypeDeclarationSyntax>()
                .FirstOrDefault()?.Identifier.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.LazyClientHolderNotPartial, identifier ?? holder.Locations[0], holder.Name));
        }

        foreach (var declaration in declarations)
        {
            var location = declaration.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? holder.Locations[0];
            if (declaration.IsDuplicate)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.LazyClientDuplicateName, location, declaration.PropertyName, holder.Name));
            }
            else if (!declaration.IsConstructible)
            {
                context.ReportDiagnostic(
                    Diagnostic.Create(Descriptors.LazyClientNotConstructible, location, declaration.Client.Name, declaration.PropertyName, holder.Name));
            }
        }
    }
}
