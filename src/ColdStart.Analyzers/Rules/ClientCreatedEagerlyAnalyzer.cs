using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD302: a client, or an object of a client-owning type, built during initialisation that some handler or path does not use.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientCreatedEagerlyAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientCreatedEagerly);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (StorageOf(creation) is not { } storage)
        {
            return;
        }

        // A client, an object of a client-owning type of this project, or of a library type whose summary says its
        // constructor builds one.
        var client = facts.Clients.ClientBuiltBy(creation);
        var library = client is null ? LibraryHazards.Called(creation, facts, RuleIds.ClientCreatedPerInvocation) : null;
        if (client is null && library is null)
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        var paths = model.PathsOf(creation, CodePaths.Init | CodePaths.Invoke);
        if ((paths & CodePaths.Init) == 0 || (paths & CodePaths.Invoke) != 0
            || (client is not null && RuleSupport.IsHandlerTypeBuildingClients(model, creation.Type!, client)))
        {
            return;
        }

        // Most eagerly built clients are used on every path; checking that first leaves the init path's hand-overs,
        // which bind every method that names the client, to the few that are not.
        IEnumerable<Handler> handlers = storage is ILocalSymbol ? model.HandlersOfProgram(creation.Syntax) : model.HandlersOf(storage.ContainingType);
        var unused = handlers.FirstOrDefault(handler => !PathCoverage.UsesOnEveryPath(model, handler, storage));
        if (unused is null || model.EscapesDuringInit(storage))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedEagerly,
            creation.Syntax.GetLocation(),
            library?.Properties(),
            client is not null
                ? ClientTypeClassifier.Describe(creation.Type!, client)
                : $"'{creation.Type!.Name}' (which builds '{library!.Kind}' inside {library.Library})",
            RuleSupport.InitialisingTypeName(creation),
            storage.Name,
            unused.DisplayName));
    }

    /// <summary>The field, property or top-level local that keeps the client, when it is stored directly.</summary>
    internal static ISymbol? StorageOf(IObjectCreationOperation creation)
    {
        var parent = creation.ParentWithoutConversions();

        return parent switch
        {
            IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
            IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
            ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            _ => null,
        };
    }
}
