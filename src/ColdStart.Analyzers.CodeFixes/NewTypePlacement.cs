using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ColdStart.Analyzers.CodeFixes;

/// <summary>
/// Where a type that a fix needs (a JSON context, a lazy-client holder) goes: into the document being fixed, at the
/// end of the namespace around the fixed code. A new file would work in the IDE, but under <c>dotnet format</c> the
/// MSBuild workspace adds a <c>&lt;Compile Include&gt;</c> item that an SDK-style project already globs, and the
/// next build fails with NETSDK1022.
/// </summary>
internal static class NewTypePlacement
{
    /// <summary>
    /// The namespace declared around <paramref name="position"/> (nested ones joined), or empty. Code before a
    /// file-scoped namespace (an assembly attribute) belongs to that namespace here: a type added to such a file is.
    /// </summary>
    public static string NamespaceAt(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        var names = token.Parent?.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()).ToList();
        if (names is { Count: > 0 })
        {
            return string.Join(".", names);
        }

        return root is CompilationUnitSyntax { Members: var members }
            && members.OfType<FileScopedNamespaceDeclarationSyntax>().FirstOrDefault() is { } fileScoped
            ? fileScoped.Name.ToString()
            : string.Empty;
    }

    /// <summary><c>global::Namespace.Type</c>, the name the fixed code uses before the type exists.</summary>
    public static string QualifiedName(string ns, string typeName)
    {
        return "global::" + (ns.Length == 0 ? string.Empty : ns + ".") + typeName;
    }

    /// <summary>The namespace part of a name made by <see cref="QualifiedName"/>.</summary>
    public static string NamespaceOf(string qualifiedName)
    {
        var name = qualifiedName.Replace("global::", string.Empty);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? string.Empty : name.Substring(0, dot);
    }

    /// <summary>
    /// Adds <paramref name="type"/> at the end of namespace <paramref name="ns"/> in the document (the compilation unit
    /// for the global namespace), with a using of <paramref name="requiredNamespace"/> (if any) when the file lacks one.
    /// Null when the document declares no such namespace.
    /// </summary>
    public static async Task<Solution?> AddAsync(
        Solution solution, DocumentId documentId, string ns, MemberDeclarationSyntax type, string? requiredNamespace, CancellationToken cancellationToken)
    {
        if (await solution.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root)
        {
            return null;
        }

        // The file keeps its ending: a final newline (in its own style) only if it had one.
        var text = root.ToFullString();
        var trailing = text.EndsWith("\n", System.StringComparison.Ordinal)
            ? TriviaList(EndOfLine(text.EndsWith("\r\n", System.StringComparison.Ordinal) ? "\r\n" : "\n")) : TriviaList();
        type = type.WithLeadingTrivia(ElasticCarriageReturnLineFeed).WithTrailingTrivia(trailing).WithAdditionalAnnotations(Formatter.Annotation);
        CompilationUnitSyntax updated;
        if (ns.Length == 0)
        {
            updated = root.AddMembers(type);
        }
        else
        {
            var container = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                .FirstOrDefault(
                    n => string.Join(".", n.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(a => a.Name.ToString())) == ns);
            if (container is null)
            {
                return null;
            }

            updated = root.ReplaceNode(container, container.AddMembers(type));
        }

        if (requiredNamespace is not null)
        {
            updated = WithUsing(updated, requiredNamespace);
        }

        return solution.WithDocumentSyntaxRoot(documentId, updated);
    }

    /// <summary>
    /// <paramref name="root"/> with <c>using <paramref name="requiredNamespace"/>;</c> among its usings, sorted as IDE0005's
    /// sorting keeps them (System namespaces first), unless the file or one of its namespaces already has it.
    /// </summary>
    public static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root, string requiredNamespace)
    {
        var imported = root.Usings.Any(u => u.Name?.ToString() == requiredNamespace)
            || root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == requiredNamespace));
        if (imported)
        {
            return root;
        }

        var directive = UsingDirective(ParseName(requiredNamespace)).WithAdditionalAnnotations(Formatter.Annotation);
        var index = root.Usings.TakeWhile(
            u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && UsingOrder(u.Name?.ToString() ?? string.Empty, requiredNamespace) < 0)
            .Count();
        return root.WithUsings(root.Usings.Insert(index, directive));
    }

    private static int UsingOrder(string left, string right)
    {
        static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);
        return IsSystem(left) != IsSystem(right) ? (IsSystem(left) ? -1 : 1) : string.CompareOrdinal(left, right);
    }
}
