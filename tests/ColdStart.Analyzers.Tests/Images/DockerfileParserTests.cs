using System;
using System.Linq;
using System.Text;
using ColdStart.Analyzers.Configuration;
using Xunit;

namespace ColdStart.Analyzers.Tests.Images;

public class DockerfileParserTests
{
    [Fact]
    public void Stages_args_platform_and_copy_from_are_read()
    {
        const string text = """
            # escape=`
            ARG REGISTRY=public.ecr.aws
            ARG TAG

            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            RUN dotnet publish `
                # a comment inside the continuation is skipped
                -o /out
            FROM ${REGISTRY}/lambda/dotnet:${TAG:-8} as final
            COPY --from=build /out /var/task
            CMD ["A::B.C::D"]
            """;

        var file = Dockerfile.Parse(text);

        Assert.NotNull(file);
        Assert.Equal(new[] { "build", "final" }, file!.Stages.Select(s => s.Name));
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:8.0", file.Stages[0].Image);
        Assert.Equal("public.ecr.aws/lambda/dotnet:8", file.FinalStage.BaseImage);
        Assert.Equal("dotnet publish     -o /out", file.Stages[0].Instructions[0].Arguments.Replace("\n", string.Empty));
        Assert.Same(file.Stages[0], file.StagesInFinalImageOrCopiedFrom()[1]);
        Assert.Equal(new[] { "A::B.C::D" }, FunctionImage.HandlerStrings(file));
    }

    [Fact]
    public void The_last_cmd_of_the_final_stage_names_the_handler_and_a_self_contained_property_counts()
    {
        var file = Dockerfile.Parse(
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 /p:SelfContained=true -o /out\n"
            + "FROM public.ecr.aws/lambda/dotnet:8\nCOPY --from=build /out /var/task\n"
            + "CMD [\"Old::Old.Function::Handle\"]\nCMD [\"New::New.Function::Handle\"]\n");

        Assert.Equal(new[] { "New::New.Function::Handle" }, FunctionImage.HandlerStrings(file!));
        Assert.True(FunctionImage.SelfContainedWithoutTrimming(file!, projectTrims: false)?.Hazard);
    }

    [Fact]
    public void An_image_named_by_an_arg_without_a_default_is_unknown()
    {
        var file = Dockerfile.Parse("ARG BASE\nFROM $BASE\nFROM scratch AS other\n");

        Assert.Null(file!.Stages[0].Image);
        Assert.Equal("scratch", file.FinalStage.Image);
    }

    [Fact]
    public void A_heredoc_body_is_part_of_its_run()
    {
        var file = Dockerfile.Parse("FROM alpine\nRUN <<EOF\nnot an instruction\nEOF\nCMD [\"x\"]\n");

        Assert.Equal(new[] { "RUN", "CMD" }, file!.FinalStage.Instructions.Select(i => i.Keyword));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("RUN echo before any FROM\n")]
    [InlineData("FROM alpine\nNOTANINSTRUCTION x\n")]
    [InlineData("FROM\n")]
    [InlineData("FROM a b c d\n")]
    [InlineData("FROM alpine\nRUN <<EOF\nnever closed\n")]
    [InlineData("# escape=?\nFROM alpine\n")]
    public void A_file_it_cannot_read_gives_nothing(string text)
    {
        Assert.Null(Dockerfile.Parse(text));
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var random = new Random(28);
        const string alphabet = "FROMRUNCMDARGCOPY AS --from=${}$:-+\\`#[]\",'\r\n\t<<EOF dotnet publish -p:PublishReadyToRun=false";
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 200);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var prefix = round % 2 == 0 ? "FROM public.ecr.aws/lambda/dotnet:8\n" : string.Empty;
            if (Dockerfile.Parse(prefix + text) is { } file)
            {
                // Every question the rules ask must answer without throwing.
                _ = FunctionImage.SdkInFinalStage(file);
                _ = FunctionImage.BuildInFinalStage(file);
                _ = FunctionImage.NotLambdaBase(file, hasOwnRuntimeClient: false);
                _ = FunctionImage.ReadyToRunOff(file, projectSwitchesOn: false);
                _ = FunctionImage.SelfContainedWithoutTrimming(file, projectTrims: false);
                _ = FunctionImage.HandlerStrings(file).ToList();
                _ = file.FinalStage.Instructions.Select(i => i.ExecForm()).ToList();
            }
        }
    }
}
