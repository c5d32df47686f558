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
/// COLD302: a client, or an object of a client-owning type, built during initialisation that some handler or path does not
/// use; also a client that the DI container builds to construct a Lambda Annotations class, injected through its
/// constructor, that one of the class's functions does not use.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientCreatedEagerlyAnalyzer : FunctionRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientCreatedEagerly);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.ObjectCreation);
        if (facts.KnownTypes.LambdaFunctionAttribute is not null)
        {
            start.RegisterSymbolAction(symbol => AnalyzeInjected(symbol, facts), SymbolKind.NamedType);
        }
    }

    // Lambda Annotations resolves a function class from its DI container, which builds every client the constructor asks
    // for (AddAWSService registers a factory that runs on first resolution). A function of the class that never touches
    // one pays for it all the same on a cold start.
    private static void AnalyzeInjected(SymbolAnalysisContext context, CompilationFacts facts)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        // Cheapest first: most classes have no constructor that asks for a client, and only then are attributes bound.
        if (type.TypeKind != TypeKind.Class || type.IsStatic
            || type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared).ToList() is not { Count: 1 } constructors
            || !constructors[0].Parameters.Any(p => facts.Clients.IsInjectableClient(p.Type))
            || !type.GetMembers().Any(m => m is IMethodSymbol method && method.HasAttribute(facts.KnownTypes.LambdaFunctionAttribute)))
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        var handlers = model.HandlersOf(type).Where(h => h.Kind == HandlerKind.LambdaFunctionAttribute).ToList();
        if (handlers.Count == 0)
        {
            return;
        }

        foreach (var parameter in constructors[0].Parameters)
        {
            if (!facts.Clients.IsInjectableClient(parameter.Type)
                || InjectedStorage(constructors[0], parameter, context.Compilation, facts, context.CancellationToken) is not { } storage
                || parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken).GetLocation() is not { } location)
            {
                continue;
            }

            var unused = handlers.FirstOrDefault(handler => !PathCoverage.UsesOnEveryPath(model, handler, storage));
            if (unused is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.ClientCreatedEagerly,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(ReflectionJsonSerialisationAnalyzer.NoFixProperty, InjectedNoFix),
                    $"'{parameter.Type.Name}' (built by the DI container to construct '{type.Name}')",
                    type.Name,
                    storage.Name,
                    unused.DisplayName));
            }
        }
    }

    /// <summary>Why COLD302 offers no fix for an injected client: the change is in the DI registration or the function's signature.</summary>
    internal const string InjectedNoFix =
        "the DI container builds it; inject it only into the functions that use it ([FromServices] parameter) or take Lazy<T> or IServiceProvider";

    // Where the class keeps an injected parameter: the field or property a constructor assigns it to or a primary
    // constructor's initialiser copies it into, else the primary constructor's parameter itself, which members read.
    private static ISymbol? InjectedStorage(
        IMethodSymbol constructor,
        IParameterSymbol parameter,
        Compilation compilation,
        CompilationFacts facts,
        System.Threading.CancellationToken cancellationToken)
    {
        if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not { } declaration)
        {
            return null;
        }

        if (declaration is not Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax)
        {
            return PrimaryConstructorStorage(constructor.ContainingType, parameter, facts, cancellationToken) ?? parameter;
        }

        var semanticModel = facts.GetSemanticModel(declaration.SyntaxTree);
        foreach (var assignment in declaration.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>())
        {
            if (semanticModel.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation
                {
                    Value: var value,
                    Target: IFieldReferenceOperation or IPropertyReferenceOperation,
                } simple
                && value.WithoutConversions() is IParameterReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                return simple.Target is IFieldReferenceOperation field ? field.Field : ((IPropertyReferenceOperation)simple.Target).Property;
            }
        }

        return null;
    }

    // `public class Function(IAmazonTextract textract) { private readonly IAmazonTextract _textract = textract; }`: the
    // field or property initialised from a primary constructor's parameter, which the members then read.
    private static ISymbol? PrimaryConstructorStorage(
        INamedTypeSymbol type, IParameterSymbol parameter, CompilationFacts facts, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var member in type.GetMembers().Where(m => m is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }))
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var initializer = reference.GetSyntax(cancellationToken) switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                    Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Initializer?.Value,
                    _ => null,
                };
                if (initializer is not null
                    && facts.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer, cancellationToken)?.WithoutConversions()
                        is IParameterReferenceOperation read
                    && SymbolEqualityComparer.Default.Equals(read.Parameter, parameter))
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (StorageOf(creation) is not { } storage)
        {
            AnalyzeRegisteredInstance(context, facts, creation);
            return;
        }

        // A client, an object of a client-owning type of this project, or of a library type whose summary says its
        // constructor builds one.
        var client = facts.Clients.ClientBuiltBy(creation);
        if (client is not null && ClientTypeClassifier.WorksOnlyOnFirstUse(client))
        {
            return;
        }

        var library = client is null ? LibraryHazards.Called(creation, facts, RuleIds.ClientCreatedPerInvocation, context.CancellationToken) : null;
        if (client is null && library is null)
        {
            return;
        }

        var model = facts.Model(context.CancellationToken);
        var paths = model.PathsOf(creation, CodePaths.Init | CodePaths.Invoke);
        if (!ReportedUnusedOnSomePath(context, facts, creation, storage, client, library, model, paths)
            && client is not null && (paths & CodePaths.Invoke) == 0 && IsNeverRead(storage, creation, model) && model.Handlers.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ClientCreatedEagerly,
                creation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ReflectionJsonSerialisationAnalyzer.NoFixProperty, NeverReadNoFix),
                ClientTypeClassifier.Describe(creation.Type!, client),
                RuleSupport.InitialisingTypeName(creation),
                $"{storage.Name}, which nothing reads",
                model.Handlers[0].DisplayName));
        }
    }

    // Built on the init path and stored where some handler's path that does real work does not use it. True when reported,
    // or when the storage is a local only handed to a singleton registration (judged as a registered instance).
    private static bool ReportedUnusedOnSomePath(
        OperationAnalysisContext context,
        CompilationFacts facts,
        IObjectCreationOperation creation,
        ISymbol storage,
        ITypeSymbol? client,
        LibraryHazard? library,
        HandlerModel model,
        CodePaths paths)
    {
        if ((paths & CodePaths.Init) == 0 || (paths & CodePaths.Invoke) != 0
            || (client is not null && RuleSupport.IsHandlerTypeBuildingClients(model, creation.Type!, client)))
        {
            return false;
        }

        // `var graph = new GraphServiceClient(...); services.AddSingleton(graph);`: the local is only the registered instance.
        if (client is not null && storage is ILocalSymbol local && RegistrationOfLocal(local, creation, facts.KnownTypes) is { } registration)
        {
            AnalyzeRegisteredInstance(context, facts, creation, client, registration);
            return true;
        }

        // Most eagerly built clients are used on every path; checking that first leaves the init path's hand-overs,
        // which bind every method that names the client, to the few that are not.
        IEnumerable<Handler> handlers = storage is ILocalSymbol ? model.HandlersOfProgram(creation.Syntax) : model.HandlersOf(storage.ContainingType);
        var clientOwner = client is not null && !SymbolEqualityComparer.Default.Equals(creation.Type, client) ? creation.Type as INamedTypeSymbol : null;
        var unused = handlers.FirstOrDefault(handler => !PathCoverage.UsesOnEveryPath(model, handler, storage, clientOwner));
        if (unused is null || model.EscapesDuringInit(storage))
        {
            return false;
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
        return true;
    }

    // A holder's `Blobs = new BlobServiceClient(...)` that no code of the project reads (only the assignment names it), in a type
    // that the project does build (its name is mentioned: a registration, a `new`, a parameter): every instance builds a client
    // for nothing.
    private static bool IsNeverRead(ISymbol storage, IObjectCreationOperation creation, HandlerModel model)
    {
        if (storage is not (IFieldSymbol or IPropertySymbol) || storage.ContainingType is not { } owner || model.MentionsOf(owner.Name) == 0)
        {
            return false;
        }

        var assignmentMentions = creation.ParentWithoutConversions() is ISimpleAssignmentOperation ? 1 : 0;
        return model.MentionsOf(storage.Name) == assignmentMentions;
    }

    /// <summary>Why COLD302 offers no fix for a client stored where nothing reads it.</summary>
    internal const string NeverReadNoFix = "nothing reads it, so the remedy is to delete it, which is yours to decide";

    /// <summary>Why COLD302 offers no fix for a client registered as an instance that nothing takes.</summary>
    internal const string RegisteredInstanceNoFix =
        "the host builds it before the first invocation; remove the registration, or register a factory (AddSingleton(_ => new ...)) "
        + "so that the container builds it only when something asks for it";

    // `services.AddSingleton(new QueueClient(...))` at start-up: the client is built before the first invocation, and when no
    // type of the app (a function class, a service, middleware) or of the solution's own libraries names the registered
    // service, nothing ever resolves it: every cold start pays for a client that no invocation uses.
    private static void AnalyzeRegisteredInstance(OperationAnalysisContext context, CompilationFacts facts, IObjectCreationOperation creation)
    {
        if (creation.ParentWithoutConversions() is IArgumentOperation { Parent: IInvocationOperation registration }
            && IsInstanceRegistration(registration, facts.KnownTypes)
            && facts.Clients.ClientBuiltBy(creation) is { } client
            && !ClientTypeClassifier.WorksOnlyOnFirstUse(client))
        {
            AnalyzeRegisteredInstance(context, facts, creation, client, registration);
        }
    }

    private static void AnalyzeRegisteredInstance(
        OperationAnalysisContext context, CompilationFacts facts, IObjectCreationOperation creation, ITypeSymbol client, IInvocationOperation registration)
    {
        var model = facts.Model(context.CancellationToken);
        var paths = model.PathsOf(creation, CodePaths.Init | CodePaths.Invoke);
        var service = registration.TargetMethod.TypeArguments[0];
        if ((paths & CodePaths.Init) == 0 || (paths & CodePaths.Invoke) != 0 || model.Handlers is not { Count: > 0 } handlers)
        {
            return;
        }

        // Whether nothing takes the service can only be told when no library of the solution could; which function classes
        // take it is told through the registrations, library types included, and counts what it cannot follow as taking it.
        string storage;
        Handler unused;
        if (model.MentionsOf(service.Name) <= MentionsWithin(registration.Syntax, service.Name)
            && !facts.Registrations(context.CancellationToken).IsTakenByRegisteredType(service)
            && !IsReferencedBySolutionLibrary(service, context.Compilation))
        {
            storage = $"the {service.Name} singleton, which no type of the app takes";
            unused = handlers[0];
        }
        else if (FunctionClassUsage.FunctionNotTaking(service, model, facts, context.CancellationToken) is { } function)
        {
            storage = $"the {service.Name} singleton, which the function classes of the app take only in part";
            unused = function;
        }
        else
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ClientCreatedEagerly,
            creation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReflectionJsonSerialisationAnalyzer.NoFixProperty, RegisteredInstanceNoFix),
            ClientTypeClassifier.Describe(creation.Type!, client),
            RuleSupport.InitialisingTypeName(creation),
            storage,
            unused.DisplayName));
    }

    // services.AddSingleton<T>(instance), services.AddSingleton(instance).
    private static bool IsInstanceRegistration(IInvocationOperation registration, KnownTypes known)
        => registration.TargetMethod is { TypeArguments.Length: 1, Parameters.Length: 2 } method
            && method.OriginalDefinition.Parameters[1].Type is ITypeParameterSymbol
            && ServiceRegistrations.IsSingletonRegistration(method, known);

    // The singleton registration a top-level local is handed to, when that is the local's only use.
    private static IInvocationOperation? RegistrationOfLocal(ILocalSymbol local, IObjectCreationOperation creation, KnownTypes known)
    {
        if (creation.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        // The block that declares the local (the compilation unit for top-level code) is where its uses are.
        var scope = creation.Syntax.Ancestors().First(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax);
        var uses = scope.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(n).Symbol, local))
            .ToList();
        return uses.Count == 1
            && semanticModel.GetOperation(uses[0]) is { } reference
            && reference.ParentWithoutConversions() is IArgumentOperation { Parent: IInvocationOperation registration }
            && IsInstanceRegistration(registration, known)
                ? registration
                : null;
    }

    // The registration's own mentions of the name (its `new QueueClient(...)`): any other mention in the app's code may be
    // what resolves the service (a constructor parameter, GetRequiredService<T>(), a factory).
    private static int MentionsWithin(SyntaxNode registration, string name)
    {
        return registration.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax>().Count(n => n.Identifier.ValueText == name);
    }

    // A class library of the solution (unsigned, unlike the SDK's and NuGet's packages) that references the service's assembly
    // may take the service in a constructor.
    private static bool IsReferencedBySolutionLibrary(ITypeSymbol service, Compilation compilation)
    {
        var serviceAssembly = service.ContainingAssembly?.Name;
        return compilation.SourceModule.ReferencedAssemblySymbols.Any(assembly => assembly.Identity.PublicKey.IsDefaultOrEmpty
            && assembly.Name != serviceAssembly
            && assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == serviceAssembly)));
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
