using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Configuration;

/// <summary>
/// A Dockerfile read the way BuildKit reads it, as far as the image rules need: parser directives (<c># escape=</c>),
/// comments, line continuations, heredocs, <c>ARG</c>s before the first <c>FROM</c> substituted into image names,
/// <c>FROM [--platform=...] image [AS name]</c>, and every instruction with the text positions of its arguments.
/// <see cref="Parse"/> returns null for a file it cannot read (no FROM, an unknown instruction, an unterminated
/// heredoc): the rules then say nothing rather than guess. It is written so that no input makes it throw.
/// </summary>
internal sealed class Dockerfile
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
        "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    };

    private Dockerfile(IReadOnlyList<DockerStage> stages)
    {
        Stages = stages;
    }

    /// <summary>The build stages in file order; never empty.</summary>
    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The last stage: what the image is.</summary>
    public DockerStage FinalStage => Stages[Stages.Count - 1];

    /// <summary><c>Dockerfile</c> (any case) or <c>*.Dockerfile</c>, the names the package passes to the analyzers.</summary>
    public static bool IsDockerfile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The stages the final image is made of: the final stage, the stages it is built FROM, and what they COPY --from, transitively.</summary>
    public IReadOnlyList<DockerStage> StagesInFinalImageOrCopiedFrom()
    {
        var seen = new List<DockerStage>();
        var pending = new Stack<DockerStage>();
        pending.Push(FinalStage);
        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (seen.Contains(stage))
            {
                continue;
            }

            seen.Add(stage);
            if (stage.Parent is { } parent)
            {
                pending.Push(parent);
            }

            foreach (var instruction in stage.Instructions.Where(i => i.Is("COPY")))
            {
                if (instruction.Flag("from") is { } from && StageNamed(from, stage.Index) is { } source)
                {
                    pending.Push(source);
                }
            }
        }

        return seen;
    }

    /// <summary>The stage a FROM or COPY --from names: an earlier stage's name or index; null for an external image.</summary>
    public DockerStage? StageNamed(string name, int before)
    {
        for (var i = 0; i < before && i < Stages.Count; i++)
        {
            if ((Stages[i].Name is { } stageName && stageName.Equals(name, StringComparison.OrdinalIgnoreCase))
                || name == i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return Stages[i];
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="text"/>; null when it is not a Dockerfile this reader understands.</summary>
    public static Dockerfile? Parse(string text)
    {
        var lines = PhysicalLines(text);
        var escape = '\\';
        var index = 0;

        // Parser directives: "# name=value" lines at the very top, before any blank line, comment or instruction.
        for (; index < lines.Count; index++)
        {
            var line = text.Substring(lines[index].Start, lines[index].Length).Trim();
            var equals = line.IndexOf('=');
            if (!line.StartsWith("#", StringComparison.Ordinal) || equals < 0)
            {
                break;
            }

            var name = line.Substring(1, equals - 1).Trim();
            if (name.Length == 0 || !name.All(char.IsLetter))
            {
                break;
            }

            var value = line.Substring(equals + 1).Trim();
            if (name.Equals("escape", StringComparison.OrdinalIgnoreCase))
            {
                if (value is not ("\\" or "`"))
                {
                    return null;
                }

                escape = value[0];
            }
        }

        var instructions = new List<DockerInstruction>();
        while (index < lines.Count)
        {
            var (start, length) = lines[index];
            var content = text.Substring(start, length);
            var trimmed = content.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                index++;
                continue;
            }

            var logical = new StringBuilder();
            var offsets = new List<int>();
            var end = start + length;
            Append(text, start + (content.Length - trimmed.Length), end, logical, offsets);
            index++;
            while (EndsWithEscape(logical, escape))
            {
                logical.Length = TrimEnd(logical);
                logical.Length--;
                offsets.RemoveRange(logical.Length, offsets.Count - logical.Length);
                // Inside a continuation, comment lines and empty lines are skipped.
                while (index < lines.Count && IsCommentOrBlank(text, lines[index]))
                {
                    index++;
                }

                if (index >= lines.Count)
                {
                    break;
                }

                Append(text, lines[index].Start, lines[index].Start + lines[index].Length, logical, offsets);
                end = lines[index].Start + lines[index].Length;
                index++;
            }

            var keywordLength = 0;
            while (keywordLength < logical.Length && char.IsLetter(logical[keywordLength]))
            {
                keywordLength++;
            }

            var keyword = logical.ToString(0, keywordLength);
            if (!Keywords.Contains(keyword) || (keywordLength < logical.Length && !char.IsWhiteSpace(logical[keywordLength])))
            {
                return null;
            }

            var argumentStart = keywordLength;
            while (argumentStart < logical.Length && char.IsWhiteSpace(logical[argumentStart]))
            {
                argumentStart++;
            }

            var arguments = logical.ToString(argumentStart, logical.Length - argumentStart).TrimEnd();
            var argumentOffsets = offsets.Skip(argumentStart).Take(arguments.Length).ToArray();
            if (HeredocDelimiter(keyword, arguments) is { } delimiter)
            {
                // The heredoc's body belongs to the instruction; it is not read as instructions.
                while (index < lines.Count && text.Substring(lines[index].Start, lines[index].Length).Trim() != delimiter)
                {
                    index++;
                }

                if (index >= lines.Count)
                {
                    return null;
                }

                end = lines[index].Start + lines[index].Length;
                index++;
            }

            var firstOffset = offsets.Count > 0 ? offsets[0] : start;
            var span = TextSpan.FromBounds(firstOffset, Math.Max(firstOffset, end));
            instructions.Add(new DockerInstruction(keyword.ToUpperInvariant(), arguments, argumentOffsets, span));
        }

        return Build(instructions);
    }

    private static Dockerfile? Build(List<DockerInstruction> instructions)
    {
        var globals = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stages = new List<DockerStage>();
        DockerStage? current = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Is("FROM"))
            {
                var tokens = instruction.Words().Where(w => !w.Text.StartsWith("--", StringComparison.Ordinal)).ToList();
                if (tokens.Count is not (1 or 3) || (tokens.Count == 3 && !tokens[1].Text.Equals("AS", StringComparison.OrdinalIgnoreCase)))
                {
                    return null;
                }

                var image = Substitute(tokens[0].Text, globals);
                var parent = image is null ? null : StageIn(stages, image);
                current = new DockerStage(stages.Count, instruction, image, tokens[0].Span, tokens.Count == 3 ? tokens[2].Text : null, parent);
                stages.Add(current);
            }
            else if (current is null)
            {
                // Only ARG may come before the first FROM; its default feeds the FROM lines.
                if (!instruction.Is("ARG"))
                {
                    return null;
                }

                foreach (var word in instruction.Words())
                {
                    var equals = word.Text.IndexOf('=');
                    // A default may use the ARGs declared before it.
                    globals[equals < 0 ? word.Text : word.Text.Substring(0, equals)] = equals < 0 ? null : Substitute(word.Text.Substring(equals + 1), globals);
                }
            }
            else
            {
                current.Instructions.Add(instruction);
            }
        }

        return stages.Count == 0 ? null : new Dockerfile(stages);
    }

    private static DockerStage? StageIn(List<DockerStage> stages, string name) =>
        stages.FirstOrDefault(s => s.Name is { } stageName && stageName.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c> and <c>${VAR:+alternative}</c>; null when a variable has no value.</summary>
    private static string? Substitute(string value, Dictionary<string, string?> variables)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '$' || i + 1 >= value.Length)
            {
                result.Append(value[i]);
                continue;
            }

            string name;
            string? modifier = null;
            string word = string.Empty;
            if (value[i + 1] == '{')
            {
                var close = value.IndexOf('}', i + 2);
                if (close < 0)
                {
                    return null;
                }

                var inner = value.Substring(i + 2, close - i - 2);
                var colon = inner.IndexOf(':');
                name = colon < 0 ? inner : inner.Substring(0, colon);
                if (colon >= 0 && colon + 1 < inner.Length)
                {
                    modifier = inner.Substring(colon + 1, 1);
                    word = inner.Substring(colon + 2);
                }

                i = close;
            }
            else
            {
                var length = 0;
                while (i + 1 + length < value.Length && (char.IsLetterOrDigit(value[i + 1 + length]) || value[i + 1 + length] == '_'))
                {
                    length++;
                }

                name = value.Substring(i + 1, length);
                i += length;
            }

            variables.TryGetValue(name, out var known);
            var substituted = modifier switch
            {
                "-" => string.IsNullOrEmpty(known) ? word : known,
                "+" => string.IsNullOrEmpty(known) ? string.Empty : word,
                _ => known,
            };
            if (substituted is null || name.Length == 0)
            {
                return null;
            }

            result.Append(substituted);
        }

        return result.ToString();
    }

    private static string? HeredocDelimiter(string keyword, string arguments)
    {
        if (!(keyword.Equals("RUN", StringComparison.OrdinalIgnoreCase) || keyword.Equals("COPY", StringComparison.OrdinalIgnoreCase)
            || keyword.Equals("ADD", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var marker = arguments.IndexOf("<<", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var i = marker + 2;
        if (i < arguments.Length && arguments[i] == '-')
        {
            i++;
        }

        if (i < arguments.Length && arguments[i] is '"' or '\'')
        {
            i++;
        }

        var start = i;
        while (i < arguments.Length && (char.IsLetterOrDigit(arguments[i]) || arguments[i] == '_'))
        {
            i++;
        }

        return i > start ? arguments.Substring(start, i - start) : null;
    }

    private static bool IsCommentOrBlank(string text, (int Start, int Length) line)
    {
        var trimmed = text.Substring(line.Start, line.Length).TrimStart();
        return trimmed.Length == 0 || trimmed[0] == '#';
    }

    private static bool EndsWithEscape(StringBuilder logical, char escape)
    {
        var end = TrimEnd(logical);
        return end > 0 && logical[end - 1] == escape;
    }

    private static int TrimEnd(StringBuilder logical)
    {
        var end = logical.Length;
        while (end > 0 && char.IsWhiteSpace(logical[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static void Append(string text, int start, int end, StringBuilder logical, List<int> offsets)
    {
        for (var i = start; i < end; i++)
        {
            logical.Append(text[i]);
            offsets.Add(i);
        }
    }

    private static List<(int Start, int Length)> PhysicalLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add((start, end - start));
                start = i + 1;
            }
        }

        return lines;
    }
}

/// <summary>One build stage: its FROM, the image it starts from (ARGs substituted; null when unknown), and its instructions.</summary>
internal sealed class DockerStage
{
    public DockerStage(int index, DockerInstruction from, string? image, TextSpan imageSpan, string? name, DockerStage? parent)
    {
        Index = index;
        From = from;
        Image = image;
        ImageSpan = imageSpan;
        Name = name;
        Parent = parent;
    }

    public int Index { get; }

    public DockerInstruction From { get; }

    /// <summary>The image or earlier stage the FROM names, ARGs substituted; null when an ARG has no default.</summary>
    public string? Image { get; }

    public TextSpan ImageSpan { get; }

    public string? Name { get; }

    /// <summary>The earlier stage this one is built FROM, if it names one.</summary>
    public DockerStage? Parent { get; }

    /// <summary>The registry image at the bottom of the FROM chain; null when unknown.</summary>
    public string? BaseImage => Parent is { } parent ? parent.BaseImage : Image;

    /// <summary>This stage and the stages it is built FROM, nearest first.</summary>
    public IEnumerable<DockerStage> Chain()
    {
        for (var stage = this; stage is not null; stage = stage.Parent)
        {
            yield return stage;
        }
    }

    public List<DockerInstruction> Instructions { get; } = new();
}

/// <summary>A word of an instruction's arguments with quotes removed, and where it is in the file.</summary>
internal readonly record struct DockerWord(string Text, TextSpan Span);

/// <summary>One instruction (continuation lines joined), its arguments and their positions in the file.</summary>
internal sealed class DockerInstruction
{
    private readonly int[] _offsets;

    public DockerInstruction(string keyword, string arguments, int[] offsets, TextSpan span)
    {
        Keyword = keyword;
        Arguments = arguments;
        _offsets = offsets;
        Span = span;
    }

    /// <summary>Upper case: FROM, RUN, CMD, ...</summary>
    public string Keyword { get; }

    public string Arguments { get; }

    /// <summary>From the keyword to the end of the instruction's last line.</summary>
    public TextSpan Span { get; }

    public bool Is(string keyword) => Keyword == keyword;

    /// <summary>The file span of <paramref name="length"/> characters of <see cref="Arguments"/> from <paramref name="start"/>.</summary>
    public TextSpan SpanOf(int start, int length)
    {
        if (_offsets.Length == 0)
        {
            return new TextSpan(Span.Start, 0);
        }

        var first = _offsets[Math.Min(Math.Max(start, 0), _offsets.Length - 1)];
        var last = _offsets[Math.Min(Math.Max(start + length - 1, 0), _offsets.Length - 1)];
        return TextSpan.FromBounds(first, Math.Max(first, last + 1));
    }

    /// <summary>The value of a <c>--name=value</c> flag (COPY --from, FROM --platform), or null.</summary>
    public string? Flag(string name)
    {
        var prefix = "--" + name + "=";
        return Words().TakeWhile(w => w.Text.StartsWith("--", StringComparison.Ordinal))
            .Where(w => w.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(w => w.Text.Substring(prefix.Length))
            .FirstOrDefault();
    }

    /// <summary>
    /// The shell words of the arguments: whitespace-separated, quotes removed, <c>&amp;&amp;</c>, <c>||</c>, <c>;</c> and
    /// <c>|</c> as words of their own.
    /// </summary>
    public IReadOnlyList<DockerWord> Words()
    {
        var words = new List<DockerWord>();
        var text = Arguments;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (text[i] is ';' or '&' or '|')
            {
                var length = i + 1 < text.Length && text[i + 1] == text[i] && text[i] != ';' ? 2 : 1;
                words.Add(new DockerWord(text.Substring(i, length), SpanOf(i, length)));
                i += length;
                continue;
            }

            var word = new StringBuilder();
            var quote = '\0';
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                    else
                    {
                        word.Append(c);
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (char.IsWhiteSpace(c) || c is ';' or '&' or '|')
                {
                    break;
                }
                else
                {
                    word.Append(c);
                }
            }

            words.Add(new DockerWord(word.ToString(), SpanOf(start, i - start)));
        }

        return words;
    }

    /// <summary>The strings of an exec-form (JSON array) CMD/ENTRYPOINT/RUN; null for the shell form.</summary>
    public IReadOnlyList<DockerWord>? ExecForm()
    {
        var text = Arguments;
        if (!text.StartsWith("[", StringComparison.Ordinal) || !text.EndsWith("]", StringComparison.Ordinal))
        {
            return null;
        }

        var items = new List<DockerWord>();
        var i = 1;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == ']' && items.Count == 0)
            {
                return i == text.Length - 1 ? items : null;
            }

            if (i >= text.Length || text[i] != '"')
            {
                return null;
            }

            var start = i;
            var value = new StringBuilder();
            for (i++; i < text.Length && text[i] != '"'; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length)
                {
                    i++;
                }

                value.Append(text[i]);
            }

            if (i >= text.Length)
            {
                return null;
            }

            items.Add(new DockerWord(value.ToString(), SpanOf(start, i - start + 1)));
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            return i == text.Length - 1 && text[i] == ']' ? items : null;
        }
    }
}
