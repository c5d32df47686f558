using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>
/// The Azure Functions isolated worker's real assemblies (Worker.Core and the Http, Storage.Queues and Abstractions
/// extensions), from the package cache (PackageDownload in the test project): for checks that the stubs' shapes match.
/// </summary>
internal static class RealWorker
{
    private static readonly (string Package, string Version, string Framework, string Assembly)[] Assemblies =
    {
        ("microsoft.azure.functions.worker.core", "2.52.0", "net8.0", "Microsoft.Azure.Functions.Worker.Core.dll"),
        ("microsoft.azure.functions.worker.extensions.abstractions", "1.3.0", "netstandard2.0", "Microsoft.Azure.Functions.Worker.Extensions.Abstractions.dll"),
        ("microsoft.azure.functions.worker.extensions.http", "3.3.0", "netstandard2.0", "Microsoft.Azure.Functions.Worker.Extensions.Http.dll"),
        (
            "microsoft.azure.functions.worker.extensions.storage.queues",
            "5.5.5",
            "netstandard2.0",
            "Microsoft.Azure.Functions.Worker.Extensions.Storage.Queues.dll"),
    };

    public static ImmutableArray<MetadataReference> References { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var root = typeof(RealWorker).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        return Assemblies
            .Select(a => Path.Combine(root, a.Package, a.Version, "lib", a.Framework, a.Assembly))
            .Select(path => File.Exists(path)
                ? (MetadataReference)MetadataReference.CreateFromFile(path)
                : throw new FileNotFoundException("The worker package was not restored (PackageDownload in the test project).", path))
            .ToImmutableArray();
    }
}
