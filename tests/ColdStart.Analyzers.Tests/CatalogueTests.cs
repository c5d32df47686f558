using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
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

    private static DiagnosticDescriptor Descriptor(string id) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .Single(d => d.Id == id);
}
