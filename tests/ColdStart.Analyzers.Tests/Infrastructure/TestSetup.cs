using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ColdStart.Analyzers.Tests.Infrastructure;

/// <summary>Hermetic compilation settings shared by every analyzer and code-fix test.</summary>
internal static class TestSetup
{
    /// <summary>.NET reference assemblies from Basic.Reference.Assemblies (no download at test time) the real AWS SDK,
    /// Newtonsoft.Json, the dependency-injection abstractions and the Azure SDK (Azure.Core and its BinaryData, Blobs, Identity).</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Concat(new[]
        {
            typeof(Amazon.Runtime.AmazonServiceClient).Assembly,
            typeof(Amazon.S3.AmazonS3Client).Assembly,
            typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly,
            typeof(ColdStart.ColdStartHandlerAttribute).Assembly,
            typeof(Newtonsoft.Json.JsonConvert).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Azure.Core.TokenCredential).Assembly,
            typeof(System.ClientModel.ClientResult).Assembly,
            typeof(System.BinaryData).Assembly,
            typeof(Azure.Storage.Blobs.BlobServiceClient).Assembly,
            typeof(Azure.Storage.StorageSharedKeyCredential).Assembly,
            typeof(Azure.Identity.DefaultAzureCredential).Assembly,
            typeof(Microsoft.Identity.Client.ConfidentialClientApplicationBuilder).Assembly,
            typeof(Amazon.Extensions.NETCore.Setup.AWSOptions).Assembly,
        }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)))
        .ToImmutableArray();

    public static void Configure(SolutionState state)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(References);
    }

    /// <summary>Adds the stubs after the test's own sources, so those keep the names /0/Test0.cs, /0/Test1.cs, ...</summary>
    public static void AddStubs(SolutionState state, IEnumerable<string> stubs)
    {
        var index = 0;
        foreach (var stub in stubs)
        {
            state.Sources.Add(($"/0/Stub{index++}.cs", stub));
        }
    }
}
