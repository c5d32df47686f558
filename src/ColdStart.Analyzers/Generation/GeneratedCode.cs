using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ColdStart.Analyzers.Generation
{
    /// <summary>What every generated member carries, and what the consuming project's language version allows.</summary>
    internal static class GeneratedCode
    {
        /// <summary>On every generated member: tools (analyzers, coverage, style) can tell it from the user's code.</summary>
        public static readonly string Attribute =
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"ColdStart.Analyzers\", \"{typeof(GeneratedCode).Assembly.GetName().Version}\")]";

        /// <summary>On generated methods and properties (the attribute does not apply to fields).</summary>
        public const string ExcludeFromCodeCoverage = "[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]";

        /// <summary>C# 8 or later: nullable annotations and <c>#nullable</c> compile (a netstandard2.0 project defaults to 7.3).</summary>
        public static bool HasNullableAnnotations(SyntaxNode node)
        {
            return node.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 };
        }

        /// <summary>A hint name from a type or member name: letters, digits and dots kept, anything else (generic brackets, +) as '_'.</summary>
        public static string HintName(string name, string suffix)
        {
            return new string(name.Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : '_').ToArray()) + suffix;
        }

        /// <summary><paramref name="type"/> as a nullable reference where the language version has annotations.</summary>
        public static string MaybeNull(string type, bool nullableAnnotations) => nullableAnnotations ? type + "?" : type;
    }
}
