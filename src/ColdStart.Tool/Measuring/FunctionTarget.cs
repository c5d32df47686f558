using System;
using System.IO;
using System.Linq;

namespace ColdStart.Tool.Measuring;

/// <summary>How Lambda starts the function: a class-library handler through the managed runtime, or an executable of its own.</summary>
public enum FunctionKind
{
    /// <summary>A handler string: the tool's host plays the managed runtime.</summary>
    ClassLibrary,

    /// <summary>An executable (LambdaBootstrapBuilder, top-level statements, minimal API) that talks to the Runtime API.</summary>
    Executable,

    /// <summary>An executable compiled with Native AOT: started directly, as Lambda's custom runtime starts <c>bootstrap</c>.</summary>
    NativeExecutable,

    /// <summary>
    /// A program compiled together with its function that plays the runtime itself and reports over the tool's host
    /// protocol, as the tool's host does (the samples' harness builds one per function): <c>dotnet exec</c> for a .dll,
    /// else started directly (Native AOT).
    /// </summary>
    SelfHosted,
}

/// <summary>A published function and how to start it.</summary>
public sealed record FunctionTarget(string PublishDirectory, FunctionKind Kind, string EntryPoint, HandlerString? Handler)
{
    /// <summary>What the reports call the function: the handler string, or the executable's name.</summary>
    public string Name => Handler?.ToString() ?? Path.GetFileName(EntryPoint);

    /// <summary>The self-hosting program <paramref name="name"/> in <paramref name="publishDirectory"/>: its .dll, else its native file.</summary>
    public static FunctionTarget SelfHosted(string publishDirectory, string name)
    {
        var managed = Path.Combine(publishDirectory, name + ".dll");
        var entryPoint = File.Exists(managed) ? managed : Path.Combine(publishDirectory, name);
        if (!File.Exists(entryPoint))
        {
            throw new ColdStartException($"{publishDirectory} has neither {name}.dll nor a native {name}.");
        }

        return new FunctionTarget(publishDirectory, FunctionKind.SelfHosted, entryPoint, null);
    }

    /// <summary>
    /// Finds what to start in <paramref name="publishDirectory"/>: the handler's assembly when a handler string is given,
    /// else the one executable (a <c>.runtimeconfig.json</c> with its <c>.dll</c>, or a native file with no extension).
    /// </summary>
    public static FunctionTarget Resolve(string publishDirectory, string? handlerText, string? executableName = null)
    {
        if (!Directory.Exists(publishDirectory))
        {
            throw new ColdStartException($"The publish folder {publishDirectory} does not exist.");
        }

        if (handlerText is not null)
        {
            if (!HandlerString.TryParse(handlerText, out var handler, out var error))
            {
                throw new ColdStartException(error);
            }

            var assembly = Path.Combine(publishDirectory, handler!.Assembly + ".dll");
            if (!File.Exists(assembly))
            {
                var dlls = Directory.GetFiles(publishDirectory, "*.runtimeconfig.json").Select(f => Path.GetFileName(f).Replace(".runtimeconfig.json", ""));
                throw new ColdStartException(
                    $"The handler '{handler}' names the assembly '{handler.Assembly}', but {publishDirectory} has no {handler.Assembly}.dll"
                    + (dlls.Any() ? $" (it has: {string.Join(", ", dlls)})." : "."));
            }

            return new FunctionTarget(publishDirectory, FunctionKind.ClassLibrary, assembly, handler);
        }

        var managed = Directory.GetFiles(publishDirectory, "*.runtimeconfig.json")
            .Select(f => f[..^".runtimeconfig.json".Length])
            .Where(stem => File.Exists(stem + ".dll") && (executableName is null || Path.GetFileName(stem) == executableName))
            .ToList();
        var native = Directory.GetFiles(publishDirectory)
            .Where(f => Path.GetExtension(f).Length == 0 && IsNativeExecutable(f) && Path.GetFileName(f) != "createdump")
            .Where(f => executableName is null || Path.GetFileName(f) == executableName)
            .Where(f => !managed.Contains(f))
            .ToList();

        if (native.Count == 1 && managed.Count == 0)
        {
            return new FunctionTarget(publishDirectory, FunctionKind.NativeExecutable, native[0], null);
        }

        if (managed.Count == 1)
        {
            return new FunctionTarget(publishDirectory, FunctionKind.Executable, managed[0] + ".dll", null);
        }

        throw new ColdStartException(managed.Count + native.Count == 0
            ? $"{publishDirectory} holds no executable function; for a class-library function pass --handler Assembly::Namespace.Type::Method."
            : $"{publishDirectory} holds several executables ({string.Join(", ", managed.Concat(native).Select(Path.GetFileName))}); "
              + "name one with --executable, or pass --handler for a class-library function.");
    }

    private static bool IsNativeExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            return false;
        }

        // ELF magic: a script or other executable file is not a function.
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic[0] == 0x7F && magic[1] == (byte)'E' && magic[2] == (byte)'L' && magic[3] == (byte)'F';
    }
}
