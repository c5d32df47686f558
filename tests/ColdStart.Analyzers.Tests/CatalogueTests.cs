using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ColdStart.Analyzers.Tests;

/// <summary>Every rule is documented, tracked and linked: nobody can add one and forget the rest.</summary>
public class CatalogueTests
{
    public static IEnumerable<object[]> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id });

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Descriptor_links_to_its_docs_page_which_exists(string id)
    {
        var descriptor = Descriptor(id);

        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Equal("ColdStart", descriptor.Category);
        var page = Path.Combine(Repository.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        Assert.StartsWith($"# {id} — {descriptor.Title}", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Descriptor_is_tracked_in_the_release_file_with_its_severity(string id)
    {
        var descriptor = Descriptor(id);
        var unshipped = File.ReadAllLines(Path.Combine(Repository.Root, "src", "ColdStart.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.Contains(unshipped, line => line.StartsWith($"{id} | ColdStart | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Descriptor_is_listed_in_the_readme_rule_table(string id)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        Assert.Contains($"[{id}](docs/rules/{id}.md)", readme);
    }

    [Fact]
    public void Every_analyzer_reports_only_catalogued_descriptors()
    {
        var catalogue = AllDescriptors().Select(d => (string)d[0]).ToHashSet();
        var analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

        Assert.NotEmpty(analyzers);
        Assert.All(analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains(d.Id, catalogue));
    }

    /// <summary>Ids are fixed by the design and never reused: each stays bound to its rule.</summary>
    [Theory]
    [InlineData("COLD101", nameof(Descriptors.ExpensiveInitialisation))]
    [InlineData("COLD102", nameof(Descriptors.BlockingDuringInitialisation))]
    [InlineData("COLD103", nameof(Descriptors.ReflectionScanningDuringInitialisation))]
    [InlineData("COLD104", nameof(Descriptors.ConfigurationFileWatched))]
    [InlineData("COLD201", nameof(Descriptors.ReflectionJsonSerialisation))]
    [InlineData("COLD202", nameof(Descriptors.ReflectionLambdaSerializer))]
    [InlineData("COLD203", nameof(Descriptors.HandlerTypeMissingFromJsonContext))]
    [InlineData("COLD204", nameof(Descriptors.ReflectionWorkerSerializer))]
    [InlineData("COLD205", nameof(Descriptors.NewtonsoftDocumentParsed))]
    [InlineData("COLD301", nameof(Descriptors.ClientCreatedPerInvocation))]
    [InlineData("COLD302", nameof(Descriptors.ClientCreatedEagerly))]
    [InlineData("COLD303", nameof(Descriptors.DynamoDbContextFetchesTableMetadata))]
    [InlineData("COLD401", nameof(Descriptors.ReadyToRunOff))]
    [InlineData("COLD402", nameof(Descriptors.SelfContainedWithoutTrimming))]
    [InlineData("COLD403", nameof(Descriptors.CultureDataLoaded))]
    [InlineData("COLD404", nameof(Descriptors.MemoryStarvesCpu))]
    [InlineData("COLD405", nameof(Descriptors.TieredCompilationOff))]
    [InlineData("COLD406", nameof(Descriptors.SdkInFunctionImage))]
    [InlineData("COLD407", nameof(Descriptors.BuildInFinalImageStage))]
    [InlineData("COLD408", nameof(Descriptors.NotLambdaBaseImage))]
    [InlineData("COLD501", nameof(Descriptors.UniqueValueCapturedDuringInit))]
    [InlineData("COLD502", nameof(Descriptors.SnapStartWithoutPriming))]
    [InlineData("COLD503", nameof(Descriptors.ConnectionEstablishedDuringInit))]
    [InlineData("COLD601", nameof(Descriptors.LazyClientHolderNotPartial))]
    [InlineData("COLD602", nameof(Descriptors.LazyClientNotConstructible))]
    [InlineData("COLD603", nameof(Descriptors.LazyClientDuplicateName))]
    [InlineData("COLD604", nameof(Descriptors.PrewarmUnsupported))]
    [InlineData("COLD605", nameof(Descriptors.PrewarmTypeNotPartial))]
    [InlineData("COLD606", nameof(Descriptors.PrewarmEntryPointNotDeployed))]
    [InlineData("COLD701", nameof(Descriptors.AzureReadyToRunOff))]
    [InlineData("COLD702", nameof(Descriptors.WorkerSourceGenerationOff))]
    [InlineData("COLD703", nameof(Descriptors.WorkerDependenciesOutdated))]
    public void Each_id_stays_bound_to_its_rule(string id, string descriptorName)
    {
        var descriptor = (DiagnosticDescriptor)typeof(Descriptors).GetField(descriptorName)!.GetValue(null)!;

        Assert.Equal(id, descriptor.Id);
    }

    [Fact]
    public void Every_catalogued_descriptor_has_a_fixed_id_test()
    {
        var bound = typeof(CatalogueTests).GetMethod(nameof(Each_id_stays_bound_to_its_rule))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .ToHashSet();

        Assert.Equal(AllDescriptors().Select(d => (string)d[0]).OrderBy(id => id), bound.OrderBy(id => id));
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .Single(d => d.Id == id);
}
