using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Rules;

/// <summary>The central catalogue of diagnostic descriptors (ids in RuleIds, pages in docs/rules/).</summary>
internal static class Descriptors
{
    public const string Category = "ColdStart";
    public const string HelpLinkBase = "https://github.com/coldstart-analyzers/ColdStart.Analyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor ExpensiveInitialisation = Create(
        RuleIds.ExpensiveInitialisation,
        "Expensive work during initialisation",
        "'{0}' performs {1} while '{2}' initialises; it is paid on every cold start, even by invocations that never " +
        "need it — defer it with Lazy<T> or move it out of start-up",
        DiagnosticSeverity.Warning,
        "File reads, network calls, database schema creation and migrations, and sleeps anywhere on a handler's init " +
        "path (static or instance constructors, startup classes, code before the bootstrap or host starts), and DI " +
        "container, host or telemetry pipeline builds, services resolved from a container that builds clients for them, " +
        "and compiled regular expressions in static initialisation, run on every cold start " +
        "even when the invocation never needs them; in static initialisation an exception also turns into a " +
        "TypeInitializationException on every later invocation.");

    public static readonly DiagnosticDescriptor BlockingDuringInitialisation = Create(
        RuleIds.BlockingDuringInitialisation,
        "Blocking on asynchronous work during initialisation",
        "'{0}' blocks a thread on asynchronous work{2} while '{1}' initialises; await it inside the handler or create it lazily",
        DiagnosticSeverity.Warning,
        "Blocking on a task (.Result, .Wait(), .GetAwaiter().GetResult()) on the init path stalls the cold start for " +
        "the full duration of the asynchronous work and risks thread-pool starvation.");

    public static readonly DiagnosticDescriptor ReflectionScanningDuringInitialisation = Create(
        RuleIds.ReflectionScanningDuringInitialisation,
        "Reflection scanning during initialisation",
        "'{0}' discovers or creates types by reflection{2} while '{1}' initialises; register the types explicitly or use a source generator",
        DiagnosticSeverity.Warning,
        "Enumerating assembly types, loading assemblies and creating instances from Type objects on the init path loads " +
        "and JITs metadata the function may never need, and breaks under trimming and Native AOT.");

    public static readonly DiagnosticDescriptor ConfigurationFileWatched = Create(
        RuleIds.ConfigurationFileWatched,
        "Configuration file watched at start-up",
        "'{0}' watches '{1}' for changes (reloadOnChange: true); the files of {2} never change, so the file " +
        "watcher only costs start-up — pass reloadOnChange: false",
        DiagnosticSeverity.Warning,
        "reloadOnChange: true starts a FileSystemWatcher (and its polling or inotify set-up) when the configuration is " +
        "built. A Lambda function's deployment package, and an Azure function app run from its package, are read-only " +
        "and never change while the instance lives, so the watcher is pure start-up cost.");

    public static readonly DiagnosticDescriptor ReflectionJsonSerialisation = Create(
        RuleIds.ReflectionJsonSerialisation,
        "Reflection-based JSON serialisation",
        "'{0}' serialises '{1}' with reflection, which slows the cold start and fails under Native AOT; {2}",
        DiagnosticSeverity.Warning,
        "Reflection-based serialisation builds its metadata at run time on first use, which a source-generated context " +
        "does at compile time, and it fails under Native AOT. The rule's page gives the measured cost.");

    public static readonly DiagnosticDescriptor ReflectionLambdaSerializer = Create(
        RuleIds.ReflectionLambdaSerializer,
        "Lambda serializer uses reflection",
        "'{0}' serialises Lambda events and responses with reflection; use " +
        "SourceGeneratorLambdaJsonSerializer<TContext> with a JsonSerializerContext that registers every handler type",
        DiagnosticSeverity.Warning,
        "The Lambda runtime deserialises every event and serialises every response through the chosen " +
        "ILambdaSerializer. The reflection-based serializers build their metadata on the first invocation and do not " +
        "work under Native AOT.");

    public static readonly DiagnosticDescriptor HandlerTypeMissingFromJsonContext = Create(
        RuleIds.HandlerTypeMissingFromJsonContext,
        "Handler type missing from the JSON context",
        "'{0}', the {1} type of handler '{2}', is not registered on '{3}'; add [JsonSerializable(typeof({0}))] or the " +
        "first invocation fails with 'No JsonTypeInfo registered'",
        DiagnosticSeverity.Warning,
        "SourceGeneratorLambdaJsonSerializer<TContext> can only (de)serialise types its context has metadata for. A " +
        "missing type compiles but fails at invocation time.");

    public static readonly DiagnosticDescriptor ReflectionWorkerSerializer = Create(
        RuleIds.ReflectionWorkerSerializer,
        "Functions worker serializer uses reflection",
        "WorkerOptions.Serializer is a JsonObjectSerializer {0}, so the Azure Functions worker builds reflection metadata for " +
        "function inputs and outputs during the first invocations; set its TypeInfoResolver to a JsonSerializerContext " +
        "that registers them",
        DiagnosticSeverity.Warning,
        "The Azure Functions isolated worker converts trigger and binding payloads and JSON responses through " +
        "WorkerOptions.Serializer. A JsonObjectSerializer without a source-generated resolver builds its metadata by " +
        "reflection on first use, inside the first invocations, and fails under Native AOT.");

    public static readonly DiagnosticDescriptor NewtonsoftDocumentParsed = Create(
        RuleIds.NewtonsoftDocumentParsed,
        "JSON parsed with Newtonsoft.Json's document model",
        "{0} parses JSON with Newtonsoft.Json, which the first call loads and, without ReadyToRun, JIT-compiles on the " +
        "cold start's path; {1}",
        DiagnosticSeverity.Warning,
        "Newtonsoft.Json is an assembly of the function's own package: its first use loads it and compiles its reader and " +
        "document model. System.Text.Json's JsonNode and JsonDocument are part of the shared framework, which ships " +
        "precompiled. The rule's page gives the measured cost.");

    public static readonly DiagnosticDescriptor ClientCreatedPerInvocation = Create(
        RuleIds.ClientCreatedPerInvocation,
        "Client created on every invocation",
        "A new {0} is created {1}; {2}",
        DiagnosticSeverity.Warning,
        "Service clients are expensive to construct (configuration, credentials, HTTP handlers, TLS). Creating one per " +
        "invocation repeats that cost on every request and defeats connection reuse.");

    public static readonly DiagnosticDescriptor ClientCreatedEagerly = Create(
        RuleIds.ClientCreatedEagerly,
        "Client created eagerly for paths that may not use it",
        "{0} is created during the initialisation of '{1}' and stored in '{2}', but '{3}' does not use it on every " +
        "path; create it lazily so cold starts that never need it do not pay for it",
        DiagnosticSeverity.Info,
        "The first client of a kind costs tens of milliseconds to construct on a cold start. When some handlers or " +
        "paths never use it, a lazy holder moves that cost to the invocations that do.");

    public static readonly DiagnosticDescriptor DynamoDbContextFetchesTableMetadata = Create(
        RuleIds.DynamoDbContextFetchesTableMetadata,
        "DynamoDBContext fetches table metadata on first use",
        "This DynamoDBContext fetches table metadata with a DescribeTable call on its first operation; set " +
        "DisableFetchingTableMetadata = true in its DynamoDBContextConfig (or in the builder's ConfigureContext) and " +
        "describe the table with attributes",
        DiagnosticSeverity.Warning,
        "By default DynamoDBContext calls DescribeTable the first time it touches a table, a network round trip inside " +
        "the first invocation.");

    public static readonly DiagnosticDescriptor ReadyToRunOff = Create(
        RuleIds.ReadyToRunOff,
        "ReadyToRun is off",
        "Project '{0}' is published without ReadyToRun, so every cold start JIT-compiles the function; {1}",
        DiagnosticSeverity.Warning,
        "ReadyToRun precompiles the function's assemblies so a cold start runs machine code instead of JIT-compiling " +
        "it. The rule's page gives the measured difference.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SelfContainedWithoutTrimming = Create(
        RuleIds.SelfContainedWithoutTrimming,
        "Self-contained publish without trimming",
        "Project '{0}' publishes self-contained without trimming; add <PublishTrimmed>true</PublishTrimmed> so Lambda " +
        "downloads and loads a smaller package",
        DiagnosticSeverity.Info,
        "A self-contained function carries the whole runtime. Trimming removes what the function never uses, shrinking " +
        "the package Lambda must download and map at every cold start.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor CultureDataLoaded = Create(
        RuleIds.CultureDataLoaded,
        "Culture data loaded at start-up",
        "Project '{0}' loads ICU culture data at start-up, and its code asks for no named culture or region; unless a " +
        "library it uses formats or compares by culture, add <InvariantGlobalization>true</InvariantGlobalization> to " +
        "its project file",
        DiagnosticSeverity.Info,
        "Without invariant globalization the runtime loads the ICU libraries and their data when it starts. Functions " +
        "that format and compare with the invariant culture do not need them.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MemoryStarvesCpu = Create(
        RuleIds.MemoryStarvesCpu,
        "Memory setting starves the CPU",
        "{0} gives the function {1} MB; Lambda allocates CPU in proportion to memory, so initialisation runs on a " +
        "fraction of a vCPU — use at least 512 MB",
        DiagnosticSeverity.Info,
        "Lambda allocates CPU power in proportion to the configured memory (a full vCPU at 1,769 MB). Below 512 MB the " +
        "JIT and the function's initialisation run on a small CPU share and the cold start stretches accordingly.");

    public static readonly DiagnosticDescriptor TieredCompilationOff = Create(
        RuleIds.TieredCompilationOff,
        "Tiered compilation switched off",
        "Project '{0}' sets {1} to false, which makes start-up JIT fully optimised code and lengthens every cold start; remove the setting",
        DiagnosticSeverity.Warning,
        "Tiered compilation starts methods with quick, unoptimised code and optimises hot ones later. Switching it (or " +
        "quick JIT) off makes every method pay full optimisation before it first runs.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SdkInFunctionImage = Create(
        RuleIds.SdkInFunctionImage,
        "The .NET SDK ships in the function image",
        "The final stage of {0} is based on the .NET SDK image '{1}', so the SDK, the sources and the build output ship " +
        "in the function image that Lambda must fetch and start; publish in a build stage and copy the output into a stage " +
        "FROM public.ecr.aws/lambda/dotnet",
        DiagnosticSeverity.Warning,
        "An SDK image carries the compilers, MSBuild and NuGet, hundreds of megabytes the function never runs, on a base " +
        "that is not the Lambda base image. A larger image takes longer to become active and to start; AWS recommends " +
        "multi-stage builds that leave only the published function in the final image.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor BuildInFinalImageStage = Create(
        RuleIds.BuildInFinalImageStage,
        "The function image builds the project in its final stage",
        "{0} runs '{1}' in the stage that becomes the function image, so the SDK's output, the NuGet cache and the " +
        "intermediate files stay in the image; build and publish in a separate stage and COPY --from it the published output only",
        DiagnosticSeverity.Warning,
        "Without a multi-stage build, everything the build downloads and writes stays in the function image. Lambda " +
        "fetches a larger image before the first start of each new version and on cache misses.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NotLambdaBaseImage = Create(
        RuleIds.NotLambdaBaseImage,
        "The function image is not based on an AWS Lambda base image",
        "The final stage of {0} is based on '{1}', which is not an AWS Lambda base image for .NET, and nothing adds the " +
        "runtime interface client; the image will not start as a function, or starts uncached — base it on " +
        "public.ecr.aws/lambda/dotnet (or add Amazon.Lambda.RuntimeSupport as the entry point)",
        DiagnosticSeverity.Warning,
        "The AWS Lambda base images for .NET hold the .NET runtime and the runtime interface client, and Lambda caches " +
        "them. Another base image needs the runtime interface client (Amazon.Lambda.RuntimeSupport) to talk to Lambda, " +
        "and its layers are fetched, not cached, on cold starts.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AzureReadyToRunOff = Create(
        RuleIds.AzureReadyToRunOff,
        "Function app published without ReadyToRun",
        "Azure Functions project '{0}' is published without ReadyToRun, so every cold start of the function app JIT-compiles it; {1}",
        DiagnosticSeverity.Warning,
        "Microsoft's isolated-worker guide lists ReadyToRun among the cold-start optimisations: the app's assemblies are " +
        "precompiled for the runtime identifier of the function app (linux-x64, win-x64), so a new instance runs machine " +
        "code instead of JIT-compiling it.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor WorkerSourceGenerationOff = Create(
        RuleIds.WorkerSourceGenerationOff,
        "Functions worker source generation switched off",
        "Azure Functions project '{0}' sets {1} to false, so {2}; remove the setting (the Worker SDK turns it on by default)",
        DiagnosticSeverity.Warning,
        "The Worker SDK generates, at build time, the code that invokes functions (the optimized executor) and the " +
        "function metadata the worker reports at start-up. Switched off, the worker falls back to reflection and to " +
        "reading functions.metadata when an instance starts.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor WorkerDependenciesOutdated = Create(
        RuleIds.WorkerDependenciesOutdated,
        "Function app misses the worker's start-up requirements",
        "Azure Functions project '{0}' {1}, which Microsoft's isolated-worker guide lists as the minimum for its cold-start optimisations; {2}",
        DiagnosticSeverity.Info,
        "Microsoft's performance guidance for the isolated worker asks for Microsoft.Azure.Functions.Worker 1.19.0 or later, " +
        "Worker.Sdk 1.16.4 or later and a framework reference to Microsoft.AspNetCore.App (unless the app targets .NET " +
        "Framework) before the platform's start-up optimisations such as placeholders apply.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UniqueValueCapturedDuringInit = Create(
        RuleIds.UniqueValueCapturedDuringInit,
        "Unique value captured during initialisation (SnapStart)",
        "'{0}' is produced during initialisation and kept in {1}; under SnapStart every execution environment restored " +
        "from the snapshot shares it — produce it after restore, in the handler or an after-restore hook",
        DiagnosticSeverity.Warning,
        "Lambda SnapStart runs the init phase once, snapshots the environment and resumes every new environment from " +
        "that snapshot. Identifiers, random generators and their seeds, and timestamps produced during init and kept " +
        "for later are therefore the same in every environment and as old as the snapshot.");

    public static readonly DiagnosticDescriptor SnapStartWithoutPriming = Create(
        RuleIds.SnapStartWithoutPriming,
        "SnapStart without priming",
        "SnapStart is on ({0}) but no before-snapshot hook primes the function, so every restored environment still " +
        "JIT-compiles the handler, the serializer and the SDK clients on its first invocation; add [Prewarm(SnapStart = " +
        "true)] to the handler or register a hook with SnapshotRestore.RegisterBeforeSnapshot",
        DiagnosticSeverity.Info,
        "Code that runs for the first time after restore is compiled after restore. AWS recommends priming: running the " +
        "function's code paths in a before-snapshot hook so that the snapshot already holds the compiled code.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConnectionEstablishedDuringInit = Create(
        RuleIds.ConnectionEstablishedDuringInit,
        "Connection or credentials established during initialisation (SnapStart)",
        "'{0}' {1} during initialisation; an environment restored from the SnapStart snapshot inherits it in whatever " +
        "state it is in by then — {2}",
        DiagnosticSeverity.Info,
        "A snapshot can be restored minutes or days after it was taken. Connections opened during init may have been " +
        "closed by the server, and credentials resolved during init may have expired; the AWS SDK's own clients " +
        "re-establish both, explicit connections and resolved credentials do not.");

    public static readonly DiagnosticDescriptor LazyClientHolderNotPartial = Create(
        RuleIds.LazyClientHolderNotPartial,
        "[LazyClient] holder must be partial",
        "'{0}' has [LazyClient] attributes but is not partial (nor are all the types it is nested in); add 'partial' so " +
        "the generator can add the client properties",
        DiagnosticSeverity.Error,
        "The lazy client generator adds members to the holder class, which requires the class and every type containing " +
        "it to be declared partial.");

    public static readonly DiagnosticDescriptor LazyClientNotConstructible = Create(
        RuleIds.LazyClientNotConstructible,
        "Lazy client cannot be constructed",
        "'{0}' has no public parameterless constructor; declare 'private static partial {0} Create{1}()' (or a static " +
        "Create{1}() method) on '{2}' to build it",
        DiagnosticSeverity.Error,
        "The generated property creates the client with its public parameterless constructor unless the holder declares " +
        "a Create{Name}() factory.");

    public static readonly DiagnosticDescriptor LazyClientDuplicateName = Create(
        RuleIds.LazyClientDuplicateName,
        "Duplicate lazy client property",
        "'{1}' already has a lazy client named '{0}'; give this one another Name",
        DiagnosticSeverity.Error,
        "Each [LazyClient] attribute of a holder becomes a property; two with the same name would collide.");

    public static readonly DiagnosticDescriptor PrewarmUnsupported = Create(
        RuleIds.PrewarmUnsupported,
        "[Prewarm] cannot be generated for this method",
        "[Prewarm] on '{0}' generates nothing: {1}",
        DiagnosticSeverity.Error,
        "The prewarm generator writes a Stream entry point around a Lambda handler; it needs a handler with a supported " +
        "signature, a Lambda serializer for JSON payloads and the .NET 8+ ColdStart runtime library.");

    public static readonly DiagnosticDescriptor PrewarmTypeNotPartial = Create(
        RuleIds.PrewarmTypeNotPartial,
        "[Prewarm] handler type must be partial",
        "'{0}' has a [Prewarm] handler but is not partial (nor are all the types it is nested in); add 'partial' so the " +
        "generator can add the entry point",
        DiagnosticSeverity.Error,
        "The prewarm generator adds the entry point to the handler's type, which requires it and every containing type to be partial.");

    public static readonly DiagnosticDescriptor PrewarmEntryPointNotDeployed = Create(
        RuleIds.PrewarmEntryPointNotDeployed,
        "Deployment still names the handler, not its prewarm entry point",
        "'{0}' has [Prewarm], but {1} deploys '{2}', so warm-up pings reach the handler and the warm-up never runs; deploy '{3}' instead",
        DiagnosticSeverity.Warning,
        "The prewarm generator adds a {Handler}Prewarmed entry point that answers warm-up pings; Lambda calls it only " +
        "when the deployment's handler string names it.");

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string message,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags)
    {
        return new DiagnosticDescriptor(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
    }
}
