using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// Fix All for fixes that edit more than the flagged line (a shared holder class, a JSON context, a new file):
/// applies the single fix to each diagnostic in turn, each on the solution the previous one produced, so every
/// fix sees what the others added. The flagged nodes are annotated up front and found again after each edit.
/// </summary>
internal sealed class SequentialFixAllProvider : FixAllProvider
{
    private readonly string _title;
    private readonly Func<Document, SyntaxNode, Diagnostic, string, CancellationToken, Task<Solution?>> _fix;

    /// <param name="title">The title of the Fix All action.</param>
    /// <param name="fix">
    /// The single fix: the document, the flagged node in its current form, the diagnostic and the equivalence key
    /// of the chosen action. Returns null when the node can no longer be fixed.
    /// </param>
    public SequentialFixAllProvider(string title, Func<Document, SyntaxNode, Diagnostic, string, CancellationToken, Task<Solution?>> fix)
    {
        _title = title;
        _fix = fix;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
    {
        return new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };
    }

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        if (key is null)
        {
            return null;
        }

        var documents = fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
            _ => fixAllContext.Project.Documents,
        };
        var work = new List<(Document Document, Diagnostic Diagnostic)>();
        foreach (var document in documents)
        {
            foreach (var diagnostic in await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false))
            {
                work.Add((document, diagnostic));
            }
        }

        return work.Count == 0 ? null : CodeAction.Create(_title, ct => FixAllAsync(fixAllContext.Solution, work, key, ct), equivalenceKey: key);
    }

    private async Task<Solution> FixAllAsync(
        Solution solution, IReadOnlyList<(Document Document, Diagnostic Diagnostic)> work, string key, CancellationToken cancellationToken)
    {
        var marked = new List<(DocumentId Document, SyntaxAnnotation Mark, Diagnostic Diagnostic)>();
        foreach (var group in work.GroupBy(w => w.Document.Id))
        {
            var root = await solution.GetDocument(group.Key)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var (_, diagnostic) in group.OrderBy(w => w.Diagnostic.Location.SourceSpan.Start))
            {
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (!marks.ContainsKey(node))
                {
                    marks[node] = new SyntaxAnnotation();
                    marked.Add((group.Key, marks[node], diagnostic));
                }
            }

            solution = solution.WithDocumentSyntaxRoot(
                group.Key, root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
        }

        foreach (var (documentId, mark, diagnostic) in marked)
        {
            var document = solution.GetDocument(documentId);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var node = root?.GetAnnotatedNodes(mark).FirstOrDefault();
            if (node is not null && await _fix(document!, node, diagnostic, key, cancellationToken).ConfigureAwait(false) is { } fixedSolution)
            {
                solution = fixedSolution;
            }
        }

        return solution;
    }
}
