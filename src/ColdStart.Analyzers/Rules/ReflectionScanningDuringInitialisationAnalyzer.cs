using System.Collections.Immutable;
using System.Linq;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD103: assembly scanning, assembly loading and Activator.CreateInstance(Type) on the init path, and calls to library
/// members whose hazard summary says they scan.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionScanningDuringInitialisationAnalyzer : FunctionRule
{
    private static readonly ImmutableHashSet<string> AssemblyScanningMethods = ImmutableHashSet.Create(
        "GetTypes", "GetExportedTypes", "GetForwardedTypes", "Load", "LoadFrom", "LoadFile", "LoadWithPartialName", "UnsafeLoadFrom");

    private static readonly ImmutableHashSet<string> AssemblyScanningProperties = ImmutableHashSet.Create("DefinedTypes", "ExportedTypes");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ReflectionScanningDuringInitialisation);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.Invalid);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var library = LibraryHazards.Called(context.Operation, facts, RuleIds.ReflectionScanningDuringInitialisation, context.CancellationToken);
        var member = library?.MemberName ?? ScanningMember(context.Operation, facts.KnownTypes);
        var model = facts.Model(context.CancellationToken);
        if (member is null
            || ((model.PathsOf(context.Operation, CodePaths.Init) & CodePaths.Init) == 0 && !IsInRegistrationCallbackAtInit(context.Operation, model)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ReflectionScanningDuringInitialisation,
            RuleSupport.CallLocation(context.Operation),
            library?.Properties(),
            member,
            RuleSupport.InitialisingTypeName(context.Operation),
            library is null ? string.Empty : $" ({LibraryHazards.Inside(library)})"));
    }

    // `services.AddMediatR(cfg => cfg.RegisterServicesFromAssembly(typeof(Handler).Assembly))` where the package that
    // declares AddMediatR is not referenced directly (it comes with another package, or is not restored): the call does not
    // bind, so whether its callback runs right away is unknown; but a scan inside a registration's callback happens while
    // the container is configured or built, at start-up either way.
    private static bool IsInRegistrationCallbackAtInit(IOperation operation, HandlerModel model)
    {
        if (operation.SemanticModel is not { } semanticModel
            || operation.Syntax.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is not
                { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax registration } } }
            || HandlerModel.InvokedName(registration) is not { } name
            || !(name.StartsWith("Add", System.StringComparison.Ordinal) || name.StartsWith("Configure", System.StringComparison.Ordinal))
            || semanticModel.GetOperation(registration) is not { } call)
        {
            return false;
        }

        return (model.PathsOf(call, CodePaths.Init) & CodePaths.Init) != 0;
    }

    /// <summary>The scanning member <paramref name="operation"/> calls or reads, or null (also what a library member's summary lists).</summary>
    internal static string? ScanningMember(IOperation operation, KnownTypes known)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation property when property.Property.ContainingType.DerivesFrom(known.Assembly)
                && AssemblyScanningProperties.Contains(property.Property.Name):
                return "Assembly." + property.Property.Name;

            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                // AppDomain.GetAssemblies() only lists what is loaded: the scan is the GetTypes() (or the registration
                // helper) it feeds, reported once there.
                if ((type.DerivesFrom(known.Assembly) && AssemblyScanningMethods.Contains(method.Name))
                    || (type.Is(known.Activator) && method.Name == "CreateInstance" && !method.IsGenericMethod
                        && method.Parameters.FirstOrDefault()?.Type.Is(known.SystemType) == true))
                {
                    return type.Name + "." + method.Name;
                }

                // Registration helpers that take assemblies (AddMediatR, AddValidatorsFromAssembly, Scan, ...) scan them,
                // and so do those that find the assembly from a marker type: AddValidatorsFromAssemblyContaining<T>(),
                // RegisterServicesFromAssemblyContaining<T>(), AddAutoMapper(typeof(Profile)) (profileAssemblyMarkerTypes).
                // The framework's own collection helpers (LINQ's SelectMany over assemblies) only pass them along.
                // AddUserSecrets(assembly) reads one attribute of the assembly it is given, it does not scan its types, and
                // neither do the framework's attribute and resource readers (assembly.GetCustomAttribute<T>(), new
                // ResourceManager(name, assembly)).
                if (IsFrameworkCollectionHelper(type) || IsFrameworkMetadataReader(type) || method.Name == "AddUserSecrets")
                {
                    return null;
                }

                // AutoMapper's DI package before version 12: AddAutoMapper() with nothing to go on scans every loaded assembly.
                if (method is { Name: "AddAutoMapper", IsExtensionMethod: true, Parameters.Length: 1 })
                {
                    return method.Name;
                }

                if (IsDiscoveringEveryAssembly(method.Name, type.ContainingNamespace) && !IsGivenDiscoveredTypes(invocation.Syntax))
                {
                    return method.Name;
                }

                if (invocation.Arguments.Any(a => IsAssemblies(a.Parameter?.Type, known) || IsAssemblyMarker(a.Parameter)) || NamesAssemblyScan(method.Name))
                {
                    return method.Name;
                }

                return null;

            // `services.AddFluentValidation(typeof(Startup).Assembly)` where the package that declares the method is not
            // restored: nothing binds, but an assembly handed to an unknown registration helper is there to be scanned, and so
            // is one its name says it scans (`AddSwaggerExamplesFromAssemblyOf<Startup>()`), and a framework's discovery that
            // reads every assembly (`AddCarter()`, `AddFastEndpoints()`).
            case IInvalidOperation { Syntax: InvocationExpressionSyntax call, SemanticModel: { } semanticModel }
                when semanticModel.GetSymbolInfo(call) is { Symbol: null, CandidateSymbols.IsEmpty: true }
                    && HandlerModel.InvokedName(call) is { } name && name != "AddUserSecrets"
                    && (call.ArgumentList.Arguments.Any(argument => IsAssemblies(semanticModel.GetTypeInfo(argument.Expression).Type, known))
                        || NamesAssemblyScan(name)
                        || (IsDiscoveringEveryAssembly(name, declaredIn: null) && !IsGivenDiscoveredTypes(call))):
                return name;

            default:
                return null;
        }
    }

    private static bool NamesAssemblyScan(string name)
        => name.IndexOf("FromAssembl", System.StringComparison.Ordinal) >= 0 || name.IndexOf("AssemblyContaining", System.StringComparison.Ordinal) >= 0;

    // Minimal-API frameworks whose registration finds the app's modules or endpoints by reading the types of every assembly
    // the app loads: Carter's AddCarter() and FastEndpoints' AddFastEndpoints(). Given where the method is declared (it
    // bound), only theirs. Asked of every call, so the name decides before the namespace is read.
    private static bool IsDiscoveringEveryAssembly(string name, INamespaceSymbol? declaredIn)
        => name switch
        {
            "AddCarter" => IsTopLevelNamespace(declaredIn, "Carter"),
            "AddFastEndpoints" => IsTopLevelNamespace(declaredIn, "FastEndpoints"),
            _ => false,
        };

    private static bool IsTopLevelNamespace(INamespaceSymbol? declaredIn, string name)
        => declaredIn is null || (declaredIn.Name == name && declaredIn.ContainingNamespace is { IsGlobalNamespace: true });

    // FastEndpoints' source generator lists the endpoints at build time: `AddFastEndpoints(o => o.SourceGeneratorDiscoveredTypes
    // .AddRange(DiscoveredTypes.All))` (or `o.Assemblies = ...` for a chosen few, which the argument check above reports).
    private static bool IsGivenDiscoveredTypes(SyntaxNode call)
        => call.DescendantNodes().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == "SourceGeneratorDiscoveredTypes");

    private static bool IsFrameworkMetadataReader(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is "System.Reflection" or "System.Resources" || (ns == "System" && type.Name == "Attribute");
    }

    private static bool IsFrameworkCollectionHelper(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is "System.Linq" or "System.Collections.Generic" or "System.Collections.Immutable" || (ns == "System" && type.Name == "Array");
    }

    private static bool IsAssemblyMarker(IParameterSymbol? parameter)
    {
        return parameter is not null && parameter.Name.IndexOf("AssemblyMarker", System.StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static bool IsAssemblies(ITypeSymbol? type, KnownTypes known)
    {
        return type switch
        {
            IArrayTypeSymbol array => array.ElementType.DerivesFrom(known.Assembly),
            INamedTypeSymbol { IsGenericType: true } generic => generic.Name == "IEnumerable" && generic.TypeArguments[0].DerivesFrom(known.Assembly),
            _ => type.DerivesFrom(known.Assembly),
        };
    }
}
