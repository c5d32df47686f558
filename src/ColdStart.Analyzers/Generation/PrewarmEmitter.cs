using System.Linq;

namespace ColdStart.Analyzers.Generation;

/// <summary>Writes the Stream entry point, ping options and warm-up routine of one [Prewarm] handler.</summary>
internal static class PrewarmEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Stream = "global::System.IO.Stream";
    private const string MemoryStream = "global::System.IO.MemoryStream";

    public static string Emit(PrewarmSpec spec, EquatableArray<string> primeAllCalls)
    {
        using var writer = new SourceWriter($"[Prewarm] on {spec.TypeDisplayName}.{spec.HandlerName}", spec.NullableAnnotations);
        if (spec.HandlerIsObsolete)
        {
            // The generated entry points call the handler the user marked [Obsolete]: that warning is theirs, not this file's.
            writer.Line("#pragma warning disable CS0612, CS0618");
            writer.BlankLine();
        }

        writer.OpenType(spec.Namespace, spec.ContainingDeclarations, spec.TypeDeclaration);
        WriteMembers(writer, spec, primeAllCalls);
        writer.CloseType();
        return writer.ToString();
    }

    private static void WriteMembers(SourceWriter writer, PrewarmSpec spec, EquatableArray<string> primeAllCalls)
    {
        var name = spec.HandlerName;
        var prefix = "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1);
        var modifier = spec.IsStatic ? "static " : string.Empty;
        var annotations = spec.NullableAnnotations;
        writer.Line(GeneratedCode.Attribute);
        var pingOptions = $"{Conventions(spec.Conventions)}, {Literal(spec.ScheduleRuleName)}, {Literal(spec.CustomProperty)}, {Literal(spec.CustomValue)}";
        writer.Line(
            $"private static readonly global::ColdStart.WarmupPingOptions {prefix}PingOptions = new global::ColdStart.WarmupPingOptions({pingOptions});");
        writer.BlankLine();
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"private static readonly byte[] {prefix}PingResponse = global::System.Text.Encoding.UTF8.GetBytes(\"{{\\\"warmed\\\":true}}\");");
        writer.BlankLine();
        if (spec.SerializerType is not null)
        {
            writer.Line(GeneratedCode.Attribute);
            if (spec.SerializerIsObsolete)
            {
                // The function's own serializer, as its LambdaSerializer attribute names it; COLD202 speaks to that choice.
                writer.Line("#pragma warning disable CS0612, CS0618");
            }

            writer.Line($"private static readonly global::Amazon.Lambda.Core.ILambdaSerializer {prefix}Serializer = new {spec.SerializerType}();");
            if (spec.SerializerIsObsolete)
            {
                writer.Line("#pragma warning restore CS0612, CS0618");
            }

            writer.BlankLine();
        }

        writer.Line(GeneratedCode.Attribute);
        writer.Line($"private static {GeneratedCode.MaybeNull(Task, annotations)} {prefix}WarmUp;");
        writer.BlankLine();
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"private static bool {prefix}WarmUpStarted;");
        writer.BlankLine();
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"private static {GeneratedCode.MaybeNull("object", annotations)} {prefix}WarmUpLock;");
        writer.BlankLine();
        writer.Line("/// <summary>");
        var handlerString = $"{spec.AssemblyName}::{spec.TypeDisplayName}::{name}Prewarmed";
        writer.Line($"/// The entry point to configure instead of <see cref=\"{name}\"/> (handler string <c>{handlerString}</c>):");
        writer.Line("/// answers warm-up pings without calling the handler, and passes every other payload to it unchanged.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
        writer.Open(
            $"public {GeneratedCode.NewModifier(spec.HidingMembers, name + "Prewarmed")}{modifier}async {Task}<{Stream}> "
            + $"{name}Prewarmed({Stream} input, global::Amazon.Lambda.Core.ILambdaContext context)");
        writer.Open($"if (global::ColdStart.WarmupPing.IsPing(input, {prefix}PingOptions))");
        writer.Line($"await {WarmUpOnce(prefix, name + "WarmUpAsync", annotations)}.ConfigureAwait(false);");
        writer.Line($"context.Logger.LogLine(\"ColdStart: warm-up ping answered by {spec.TypeDisplayName}.{name}\");");
        writer.Line($"return new {MemoryStream}({prefix}PingResponse, writable: false);");
        writer.Close();
        writer.BlankLine();

        var arguments = string.Join(", ", new[] { spec.InputType is null ? null : "request", spec.HasContext ? "context" : null }.Where(a => a is not null));
        if (spec.InputType is not null)
        {
            writer.Line(spec.InputIsJson ? $"var request = {prefix}Serializer.Deserialize<{spec.InputType}>(input);" : "var request = input;");
        }

        var call = $"{name}({arguments})";
        switch (spec.ReturnKind)
        {
            case PrewarmReturnKind.Void:
                writer.Line($"{call};");
                writer.Line($"return new {MemoryStream}();");
                break;
            case PrewarmReturnKind.Task:
            case PrewarmReturnKind.ValueTask:
                writer.Line($"await {call}.ConfigureAwait(false);");
                writer.Line($"return new {MemoryStream}();");
                break;
            default:
                var await = spec.ReturnKind == PrewarmReturnKind.Value ? string.Empty : "await ";
                var configure = spec.ReturnKind == PrewarmReturnKind.Value ? string.Empty : ".ConfigureAwait(false)";
                writer.Line($"var response = {await}{call}{configure};");
                if (spec.OutputIsJson)
                {
                    writer.Line($"var output = new {MemoryStream}();");
                    writer.Line($"{prefix}Serializer.Serialize(response, output);");
                    writer.Line("output.Position = 0;");
                    writer.Line("return output;");
                }
                else
                {
                    writer.Line("return response;");
                }

                break;
        }

        writer.Close();
        writer.BlankLine();
        writer.Line("/// <summary>The warm-up work of the first ping: [WarmUp] methods, then every lazy client holder's PrimeAll().</summary>");
        var awaits = spec.WarmUps.Any(w => w.Kind != PrewarmReturnKind.Void);
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
        writer.Open($"private {modifier}{(awaits ? "async " : string.Empty)}{Task} {name}WarmUpAsync()");
        foreach (var warmUp in spec.WarmUps)
        {
            writer.Line(warmUp.Kind == PrewarmReturnKind.Void ? $"{warmUp.Name}();" : $"await {warmUp.Name}().ConfigureAwait(false);");
        }

        foreach (var primeAll in primeAllCalls)
        {
            writer.Line($"{primeAll};");
        }

        if (!awaits)
        {
            writer.Line($"return {Task}.CompletedTask;");
        }

        writer.Close();
        if (spec.SnapStart)
        {
            WriteSnapStartHooks(writer, spec, prefix);
        }
    }

    /// <summary>
    /// [Prewarm(SnapStart = true)]: a module initializer that, only when the function initialises for a snapshot,
    /// registers a priming hook and (with [AfterRestore] methods) an after-restore hook.
    /// </summary>
    private static void WriteSnapStartHooks(SourceWriter writer, PrewarmSpec spec, string prefix)
    {
        var name = spec.HandlerName;
        var annotations = spec.NullableAnnotations;
        var hasAfterRestore = spec.AfterRestores.Count > 0;
        writer.BlankLine();
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"private static readonly byte[] {prefix}PrimingPing = global::System.Text.Encoding.UTF8.GetBytes(\"{{\\\"prewarm\\\":true}}\");");
        if (spec.SerializerType is not null)
        {
            writer.BlankLine();
            writer.Line(GeneratedCode.Attribute);
            writer.Line($"private static readonly byte[] {prefix}PrimingObject = global::System.Text.Encoding.UTF8.GetBytes(\"{{}}\");");
        }

        writer.BlankLine();
        writer.Line(
            "/// <summary>Registers the SnapStart hooks, only while the function initialises for a snapshot "
            + "(AWS_LAMBDA_INITIALIZATION_TYPE=snap-start).</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
        writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.Open($"internal {GeneratedCode.NewModifier(spec.HidingMembers, name + "RegisterSnapStartHooks")}static void {name}RegisterSnapStartHooks()");
        writer.Open(
            "if (!string.Equals(global::System.Environment.GetEnvironmentVariable(\"AWS_LAMBDA_INITIALIZATION_TYPE\"), "
            + "\"snap-start\", global::System.StringComparison.Ordinal))");
        writer.Line("return;");
        writer.Close();
        writer.BlankLine();
        writer.Line($"global::Amazon.Lambda.Core.SnapshotRestore.RegisterBeforeSnapshot({name}BeforeSnapshotAsync);");
        if (hasAfterRestore)
        {
            writer.Line($"global::Amazon.Lambda.Core.SnapshotRestore.RegisterAfterRestore({name}AfterRestoreAsync);");
        }

        writer.Close();
        writer.BlankLine();
        writer.Line("/// <summary>");
        writer.Line("/// Priming before the snapshot: the ping detector, the warm-up work of the first ping (which a later ping does not repeat)");
        writer.Line("/// and a round trip of the handler's types through the function's serializer. The handler itself is not called.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
        writer.Open($"private static async global::System.Threading.Tasks.ValueTask {name}BeforeSnapshotAsync()");
        writer.Open($"using (var ping = new {MemoryStream}({prefix}PrimingPing, writable: false))");
        writer.Line($"global::ColdStart.WarmupPing.IsPing(ping, {prefix}PingOptions);");
        writer.Close();
        writer.BlankLine();
        var warmUpOwner = spec.PrimingInstanceType is { } instanceType ? $"new {instanceType}()." : string.Empty;
        writer.Line($"await {WarmUpOnce(prefix, warmUpOwner + name + "WarmUpAsync", annotations)}.ConfigureAwait(false);");
        if (spec.InputIsJson)
        {
            writer.Line($"{name}PrimeSerializer<{spec.InputType}>();");
        }

        if (spec.OutputIsJson)
        {
            writer.Line($"{name}PrimeSerializer<{spec.OutputType}>();");
        }

        writer.Close();
        if (spec.SerializerType is not null)
        {
            writer.BlankLine();
            writer.Line("/// <summary>Reads <typeparamref name=\"T\"/> from <c>{}</c> and writes it back through the function's serializer.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
            writer.Open($"private static void {name}PrimeSerializer<T>()");
            writer.Open("try");
            writer.Line($"using var empty = new {MemoryStream}({prefix}PrimingObject, writable: false);");
            writer.Line($"var value = {prefix}Serializer.Deserialize<T>(empty);");
            writer.Line($"using var output = new {MemoryStream}();");
            writer.Line($"{prefix}Serializer.Serialize(value, output);");
            writer.Close();
            writer.Open("catch (global::System.Exception)");
            writer.Line("// A type that cannot be read from {} is primed by its first invocation instead; priming never fails the snapshot.");
            writer.Close();
            writer.Close();
        }

        if (!hasAfterRestore)
        {
            return;
        }

        var awaits = spec.AfterRestores.Any(a => a.Kind != PrewarmReturnKind.Void);
        writer.BlankLine();
        writer.Line("/// <summary>After every restore: the [AfterRestore] methods, which create what must differ per execution environment.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line(GeneratedCode.ExcludeFromCodeCoverage);
        writer.Open($"private static {(awaits ? "async " : string.Empty)}global::System.Threading.Tasks.ValueTask {name}AfterRestoreAsync()");
        foreach (var afterRestore in spec.AfterRestores)
        {
            writer.Line(afterRestore.Kind == PrewarmReturnKind.Void ? $"{afterRestore.Name}();" : $"await {afterRestore.Name}().ConfigureAwait(false);");
        }

        if (!awaits)
        {
            writer.Line("return default;");
        }

        writer.Close();
    }



    private static string Conventions(int value)
    {
        const string type = "global::ColdStart.WarmupConventions.";
        if (value == PrewarmDeclarations.AllConventions)
        {
            return type + "All";
        }

        var names = new[] { (1, "Prewarm"), (2, "ServerlessPluginWarmup"), (4, "LambdaWarmer"), (8, "EventBridgeSchedule") }
            .Where(flag => (value & flag.Item1) != 0)
            .Select(flag => type + flag.Item2)
            .ToList();
        return names.Count == 0 ? type + "None" : string.Join(" | ", names);
    }

    private static string Literal(string? value)
    {
        return value is null ? "null" : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    /// <summary>The warm-up task, started by the first caller only: a ping, or the SnapStart priming hook.</summary>
    private static string WarmUpOnce(string prefix, string warmUp, bool annotations)
    {
        var state = $"ref {prefix}WarmUp, ref {prefix}WarmUpStarted, ref {prefix}WarmUpLock";
        return $"global::System.Threading.LazyInitializer.EnsureInitialized({state}, {warmUp}){(annotations ? "!" : string.Empty)}";
    }
}
