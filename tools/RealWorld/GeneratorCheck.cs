using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ColdStart.RealWorld;

/// <summary>
/// Our generators on real handler shapes: every method of a corpus project that takes an <c>ILambdaContext</c> gets
/// <c>[Prewarm]</c>, its type gets <c>[LazyClient&lt;AmazonS3Client&gt;]</c> when the project references the S3 client,
/// and the type and the types around it become <c>partial</c>, as a user would write them. The generators then run as the
/// build runs them. A generator exception, a compiler error the edit alone does not cause, or a warning in generated
/// code is a finding.
/// </summary>
internal sealed class GeneratorCheck
{
    private readonly MetadataReference _runtime = MetadataReference.CreateFromFile(typeof(ColdStart.PrewarmAttribute).Assembly.Location);
    private readonly ImmutableArray<ISourceGenerator> _generators = ImmutableArray.Create(
        new ColdStart.Analyzers.Generation.PrewarmGenerator().AsSourceGenerator(),
        new ColdStart.Analyzers.Generation.LazyClientGenerator().AsSourceGenerator());

    public int Handlers { get; private set; }

    public int GeneratedFiles { get; private set; }

    public List<string> Findings { get; } = new();

    public void Check(Compilation compilation, string label)
    {
        var annotated = compilation.AddReferences(_runtime);
        var withS3 = annotated.GetTypeByMetadataName("Amazon.S3.AmazonS3Client") is not null;
        var handlers = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            var methods = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => semanticModel.GetDeclaredSymbol(m) is { } method
                    && method.Parameters.Any(p => p.Type.Name == "ILambdaContext" && p.Type.ContainingNamespace.ToDisplayString() == "Amazon.Lambda.Core"))
                .ToList();
            if (methods.Count == 0)
            {
                continue;
            }

            handlers += methods.Count;
            var types = methods.SelectMany(m => m.Ancestors().OfType<TypeDeclarationSyntax>()).ToHashSet();
            var handlerTypes = methods.Select(m => m.Parent).OfType<TypeDeclarationSyntax>().ToHashSet();
            var root = tree.GetRoot().ReplaceNodes(
                methods.Cast<SyntaxNode>().Concat(types),
                (original, rewritten) => rewritten switch
                {
                    MethodDeclarationSyntax method => method.AddAttributeLists(Attribute("global::ColdStart.Prewarm")),
                    TypeDeclarationSyntax type => Partial(withS3 && handlerTypes.Contains((TypeDeclarationSyntax)original)
                        ? type.AddAttributeLists(Attribute("global::ColdStart.LazyClient<global::Amazon.S3.AmazonS3Client>"))
                        : type),
                    _ => rewritten,
                });
            annotated = annotated.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(root, tree.Options));
        }

        if (handlers == 0)
        {
            return;
        }

        Handlers += handlers;
        var before = Errors(annotated).ToList();
        var driver = CSharpGeneratorDriver.Create(_generators, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(annotated, out var generated, out var generatorDiagnostics);
        var generatedTrees = generated.SyntaxTrees.Except(annotated.SyntaxTrees).ToHashSet();
        GeneratedFiles += generatedTrees.Count;
        foreach (var diagnostic in generatorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            Findings.Add($"{label}: generator reported {diagnostic}");
        }

        var beforeKeys = before.Select(Key).ToHashSet();
        foreach (var diagnostic in generated.GetDiagnostics())
        {
            var inGenerated = diagnostic.Location.SourceTree is { } source && generatedTrees.Contains(source);
            if ((diagnostic.Severity == DiagnosticSeverity.Error && !beforeKeys.Contains(Key(diagnostic)))
                || (diagnostic.Severity == DiagnosticSeverity.Warning && inGenerated))
            {
                Findings.Add($"{label}: {diagnostic}");
            }
        }
    }

    // Errors that the edit alone causes (say, [Prewarm] on a handler shape the generator declines, whose analyzer then
    // explains why) are not the generator's: findings are what appears once the generated code is added.
    private static IEnumerable<Diagnostic> Errors(Compilation compilation)
    {
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static string Key(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.GetMessage();

    private static AttributeListSyntax Attribute(string name)
    {
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.ParseName(name))))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
    }

    private static TypeDeclarationSyntax Partial(TypeDeclarationSyntax type)
    {
        return type.Modifiers.Any(SyntaxKind.PartialKeyword)
            ? type
            : type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
    }
}
