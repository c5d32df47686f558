using System.Threading.Tasks;
using ColdStart.Analyzers.Rules;
using Xunit;
using Verify = ColdStart.Analyzers.Tests.Infrastructure.AnalyzerVerifier<ColdStart.Analyzers.Rules.PrewarmMisuseAnalyzer>;

namespace ColdStart.Analyzers.Tests.Rules;

public class PrewarmMisuseTests
{
    [Fact]
    public Task Unsupported_uses_are_reported_with_the_reason()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using ColdStart;

                public partial class Functions
                {
                    [{|#0:Prewarm|}]
                    public string NotAHandler(string input) => input;

                    [{|#1:Prewarm|}]
                    public string NoSerializer(string input, ILambdaContext context) => input;

                    [{|#2:Prewarm|}]
                    public T Generic<T>(T input, ILambdaContext context) => input;

                    [WarmUp]
                    private void Warm(int times) { }

                    [Prewarm]
                    public Task Streams(System.IO.Stream input, ILambdaContext context) => Task.CompletedTask;
                }

                public class {|#3:NotPartial|}
                {
                    [Prewarm]
                    public System.IO.Stream Raw(System.IO.Stream input, ILambdaContext context) => input;
                }

                public partial interface IEntryPoint
                {
                    [{|#4:Prewarm|}]
                    System.IO.Stream Raw(System.IO.Stream input, ILambdaContext context) => input;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(0)
            .WithArguments(
                "Functions.NotAHandler", "it is not a Lambda handler (give it an ILambdaContext parameter, [LambdaFunction] or [ColdStartHandler])"));
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(1)
            .WithArguments("Functions.NoSerializer", "it reads or returns JSON but no [LambdaSerializer] is set on the method or the assembly"));
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(2)
            .WithArguments("Functions.Generic", "its parameters must be (input, ILambdaContext), (input), (ILambdaContext) or none"));
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithSpan(19, 6, 19, 13)
            .WithArguments(
                "Functions.Streams", "[WarmUp] method 'Warm' must take no parameters, return void, Task or ValueTask, and be static when the handler is"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.PrewarmTypeNotPartial).WithLocation(3).WithArguments("NotPartial"));
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(4)
            .WithArguments("IEntryPoint.Raw", "it is an interface member: put [Prewarm] on the class that implements the handler"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_overloaded_handler_name_is_reported_and_gets_no_entry_point()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Amazon.Lambda.Core;
                using ColdStart;

                public partial class Relay
                {
                    [{|#0:Prewarm|}]
                    public Stream Process(Stream input, ILambdaContext context) => input;

                    [{|#1:Prewarm|}]
                    public Stream Process(ILambdaContext context) => Stream.Null;
                }
                """,
        };
        const string Reason = "'Process' is overloaded, and a handler string cannot choose an overload: give the handler a name of its own";
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(0).WithArguments("Relay.Process", Reason));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(1).WithArguments("Relay.Process", Reason));
        return test.RunAsync();
    }

    [Fact]
    public Task SnapStart_priming_that_cannot_be_generated_is_reported_with_the_reason()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.IO;
                using Amazon.Lambda.Core;
                using ColdStart;

                public partial class NeedsTable
                {
                    public NeedsTable(string table) { }

                    [{|#0:Prewarm(SnapStart = true)|}]
                    public Stream Handle(Stream input, ILambdaContext context) => input;
                }

                public partial class InstanceRefresh
                {
                    [AfterRestore]
                    private void Refresh() { }

                    [{|#1:Prewarm(SnapStart = true)|}]
                    public static Stream Handle(Stream input, ILambdaContext context) => input;
                }

                public partial class Primed
                {
                    [AfterRestore]
                    private static void Refresh() { }

                    [Prewarm(SnapStart = true)]
                    public Stream Handle(Stream input, ILambdaContext context) => input;
                }
                """,
        };
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(0)
            .WithArguments(
                "NeedsTable.Handle",
                "SnapStart = true primes an instance handler on an instance made with a public parameterless constructor, which 'NeedsTable' does not have"));
        test.ExpectedDiagnostics.Add(
            Verify.Diagnostic(Descriptors.PrewarmUnsupported).WithLocation(1)
            .WithArguments("InstanceRefresh.Handle", "[AfterRestore] method 'Refresh' must be static, take no parameters and return void, Task or ValueTask"));
        return test.RunAsync();
    }

    [Fact]
    public Task Supported_handlers_are_not_reported()
    {
        return Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Amazon.Lambda.Core;
            using Amazon.Lambda.Serialization.SystemTextJson;
            using ColdStart;

            [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

            public partial class Functions
            {
                [WarmUp]
                private static Task WarmAsync() => Task.CompletedTask;

                [Prewarm(ScheduleRuleName = "keep-warm")]
                public Task<string> Handle(string input, ILambdaContext context) => Task.FromResult(input);
            }
            """);
    }

    [Theory]
    [InlineData(
        "/src/Orders/aws-lambda-tools-defaults.json", "{ \"function-handler\": \"TestProject::Shop.Functions::Handle\" }", "aws-lambda-tools-defaults.json")]
    [InlineData(
        "/template.yaml", "Resources:\n  Orders:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: TestProject::Shop.Functions::Handle\n",
        "template.yaml")]
    [InlineData("/src/Orders/Dockerfile", "FROM public.ecr.aws/lambda/dotnet:8\nCMD [\"TestProject::Shop.Functions::Handle\"]\n", "Dockerfile")]
    [InlineData(
        "/template.yml", "Resources:\n  Orders:\n    Type: AWS::Serverless::Function\n    Properties:\n      PackageType: Image\n      ImageConfig:\n"
        + "        Command: [\"TestProject::Shop.Functions::Handle\"]\n",
        "template.yml")]
    public Task A_deployment_that_still_names_the_plain_handler_is_reported(string path, string content, string fileName)
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using ColdStart;

                [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

                namespace Shop
                {
                    public partial class Functions
                    {
                        [{|#0:Prewarm|}]
                        public Task<string> Handle(string input, ILambdaContext context) => Task.FromResult(input);
                    }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add((path, content));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.PrewarmEntryPointNotDeployed).WithLocation(0).WithArguments(
            "Functions.Handle", fileName, "TestProject::Shop.Functions::Handle", "TestProject::Shop.Functions::HandlePrewarmed"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_deployment_of_the_prewarmed_entry_point_or_of_another_assembly_is_not_reported()
    {
        var test = new Verify.Test(Infrastructure.LambdaStubs.Default)
        {
            TestCode = """
                using System.Threading.Tasks;
                using Amazon.Lambda.Core;
                using Amazon.Lambda.Serialization.SystemTextJson;
                using ColdStart;

                [assembly: LambdaSerializer(typeof(DefaultLambdaJsonSerializer))]

                namespace Shop
                {
                    public partial class Functions
                    {
                        [Prewarm]
                        public Task<string> Handle(string input, ILambdaContext context) => Task.FromResult(input);
                    }
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(
            ("/src/Orders/aws-lambda-tools-defaults.json", "{ \"function-handler\": \"TestProject::Shop.Functions::HandlePrewarmed\" }"));
        test.TestState.AdditionalFiles.Add(
            ("/template.yaml", "Resources:\n  Other:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: Other::Shop.Functions::Handle\n"));
        return test.RunAsync();
    }
}
