using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Configuration;

/// <summary>Project-wide settings read from .editorconfig / .globalconfig and MSBuild properties.</summary>
internal sealed class ColdStartOptions
{
    private static readonly char[] ListSeparators = { ',', ';' };

    public const int DefaultInvokePathDepth = 5;
    public const string InvokePathDepthKey = "coldstart.invoke_path_depth";
    public const string ClientTypesKey = "coldstart.client_types";

    private ColdStartOptions(int invokePathDepth, ImmutableHashSet<string> extraClientTypes, string? awsProjectType)
    {
        InvokePathDepth = invokePathDepth;
        ExtraClientTypes = extraClientTypes;
        AwsProjectType = awsProjectType;
    }

    /// <summary>How many calls deep the invoke and init paths follow methods of the same compilation.</summary>
    public int InvokePathDepth { get; }

    /// <summary>Fully qualified metadata names of additional client types (coldstart.client_types).</summary>
    public ImmutableHashSet<string> ExtraClientTypes { get; }

    /// <summary>The MSBuild property AWSProjectType, set to "Lambda" by the AWS project templates.</summary>
    public string? AwsProjectType { get; }

    public static ColdStartOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        // Project-wide keys may come from a .globalconfig or from the .editorconfig that covers the sources.
        var global = provider.GlobalOptions;
        var firstTree = compilation.SyntaxTrees.FirstOrDefault();
        var treeOptions = firstTree is null ? null : provider.GetOptions(firstTree);

        string? Lookup(string key)
        {
            if (global.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            return treeOptions is not null && treeOptions.TryGetValue(key, out value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        }

        var depth = int.TryParse(Lookup(InvokePathDepthKey), out var parsed) && parsed >= 0 ? Math.Min(parsed, 10) : DefaultInvokePathDepth;
        var clientTypes = (Lookup(ClientTypesKey) ?? string.Empty)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .ToImmutableHashSet(StringComparer.Ordinal);
        global.TryGetValue("build_property.AWSProjectType", out var projectType);
        return new ColdStartOptions(depth, clientTypes, projectType);
    }
}
