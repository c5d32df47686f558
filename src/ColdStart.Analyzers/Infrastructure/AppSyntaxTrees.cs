using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Infrastructure;

/// <summary>
/// The syntax trees that can hold the application's own code, for the walks that look at a whole compilation (hosting
/// calls, DI registrations, names mentioned). The trees that .NET's own source generators add (System.Text.Json's
/// serialisation metadata, logging, regular expressions, interop, options and configuration binding) are left out:
/// they never host a handler or register a client, and a JSON context for a few hundred types is a tree larger than
/// the whole project, which every walk paid for on every build. Other generators' trees stay in: Lambda Annotations and
/// our own generators write entry points and wrappers that call the user's handlers.
/// </summary>
internal static class AppSyntaxTrees
{
    // The compiler names a generated tree <base directory>/<generator assembly>/<generator type>/<hint name>.
    private static readonly HashSet<string> FrameworkGenerators = new(StringComparer.Ordinal)
    {
        "System.Text.Json.SourceGeneration",
        "System.Text.RegularExpressions.Generator",
        "Microsoft.Extensions.Logging.Generators",
        "Microsoft.Extensions.Options.SourceGeneration",
        "Microsoft.Extensions.Configuration.Binder.SourceGeneration",
        "Microsoft.Interop.LibraryImportGenerator",
        "Microsoft.Interop.ComInterfaceGenerator",
        "Microsoft.Interop.JavaScript.JSImportGenerator",
    };

    private static readonly char[] Separators = { '/', '\\' };

    public static IEnumerable<SyntaxTree> Of(Compilation compilation)
    {
        return compilation.SyntaxTrees.Where(tree => !IsWrittenByFrameworkGenerator(tree));
    }

    internal static bool IsWrittenByFrameworkGenerator(SyntaxTree tree)
    {
        var segments = tree.FilePath.Split(Separators);
        for (var i = segments.Length - 3; i >= 0; i--)
        {
            if (FrameworkGenerators.Contains(segments[i]))
            {
                return true;
            }
        }

        return false;
    }
}
