using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ColdStart.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ColdStart.Analyzers.Tests;

/// <summary>
/// What .editorconfig states and no compiler rule checks: the line length of our C#. Raw string literals are exempt:
/// they hold test inputs with the shapes real code has, long lines included.
/// </summary>
public class SourceStyleTests
{
    private static readonly string[] OurCode = { "src", "tests", "samples", "tools" };

    [Fact]
    public void No_line_of_our_code_is_longer_than_the_editorconfig_limit()
    {
        var limit = MaxLineLength();
        var tooLong = OurCode
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path))
            .SelectMany(path => LinesOutsideRawStrings(path).Where(line => line.Text.Length > limit)
                .Select(line => $"{Path.GetRelativePath(Repository.Root, path)}:{line.Number} ({line.Text.Length} characters)"))
            .ToList();

        Assert.True(tooLong.Count == 0, $"Lines over {limit} characters:\n" + string.Join("\n", tooLong));
    }

    private static int MaxLineLength()
    {
        var setting = Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, ".editorconfig")), @"^max_line_length\s*=\s*(\d+)", RegexOptions.Multiline);
        Assert.True(setting.Success, ".editorconfig states no max_line_length");
        return int.Parse(setting.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(Repository.Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static IEnumerable<(int Number, string Text)> LinesOutsideRawStrings(string path)
    {
        var insideRawString = false;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var delimiters = Regex.Matches(line, "\"\"\"").Count;
            if (delimiters % 2 == 1)
            {
                insideRawString = !insideRawString;
                continue;
            }

            if (!insideRawString)
            {
                yield return (number, line);
            }
        }
    }
}
