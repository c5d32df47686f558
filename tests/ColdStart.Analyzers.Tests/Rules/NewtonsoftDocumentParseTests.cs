using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using ColdStart.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.NewtonsoftDocumentParseAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

/// <summary>COLD205: JSON read into Newtonsoft.Json's document model in a function, or inside one of its libraries.</summary>
public class NewtonsoftDocumentParseTests
{
    private const string Advice = "parse with System.Text.Json's JsonNode.Parse or JsonDocument.Parse, which ship precompiled with the runtime";

    [Fact]
    public Task Each_way_into_the_document_model_is_reported_at_its_call()
    {
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Amazon.Lambda.Core;
                using Newtonsoft.Json;
                using Newtonsoft.Json.Linq;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context)
                    {
                        var order = {|#0:JObject.Parse(input)|};
                        var lines = {|#1:JArray.Parse((string)order["lines"]!)|};
                        var token = {|#2:JToken.Parse(input)|};
                        using var reader = new JsonTextReader(new StringReader(input));
                        var read = {|#3:JToken.ReadFrom(reader)|};
                        dynamic body = order;
                        var nested = {|#4:JObject.Parse(body.inner.ToString())|};
                        return (string)order["id"]! + lines.Count + token.Type + read.Type + nested;
                    }
                }
                """,
        };
        // The last is bound at run time (its argument is dynamic): every overload the binder can pick parses.
        var calls = new[] { "JObject.Parse", "JArray.Parse", "JToken.Parse", "JToken.ReadFrom", "JObject.Parse" };
        for (var i = 0; i < calls.Length; i++)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(i).WithArguments($"'{calls[i]}'", Advice));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task System_text_json_documents_building_a_jobject_and_dead_code_are_not_reported()
    {
        return Verify.VerifyAsync(
            """
            using System.Text.Json;
            using System.Text.Json.Nodes;
            using Amazon.Lambda.Core;
            using Newtonsoft.Json.Linq;

            public class Function
            {
                public string Handle(string input, ILambdaContext context)
                {
                    var node = JsonNode.Parse(input)!;
                    using var document = JsonDocument.Parse(input);
                    var built = new JObject { ["id"] = (string)node["id"]! };
                    return built.ToString() + document.RootElement.ValueKind;
                }

                private static JObject NeverCalled(string text) => JObject.Parse(text);
            }
            """);
    }

    [Fact]
    public Task A_library_member_that_parses_with_the_document_model_is_reported_where_the_function_calls_it()
    {
        var library = LibraryImage.Build("Shop.Common", """
            using Newtonsoft.Json.Linq;

            namespace Shop.Common
            {
                public static class Envelope
                {
                    public static string IdOf(string json) => (string)Read(json)["id"]!;

                    private static JObject Read(string json) => JObject.Parse(json);
                }
            }
            """);
        var test = new Verify.Test(LambdaStubs.Default)
        {
            TestCode = """
                using Amazon.Lambda.Core;
                using Shop.Common;

                public class Function
                {
                    public string Handle(string input, ILambdaContext context) => {|#0:Envelope.IdOf(input)|};
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
            "'Envelope.IdOf' (inside Shop.Common: JObject.Parse in Envelope.Read)", Advice));
        return test.RunAsync();
    }
}
