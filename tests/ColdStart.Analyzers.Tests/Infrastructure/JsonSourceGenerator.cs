using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>System.Text.Json's own source generator, loaded from its NuGet package.</summary>
internal static class JsonSourceGenerator
{
    private static readonly Lazy<Type> GeneratorType = new(() =>
    {
        var path = typeof(JsonSourceGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "JsonSourceGenerator").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("System.Text.Json's source generator was not restored (PackageDownload System.Text.Json 8.0.5).", path);
        }

        return Assembly.LoadFrom(path).GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
    });

    public static Type Type => GeneratorType.Value;
}
