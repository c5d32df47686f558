using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Configuration;

/// <summary>A <c>dotnet publish</c> a Dockerfile runs: the properties and switches it passes, and where.</summary>
internal sealed class DotnetPublish
{
    private readonly Dictionary<string, (string Value, TextSpan Span)> _properties = new(StringComparer.OrdinalIgnoreCase);

    private DotnetPublish(TextSpan commandSpan)
    {
        CommandSpan = commandSpan;
    }

    /// <summary>The words <c>dotnet publish</c>.</summary>
    public TextSpan CommandSpan { get; }

    /// <summary><c>--self-contained [true|false]</c>, <c>--sc</c>, <c>--no-self-contained</c>: true/false, or null when not given.</summary>
    public bool? SelfContained { get; private set; }

    public TextSpan SelfContainedSpan { get; private set; }

    /// <summary>The project file the publish names (<c>Functions/$FUNCTION_NAME/$FUNCTION_NAME.csproj</c>), or null.</summary>
    public string? Project { get; private set; }

    /// <summary>True/false when the publish sets <paramref name="property"/> to a literal; null when it does not set it or a variable does.</summary>
    public bool? Sets(string property, out TextSpan span)
    {
        span = default;
        if (!_properties.TryGetValue(property, out var setting))
        {
            return null;
        }

        span = setting.Span;
        return setting.Value.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : setting.Value.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>Every <c>dotnet publish</c> in the RUN instructions of <paramref name="stages"/>.</summary>
    public static IEnumerable<DotnetPublish> In(IEnumerable<DockerStage> stages)
    {
        foreach (var run in stages.SelectMany(s => s.Instructions).Where(i => i.Is("RUN")))
        {
            var words = run.Words();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (IsDotnet(words[i].Text) && words[i + 1].Text == "publish")
                {
                    yield return Read(words, i);
                }
            }
        }
    }

    /// <summary>The first <c>dotnet build</c>, <c>publish</c>, <c>restore</c> or <c>msbuild</c> a RUN of <paramref name="stage"/> runs, or null.</summary>
    public static ImageFinding? BuildCommand(DockerStage stage)
    {
        foreach (var run in stage.Instructions.Where(i => i.Is("RUN")))
        {
            var words = run.Words();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (IsDotnet(words[i].Text) && words[i + 1].Text is "build" or "publish" or "restore" or "msbuild")
                {
                    return new ImageFinding(TextSpan.FromBounds(words[i].Span.Start, words[i + 1].Span.End), "dotnet " + words[i + 1].Text);
                }
            }
        }

        return null;
    }

    private static bool IsDotnet(string word) => word == "dotnet" || word.EndsWith("/dotnet", StringComparison.Ordinal);

    private static DotnetPublish Read(IReadOnlyList<DockerWord> words, int start)
    {
        var publish = new DotnetPublish(TextSpan.FromBounds(words[start].Span.Start, words[start + 1].Span.End));
        for (var i = start + 2; i < words.Count && words[i].Text is not ("&&" or "||" or ";" or "|" or "&"); i++)
        {
            var word = words[i].Text;
            var lower = word.ToLowerInvariant();
            if (lower is "--self-contained" or "--sc")
            {
                var value = i + 1 < words.Count ? words[i + 1].Text.ToLowerInvariant() : string.Empty;
                publish.SelfContained = value != "false";
                publish.SelfContainedSpan = value is "true" or "false" ? TextSpan.FromBounds(words[i].Span.Start, words[i + 1].Span.End) : words[i].Span;
                i += value is "true" or "false" ? 1 : 0;
            }
            else if (lower.StartsWith("--self-contained=", StringComparison.Ordinal) || lower.StartsWith("--sc=", StringComparison.Ordinal))
            {
                publish.SelfContained = !lower.EndsWith("=false", StringComparison.Ordinal);
                publish.SelfContainedSpan = words[i].Span;
            }
            else if (lower.Trim('"', '\'').EndsWith(".csproj", StringComparison.Ordinal) || lower.Trim('"', '\'').EndsWith(".fsproj", StringComparison.Ordinal))
            {
                publish.Project ??= word.Trim('"', '\'');
            }
            else if (lower == "--no-self-contained")
            {
                publish.SelfContained = false;
                publish.SelfContainedSpan = words[i].Span;
            }
            else if (PropertyPrefix(lower) is { } prefix)
            {
                publish.AddProperties(word.Substring(prefix), words[i].Span);
            }
            else if (lower is "-p" or "/p" or "--property" or "-property" or "/property" && i + 1 < words.Count)
            {
                publish.AddProperties(words[i + 1].Text, TextSpan.FromBounds(words[i].Span.Start, words[i + 1].Span.End));
                i++;
            }
        }

        // -p:SelfContained=true says the same as --self-contained.
        if (publish.SelfContained is null && publish.Sets("SelfContained", out var selfContainedProperty) is { } selfContained)
        {
            publish.SelfContained = selfContained;
            publish.SelfContainedSpan = selfContainedProperty;
        }

        return publish;
    }

    private static int? PropertyPrefix(string word)
    {
        foreach (var prefix in new[] { "-p:", "/p:", "--property:", "-property:", "/property:" })
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return null;
    }

    // -p:A=true;B=false (MSBuild also takes several properties in one switch, separated by ; or ,).
    private void AddProperties(string assignments, TextSpan span)
    {
        foreach (var assignment in assignments.Split(';', ','))
        {
            var equals = assignment.IndexOf('=');
            if (equals > 0)
            {
                _properties[assignment.Substring(0, equals).Trim()] = (assignment.Substring(equals + 1).Trim().Trim('"', '\''), span);
            }
        }
    }
}

