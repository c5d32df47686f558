namespace ColdStart.Analyzers.Rules;

/// <summary>The one list of diagnostic ids. Ids are stable; see docs/rules/.</summary>
internal static class RuleIds
{
    public const string ExpensiveInitialisation = "COLD101";
    public const string BlockingDuringInitialisation = "COLD102";
    public const string ReflectionScanningDuringInitialisation = "COLD103";
    public const string ConfigurationFileWatched = "COLD104";
    public const string ReflectionJsonSerialisation = "COLD201";
    public const string ReflectionLambdaSerializer = "COLD202";
    public const string HandlerTypeMissingFromJsonContext = "COLD203";
    public const string ReflectionWorkerSerializer = "COLD204";
    public const string NewtonsoftDocumentParsed = "COLD205";
    public const string ClientCreatedPerInvocation = "COLD301";
    public const string ClientCreatedEagerly = "COLD302";
    public const string DynamoDbContextFetchesTableMetadata = "COLD303";
    public const string ReadyToRunOff = "COLD401";
    public const string SelfContainedWithoutTrimming = "COLD402";
    public const string CultureDataLoaded = "COLD403";
    public const string MemoryStarvesCpu = "COLD404";
    public const string TieredCompilationOff = "COLD405";
    public const string SdkInFunctionImage = "COLD406";
    public const string BuildInFinalImageStage = "COLD407";
    public const string NotLambdaBaseImage = "COLD408";
    public const string UniqueValueCapturedDuringInit = "COLD501";
    public const string SnapStartWithoutPriming = "COLD502";
    public const string ConnectionEstablishedDuringInit = "COLD503";
    public const string LazyClientHolderNotPartial = "COLD601";
    public const string LazyClientNotConstructible = "COLD602";
    public const string LazyClientDuplicateName = "COLD603";
    public const string PrewarmUnsupported = "COLD604";
    public const string PrewarmTypeNotPartial = "COLD605";
    public const string PrewarmEntryPointNotDeployed = "COLD606";
    public const string AzureReadyToRunOff = "COLD701";
    public const string WorkerSourceGenerationOff = "COLD702";
    public const string WorkerDependenciesOutdated = "COLD703";
}
