using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.RealWorld;

/// <summary>
/// Real files as they look while someone is typing: each file the corpus cites, cut off at a point, with a few
/// characters deleted there, or with the start of a construct typed there, analysed in its project. Any analyzer
/// exception (the options' exception callback receives each) is a crash the IDE would show as AD0001. The points are
/// spread evenly over the file, so a run is repeatable.
/// </summary>
internal static class IncompleteEdits
{
    /// <summary>How many characters a deletion removes: part of a token, or a token and its neighbour.</summary>
    private static readonly int[] DeletedLengths = { 1, 3, 7 };

    /// <summary>What an insertion types: the first tokens of constructs the rules look at, left unfinished.</summary>
    private static readonly string[] Typed =
    {
        "new ", ".", "(", "{", "await ", "static readonly ", "[LambdaSerializer(typeof(", "=> ", "JsonSerializer.Serialize(", "class ",
    };

    public static async Task<int> AnalyseAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions options,
        IReadOnlySet<string> citedFiles,
        int editsPerFile,
        string label,
        List<string> crashes)
    {
        var analysed = 0;
        foreach (var tree in compilation.SyntaxTrees.Where(t => citedFiles.Contains(Path.GetFullPath(t.FilePath))).ToList())
        {
            var text = tree.GetText();
            for (var edit = 0; edit < editsPerFile; edit++)
            {
                var position = (int)((long)text.Length * (edit + 1) / (editsPerFile + 1));
                var (edited, what) = (edit % 3) switch
                {
                    0 => (text.GetSubText(new TextSpan(0, position)), "cut off there"),
                    1 => (text.WithChanges(new TextChange(
                        new TextSpan(position, Math.Min(DeletedLengths[edit / 3 % DeletedLengths.Length], text.Length - position)), string.Empty)),
                        "characters deleted there"),
                    _ => (text.WithChanges(new TextChange(new TextSpan(position, 0), Typed[edit / 3 % Typed.Length])),
                        $"'{Typed[edit / 3 % Typed.Length]}' typed there"),
                };
                var where = $"{Path.GetFileName(tree.FilePath)} line {text.Lines.GetLinePosition(position).Line + 1}, {what}";
                var editedCompilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(edited));
                var withAnalyzers = editedCompilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    options,
                    (exception, analyzer, _) => crashes.Add(
                        $"{label} ({where}): {analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message} {WhereThrown(exception)}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
                await withAnalyzers.GetAnalyzerDiagnosticsAsync();
                analysed++;
            }
        }

        return analysed;
    }

    // The innermost frame of our own code, so that a crash report says where to look.
    private static string WhereThrown(Exception exception)
        => exception.StackTrace?.Split('\n').Select(frame => frame.Trim()).FirstOrDefault(frame => frame.Contains("ColdStart.", StringComparison.Ordinal))
            ?? string.Empty;
}