/// <summary>Where a hazard in a function's Dockerfile is, and what it concerns (the image, the command).</summary>
internal readonly record struct ImageFinding(TextSpan Span, string Subject);

/// <summary>
/// The questions the image rules (COLD401/402 for images, COLD406-408) ask of a Dockerfile, answered from the file
/// alone (plus, for COLD408, whether the function is an executable with its own runtime client) so that the
/// analyzers and the corpus evaluation share them.
/// </summary>
internal static class FunctionImage
{
    private static readonly Regex LambdaDotnetBase = new(
        @"^(public\.ecr\.aws/lambda/dotnet|amazon/aws-lambda-dotnet)([:@]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex LambdaOsOnlyBase = new(
        @"^(public\.ecr\.aws/lambda/provided|amazon/aws-lambda-provided)([:@]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex SdkImage = new(
        @"^(mcr\.microsoft\.com/dotnet/(core/)?sdk([:@]|$)|microsoft/dotnet:[^@]*sdk|public\.ecr\.aws/sam/build-dotnet)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // Images whose content is public and known not to hold the Lambda runtime interface client: Microsoft's images,
    // the official Linux distribution images and their ECR Public mirrors. Any other name (an organisation's own base
    // image, a locally built copy of the Lambda image) may well hold it: it is not judged.
    private static readonly Regex KnownNonLambdaImage = new(
        @"^(mcr\.microsoft\.com/|microsoft/dotnet([:@]|$)|((docker\.io/)?(library/)?|public\.ecr\.aws/(docker/library/|amazonlinux/|ubuntu/|debian/)?)"
        + @"(alpine|debian|ubuntu|amazonlinux|centos|fedora|busybox|rockylinux|almalinux|oraclelinux)([:@]|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex RuntimeClientMention = new(
        @"Amazon\.Lambda\.RuntimeSupport|aws-lambda-dotnet-runtime-interface-client|aws-lambda-ric|lambda-entrypoint\.sh",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex SamBuildImage = new(@"^public\.ecr\.aws/sam/build-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex HandlerShape = new(@"^[^\s:/]+::[^\s:]+::[^\s:]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when the file builds a Lambda function image: its final stage is based on an AWS Lambda base image, its
    /// CMD/ENTRYPOINT names a handler (<c>Assembly::Type::Method</c>), or it uses the Lambda task root.
    /// </summary>
    public static bool IsLambdaImage(Dockerfile file)
    {
        var final = file.FinalStage;
        var baseImage = final.BaseImage;
        if (baseImage is not null && SamBuildImage.IsMatch(baseImage)
            && !final.Chain().SelectMany(s => s.Instructions).Any(i => i.Is("CMD") || i.Is("ENTRYPOINT")))
        {
            // A container that only builds (sam build --use-container, a CDK bundling image writing to /asset): the
            // function ships as the zip it produces, not as this image.
            return false;
        }

        return (baseImage is not null && (LambdaDotnetBase.IsMatch(baseImage) || LambdaOsOnlyBase.IsMatch(baseImage)))
            || HandlerStrings(file).Any(h => h.Contains("::"))
            || final.Chain().SelectMany(s => s.Instructions).Any(i => i.Arguments.IndexOf("LAMBDA_TASK_ROOT", StringComparison.Ordinal) >= 0
                || i.Arguments.IndexOf("/var/task", StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// The handler strings the final stage's CMD names: the first string of an exec-form CMD shaped
    /// <c>Assembly::Namespace.Type::Method</c>, or the only string when it is a bare assembly name (an executable).
    /// </summary>
    public static IEnumerable<string> HandlerStrings(Dockerfile file)
    {
        // The last CMD of the nearest stage that has one is the image's.
        var command = file.FinalStage.Chain().Select(s => s.Instructions.LastOrDefault(i => i.Is("CMD"))).FirstOrDefault(c => c is not null)?.ExecForm();
        if (command is not { Count: > 0 })
        {
            yield break;
        }

        var first = command[0].Text.Trim();
        if (HandlerShape.IsMatch(first)
            || (command.Count == 1 && first.Length > 0 && first.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-') && first != "dotnet"))
        {
            yield return first;
        }
    }

    /// <summary>COLD406: the final stage is based on a .NET SDK image, so the SDK ships in the function image.</summary>
    public static ImageFinding? SdkInFinalStage(Dockerfile file)
    {
        var final = file.FinalStage;
        return IsLambdaImage(file) && final.BaseImage is { } image && SdkImage.IsMatch(image) ? new ImageFinding(final.ImageSpan, image) : null;
    }

    /// <summary>COLD407: the final image builds or restores the project itself (no multi-stage build): the command's span.</summary>
    public static ImageFinding? BuildInFinalStage(Dockerfile file)
    {
        if (!IsLambdaImage(file))
        {
            return null;
        }

        foreach (var stage in file.FinalStage.Chain().Reverse())
        {
            if (DotnetPublish.BuildCommand(stage) is { } command)
            {
                return command;
            }
        }

        return null;
    }

    /// <summary>
    /// COLD408: the final stage is based on an image known not to be an AWS Lambda base image for .NET, and nothing
    /// adds the runtime interface client: neither the file (Amazon.Lambda.RuntimeSupport, a RIC entry point) nor the
    /// function itself (<paramref name="hasOwnRuntimeClient"/>: an executable that references Amazon.Lambda.RuntimeSupport).
    /// An OS-only Lambda base image is fine for such an executable.
    /// </summary>
    public static ImageFinding? NotLambdaBase(Dockerfile file, bool hasOwnRuntimeClient)
    {
        var final = file.FinalStage;
        if (!IsLambdaImage(file) || final.BaseImage is not { } image || LambdaDotnetBase.IsMatch(image) || hasOwnRuntimeClient)
        {
            return null;
        }

        var known = LambdaOsOnlyBase.IsMatch(image) || KnownNonLambdaImage.IsMatch(image);
        var addsClient = file.Stages.SelectMany(s => s.Instructions).Any(i => RuntimeClientMention.IsMatch(i.Arguments));
        return known && !addsClient ? new ImageFinding(final.ImageSpan, image) : null;
    }

    /// <summary>The <c>dotnet publish</c> commands whose output the final image holds (the final stage's chain and what it copies from).</summary>
    private static readonly Regex ProjectNamedByArgument = new(@"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\.(cs|fs)proj$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a <c>dotnet publish</c> of the image names its project through a build argument
    /// (<c>"Functions/$FUNCTION_NAME/$FUNCTION_NAME.csproj"</c>): a Dockerfile shared by the functions of a repository.
    /// </summary>
    public static bool PublishesProjectNamedByBuildArgument(Dockerfile file)
        => Publishes(file).Any(publish => publish.Project is { } project && ProjectNamedByArgument.IsMatch(project));

    public static IReadOnlyList<DotnetPublish> Publishes(Dockerfile file) => DotnetPublish.In(file.StagesInFinalImageOrCopiedFrom()).ToList();

    /// <summary>
    /// COLD401 for an image: where the Dockerfile's publish switches ReadyToRun off, or, when no publish switches
    /// ReadyToRun or Native AOT on and the project file does not either (<paramref name="projectSwitchesOn"/>), the
    /// publish command. Null when the image runs no publish (it copies a build made elsewhere: the project file
    /// decides) or ReadyToRun is on.
    /// </summary>
    public static (TextSpan Span, bool SwitchedOff)? ReadyToRunOff(Dockerfile file, bool projectSwitchesOn)
    {
        if (!IsLambdaImage(file))
        {
            return null;
        }

        var publishes = Publishes(file);
        foreach (var publish in publishes)
        {
            if (publish.Sets("PublishReadyToRun", out var off) == false && publish.Sets("PublishAot", out _) != true)
            {
                return (off, true);
            }
        }

        var on = publishes.Any(p => p.Sets("PublishReadyToRun", out _) == true || p.Sets("PublishAot", out _) == true);
        var unknown = publishes.Any(p => p.Sets("PublishReadyToRun", out var s) is null && s.Length > 0);
        return publishes.Count == 0 || on || unknown || projectSwitchesOn ? null : (publishes[0].CommandSpan, false);
    }

    /// <summary>
    /// COLD402 for an image: a publish with --self-contained and neither trimming nor Native AOT in the publish or the
    /// project file. False (not null) when the Dockerfile's publish decides self-containment, so the project file's
    /// setting is not reported as well.
    /// </summary>
    public static (TextSpan Span, bool Hazard)? SelfContainedWithoutTrimming(Dockerfile file, bool projectTrims)
    {
        if (!IsLambdaImage(file))
        {
            return null;
        }

        foreach (var publish in Publishes(file).Where(p => p.SelfContained is not null))
        {
            var trims = publish.Sets("PublishTrimmed", out _) == true || publish.Sets("PublishAot", out _) == true || projectTrims;
            return (publish.SelfContainedSpan, publish.SelfContained == true && !trims);
        }

        return null;
    }
}
