namespace ColdStart.Analyzers;

/// <summary>Metadata names that both the analyzers and the generators look up.</summary>
internal static class MetadataNames
{
    public const string PrewarmAttribute = "ColdStart.PrewarmAttribute";
    public const string AfterRestoreAttribute = "ColdStart.AfterRestoreAttribute";
    public const string WarmUpAttribute = "ColdStart.WarmUpAttribute";
    public const string LazyClientAttribute = "ColdStart.LazyClientAttribute";
    public const string GenericLazyClientAttribute = "ColdStart.LazyClientAttribute`1";

    /// <summary>Amazon.Lambda.Core 2.5+ on .NET 8+: RegisterBeforeSnapshot / RegisterAfterRestore.</summary>
    public const string SnapshotRestore = "Amazon.Lambda.Core.SnapshotRestore";

    /// <summary>The Azure Functions isolated worker's <c>[Function("name")]</c>: a compilation that has it is an Azure Functions project.</summary>
    public const string AzureFunctionAttribute = "Microsoft.Azure.Functions.Worker.FunctionAttribute";

    public const string ModuleInitializerAttribute = "System.Runtime.CompilerServices.ModuleInitializerAttribute";
}
