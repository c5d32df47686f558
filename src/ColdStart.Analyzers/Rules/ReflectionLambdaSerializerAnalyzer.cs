using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Handlers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules
{
    /// <summary>COLD202: a reflection-based Lambda serializer chosen by [LambdaSerializer] or handed to the bootstrap.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReflectionLambdaSerializerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ReflectionLambdaSerializer);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterInFunctions((start, facts) =>
            {
                if (facts.KnownTypes.LambdaSerializerAttribute is not null)
                {
                    start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, facts), SyntaxKind.Attribute);
                }

                start.RegisterOperationAction(c => AnalyzeCreation(c, facts), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, CompilationFacts facts)
        {
            var attribute = (AttributeSyntax)context.Node;
            var known = facts.KnownTypes;
            if (attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not TypeOfExpressionSyntax typeOf
                || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type, known.LambdaSerializerAttribute))
            {
                return;
            }

            var serializer = context.SemanticModel.GetTypeInfo(typeOf.Type, context.CancellationToken).Type;
            if (!JsonSerialization.IsReflectionLambdaSerializer(serializer, known))
            {
                return;
            }

            var model = facts.Model(context.CancellationToken);
            if (!model.IsServerlessProject)
            {
                return;
            }

            // An assembly-level choice only matters for handlers that do not choose their own serializer.
            if (attribute.Parent is AttributeListSyntax { Target.Identifier.ValueText: "assembly" }
                && model.Handlers.Any(h => h.Method is not null)
                && model.Handlers.Where(h => h.Method is not null).All(h => JsonSerialization.LambdaSerializerAttribute(h.Method!.GetAttributes(), known) is not null))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, typeOf.GetLocation(), serializer!.Name));
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, CompilationFacts facts)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!JsonSerialization.IsReflectionLambdaSerializer(creation.Type, facts.KnownTypes) || !facts.Model(context.CancellationToken).IsServerlessProject)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReflectionLambdaSerializer, creation.Syntax.GetLocation(), creation.Type!.Name));
        }
    }
}
