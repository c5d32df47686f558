using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;

namespace ColdStart.Tool.Host;

/// <summary>
/// Runs a class-library handler the way the Lambda managed runtime does: loads the function's assembly from its
/// publish folder, creates the serializer named by <c>[LambdaSerializer]</c> and the handler type (init), then
/// answers the event twice (the first and a warm invocation), then each later event once.
/// Usage: <c>host publish-dir handler-string event.json [later-event.json ...]</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 3)
        {
            await Console.Error.WriteLineAsync("usage: ColdStart.Tool.Host <publish-dir> <Assembly::Type::Method> <event.json> [later-event.json ...]");
            return 2;
        }

        try
        {
            return await RunAsync(Path.GetFullPath(args[0]), args[1], args[2], args[3..]);
        }
        catch (HostException e)
        {
            Console.Out.WriteLine(HostProtocol.Error + Kebab(e.Failure) + " " + OneLine(e.Message));
            Console.Out.Flush();
            return HostProtocol.ErrorExitCode;
        }
    }

    private static async Task<int> RunAsync(string publishDirectory, string handlerText, string eventPath, string[] laterEventPaths)
    {
        if (!HandlerString.TryParse(handlerText, out var handlerString, out var error))
        {
            throw new HostException(HostFailure.Handler, error);
        }

        // Lambda runs the function from its folder (/var/task): file reads relative to the base directory must land there.
        AppContext.SetData("APP_CONTEXT_BASE_DIRECTORY", publishDirectory + Path.DirectorySeparatorChar);
        var eventBytes = File.ReadAllBytes(eventPath);
        var assembly = LoadFunctionAssembly(publishDirectory, handlerString!.Assembly);
        var handler = LambdaHandler.Resolve(assembly, handlerString);
        handler.Initialise();
        Mark(HostProtocol.Init);

        var firstStart = Stopwatch.GetTimestamp();
        await handler.InvokeAsync(eventBytes);
        var firstMs = Stopwatch.GetElapsedTime(firstStart).TotalMilliseconds;
        Mark(HostProtocol.FirstResponse);
        if (Environment.GetEnvironmentVariable(HostProtocol.HoldVariable) == "1")
        {
            await Console.In.ReadLineAsync();
        }

        var warmStart = Stopwatch.GetTimestamp();
        await handler.InvokeAsync(eventBytes);
        var warmMs = Stopwatch.GetElapsedTime(warmStart).TotalMilliseconds;
        var laterMs = new double[laterEventPaths.Length];
        for (var i = 0; i < laterEventPaths.Length; i++)
        {
            var laterBytes = File.ReadAllBytes(laterEventPaths[i]);
            var laterStart = Stopwatch.GetTimestamp();
            await handler.InvokeAsync(laterBytes);
            laterMs[i] = Stopwatch.GetElapsedTime(laterStart).TotalMilliseconds;
        }

        using var self = Process.GetCurrentProcess();
        var peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);
        var later = string.Concat(laterMs.Select(ms => string.Format(CultureInfo.InvariantCulture, " {0:F3}", ms)));
        Mark(HostProtocol.Done + string.Format(CultureInfo.InvariantCulture, "{0:F3} {1:F3} {2:F1}", firstMs, warmMs, peakMb) + later);
        return 0;
    }

    /// <summary>
    /// Loads the function's assembly into the default context and resolves its dependencies from its .deps.json,
    /// as Lambda's runtime does with the function's deps file.
    /// </summary>
    private static Assembly LoadFunctionAssembly(string publishDirectory, string assemblyName)
    {
        var path = Path.Combine(publishDirectory, assemblyName + ".dll");
        if (!File.Exists(path))
        {
            throw new HostException(HostFailure.Handler, $"The handler's assembly '{assemblyName}' is not in {publishDirectory} (no {assemblyName}.dll).");
        }

        // Started with the function's deps.json (the tool does), the runtime resolves its dependencies itself. Without
        // one, or for what it lists nowhere, the resolver reads the publish folder; it is created only if needed.
        var resolver = new Lazy<AssemblyDependencyResolver>(() => new AssemblyDependencyResolver(path));
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var resolved = resolver.Value.ResolveAssemblyToPath(name);
            resolved ??= Path.Combine(publishDirectory, name.Name + ".dll");
            return File.Exists(resolved) ? context.LoadFromAssemblyPath(resolved) : null;
        };
        AssemblyLoadContext.Default.ResolvingUnmanagedDll += (_, name) =>
        {
            var resolved = resolver.Value.ResolveUnmanagedDllToPath(name);
            return resolved is null ? IntPtr.Zero : System.Runtime.InteropServices.NativeLibrary.Load(resolved);
        };

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException e)
        {
            throw new HostException(HostFailure.Handler, $"{path} is not a .NET assembly: {e.Message}");
        }
    }

    private static void Mark(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }

    private static string Kebab(HostFailure failure) => failure.ToString().ToLowerInvariant();

    private static string OneLine(string message) => message.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " | ", StringComparison.Ordinal);
}

/// <summary>A failure the host reports itself, with the function's own exception text in the message.</summary>
internal sealed class HostException : Exception
{
    public HostException(HostFailure failure, string message)
        : base(message)
    {
        Failure = failure;
    }

    public HostFailure Failure { get; }
}
