using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Handlers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules
{
    /// <summary>COLD301: a client constructed on the invoke path.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClientCreatedPerInvocationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: how the code fix should hoist the client (<see cref="HoistStatic"/> or <see cref="HoistLazy"/>).</summary>
        public const string HoistProperty = "Hoist";

        /// <summary>The client is created on every path of its handler: a plain static readonly field.</summary>
        public const string HoistStatic = "Static";

        /// <summary>Some paths do not create the client: a static Lazy&lt;T&gt; field.</summary>
        public const string HoistLazy = "Lazy";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientCreatedPerInvocation);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterInFunctions(Analyze, OperationKind.ObjectCreation);
        }

        private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!facts.Clients.IsClient(creation.Type) || IsCachedOnce(creation) || creation.SemanticModel is not { } semanticModel)
            {
                return;
            }

            var model = facts.Model(context.CancellationToken);
            if ((model.PathsOf(creation) & CodePaths.Invoke) == 0 || model.InvokingHandler(creation.Syntax, semanticModel) is not { } handler)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (CanHoist(creation))
            {
                var everyPath = handler.Body.Contains(creation.Syntax) && PathCoverage.ReachesOnEveryPath(model, handler.Body, creation.Syntax);
                properties = properties.Add(HoistProperty, everyPath ? HoistStatic : HoistLazy);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClientCreatedPerInvocation,
                creation.Syntax.GetLocation(),
                properties,
                creation.Type!.Name,
                handler.DisplayName));
        }

        // `_client ??= new X()` creates the client once and keeps it: that is already a cache.
        private static bool IsCachedOnce(IObjectCreationOperation creation)
        {
            var parent = creation.ParentWithoutConversions();

            return parent is ICoalesceAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation };
        }

        // The construction can move into a static field only when it depends on nothing of the invocation.
        private static bool CanHoist(IObjectCreationOperation creation)
        {
            return !creation.Descendants().Any(d => d is ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation { ReferenceKind: not InstanceReferenceKind.ImplicitReceiver } or IAwaitOperation);
        }
    }
}
