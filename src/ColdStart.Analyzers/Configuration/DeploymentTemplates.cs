using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis.Text;

namespace ColdStart.Analyzers.Configuration;

/// <summary>
/// Reads the memory settings of a function from the deployment files the AWS tools use:
/// <c>aws-lambda-tools-defaults.json</c> (<c>function-memory-size</c>), <c>serverless.template</c> (CloudFormation
/// JSON) and <c>template.yaml</c>/<c>template.yml</c> (SAM YAML): <c>MemorySize</c> of AWS::Serverless::Function and
/// AWS::Lambda::Function resources and of <c>Globals.Function</c>. Small tolerant parsers, no dependencies;
/// a file they cannot read yields nothing rather than a guess.
/// </summary>
internal static class DeploymentTemplates
{
    private static readonly string[] HandlerSeparator = { "::" };
    private static readonly string[] FunctionTypes = { "AWS::Serverless::Function", "AWS::Lambda::Function" };
    private static readonly string[] TieredCompilationSwitches =
    {
        "System.Runtime.TieredCompilation",
        "System.Runtime.TieredCompilation.QuickJit",
        "System.Runtime.TieredCompilation.QuickJitForLoops",
    };

    public static bool IsDeploymentFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("aws-lambda-tools-defaults.json", StringComparison.OrdinalIgnoreCase)
            || name.Equals("serverless.template", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template.yml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("serverless.yml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("serverless.yaml", StringComparison.OrdinalIgnoreCase)
            || Dockerfile.IsDockerfile(path);
    }

    /// <summary>Every memory setting in the file: what sets it (for messages), the megabytes and where the value is.</summary>
    public static IEnumerable<MemorySetting> MemorySettings(string path, SourceText text)
    {
        var root = Read(path, text.ToString());
        if (root is null)
        {
            return Enumerable.Empty<MemorySetting>();
        }

        var settings = new List<MemorySetting>();
        var globalHandler = root.Member("Globals")?.Member("Function")?.Member("Handler")?.Scalar;
        Add(settings, "function-memory-size", root.Member("function-memory-size"), root.Member("function-handler")?.Scalar);
        Add(settings, "Globals.Function.MemorySize", root.Member("Globals")?.Member("Function")?.Member("MemorySize"), globalHandler);
        foreach (var (name, resource) in root.Member("Resources")?.Members ?? Enumerable.Empty<(string, ConfigNode)>())
        {
            if (FunctionTypes.Contains(resource.Member("Type")?.Scalar, StringComparer.Ordinal))
            {
                var properties = resource.Member("Properties");
                Add(settings, name + ".Properties.MemorySize", properties?.Member("MemorySize"), properties?.Member("Handler")?.Scalar ?? globalHandler);
            }
        }

        return settings;
    }

    /// <summary>
    /// Where the file switches Lambda SnapStart on, and for which handler string: <c>snap-start-apply-on</c> of
    /// aws-lambda-tools-defaults.json, and <c>SnapStart: ApplyOn: PublishedVersions</c> of a function resource
    /// or of <c>Globals.Function</c> (which applies to every AWS::Serverless::Function of the template).
    /// </summary>
    public static IEnumerable<SnapStartSetting> SnapStartSettings(string path, SourceText text)
    {
        var root = Read(path, text.ToString());
        if (root is null)
        {
            yield break;
        }

        if (root.Member("snap-start-apply-on") is { Scalar: { } applyOn } toolsSetting && AppliesSnapStart(applyOn))
        {
            var image = string.Equals(root.Member("package-type")?.Scalar, "image", StringComparison.OrdinalIgnoreCase);
            var handler = root.Member("function-handler")?.Scalar ?? (image ? root.Member("image-command")?.Scalar : null);
            yield return new SnapStartSetting("snap-start-apply-on", toolsSetting.Span, handler);
        }

        var global = root.Member("Globals")?.Member("Function");
        var globalSnapStart = SnapStartNode(global);
        foreach (var (name, resource) in root.Member("Resources")?.Members ?? Enumerable.Empty<(string, ConfigNode)>())
        {
            var type = resource.Member("Type")?.Scalar;
            if (!FunctionTypes.Contains(type, StringComparer.Ordinal))
            {
                continue;
            }

            var properties = resource.Member("Properties");
            var handler = properties?.Member("Handler")?.Scalar ?? global?.Member("Handler")?.Scalar ?? ImageCommand(properties);
            if (SnapStartNode(properties) is { } own)
            {
                yield return new SnapStartSetting(name + ".Properties.SnapStart", own.Span, handler);
            }
            else if (globalSnapStart is not null && type == FunctionTypes[0])
            {
                yield return new SnapStartSetting("Globals.Function.SnapStart", globalSnapStart.Span, handler);
            }
        }

        static bool AppliesSnapStart(string applyOn) => applyOn.Length > 0 && !applyOn.Equals("None", StringComparison.OrdinalIgnoreCase);

        static ConfigNode? SnapStartNode(ConfigNode? properties) =>
            properties?.Member("SnapStart") is { } snapStart
            && snapStart.Member("ApplyOn")?.Scalar is { } applyOn
            && AppliesSnapStart(applyOn)
                ? snapStart
                : null;
    }

    /// <summary>The assembly a handler string deploys: <c>Assembly::Namespace.Type::Method</c>, or an executable's bare assembly name.</summary>
    public static string HandlerAssembly(string handler)
    {
        var separator = handler.IndexOf("::", StringComparison.Ordinal);
        return (separator < 0 ? handler : handler.Substring(0, separator)).Trim();
    }

    /// <summary>
    /// The parts of a class-library handler string, <c>Assembly::Namespace.Type::Method</c>; null for an
    /// executable's bare assembly name or a malformed string.
    /// </summary>
    public static (string Assembly, string Type, string Method)? ParseHandler(string handler)
    {
        var parts = handler.Split(HandlerSeparator, StringSplitOptions.None).Select(p => p.Trim()).ToArray();
        return parts.Length == 3 && parts[1].Length > 0 && parts[2].Length > 0 ? (parts[0], parts[1], parts[2]) : null;
    }

    /// <summary>
    /// The handler strings a deployment file names: <c>function-handler</c> (aws-lambda-tools-defaults.json), and
    /// <c>Handler</c> of each function resource or of <c>Globals.Function</c> (SAM / CloudFormation templates), and
    /// <c>handler</c> of each entry under <c>functions</c> (the Serverless Framework's serverless.yml).
    /// </summary>
    public static IEnumerable<string> HandlerStrings(string path, SourceText text)
    {
        if (Dockerfile.IsDockerfile(path))
        {
            return Dockerfile.Parse(text.ToString()) is { } dockerfile ? FunctionImage.HandlerStrings(dockerfile) : Enumerable.Empty<string>();
        }

        return TemplateHandlerStrings(Read(path, text.ToString()));
    }

    private static IEnumerable<string> TemplateHandlerStrings(ConfigNode? root)
    {
        if (root is null)
        {
            yield break;
        }

        var toolsHandlers = new[] { root.Member("function-handler"), root.Member("image-command") };
        foreach (var node in toolsHandlers.Append(root.Member("Globals")?.Member("Function")?.Member("Handler")))
        {
            if (node?.Scalar is { Length: > 0 } handler)
            {
                yield return handler;
            }
        }

        foreach (var (_, resource) in root.Member("Resources")?.Members ?? Enumerable.Empty<(string, ConfigNode)>())
        {
            if (FunctionTypes.Contains(resource.Member("Type")?.Scalar, StringComparer.Ordinal)
                && (resource.Member("Properties")?.Member("Handler")?.Scalar ?? ImageCommand(resource.Member("Properties"))) is { Length: > 0 } handler)
            {
                yield return handler;
            }
        }

        foreach (var (_, function) in root.Member("functions")?.Members ?? Enumerable.Empty<(string, ConfigNode)>())
        {
            if (function.Member("handler")?.Scalar is { Length: > 0 } handler)
            {
                yield return handler;
            }
        }
    }

    /// <summary>The first string of a container-image function's <c>ImageConfig.Command</c>: its handler string.</summary>
    private static string? ImageCommand(ConfigNode? properties)
    {
        return properties?.Member("ImageConfig")?.Member("Command")?.Items.FirstOrDefault()?.Scalar;
    }

    /// <summary>The <c>msbuild-parameters</c> of an aws-lambda-tools-defaults.json (what <c>dotnet lambda</c> adds to its publish), or empty.</summary>
    public static string MsbuildParameters(SourceText text)
    {
        return JsonReader.Read(text.ToString())?.Member("msbuild-parameters")?.Scalar ?? string.Empty;
    }

    public static bool IsLambdaToolsDefaults(string path)
    {
        return Path.GetFileName(path).Equals("aws-lambda-tools-defaults.json", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsRuntimeConfigTemplate(string path)
    {
        return Path.GetFileName(path).Equals("runtimeconfig.template.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The tiered-compilation switches a runtimeconfig.template.json turns off (configProperties).</summary>
    public static IEnumerable<(string Switch, TextSpan Span)> DisabledTieredCompilationSwitches(SourceText text)
    {
        var properties = JsonReader.Read(text.ToString())?.Member("configProperties");
        if (properties is null)
        {
            yield break;
        }

        foreach (var name in TieredCompilationSwitches)
        {
            if (properties.Member(name) is { Scalar: "false" } value)
            {
                yield return (name, value.Span);
            }
        }
    }

    private static void Add(List<MemorySetting> settings, string setting, ConfigNode? node, string? handler)
    {
        if (node?.Scalar is { } scalar && int.TryParse(scalar, NumberStyles.Integer, CultureInfo.InvariantCulture, out var megabytes))
        {
            settings.Add(new MemorySetting(setting, megabytes, node.Span, handler));
        }
    }

    /// <summary>
    /// A setting that switches SnapStart on: what sets it, where, and the handler string it applies to (if known; for a
    /// container image, its command).
    /// </summary>
    internal sealed record SnapStartSetting(string Setting, TextSpan Span, string? Handler);

    /// <summary>A memory size a deployment file sets.</summary>
    /// <param name="Handler">The handler string of the function the setting applies to, when the file says (null: every function in the file).</param>
    internal readonly record struct MemorySetting(string Setting, int Megabytes, TextSpan Span, string? Handler);

    private static ConfigNode? Read(string path, string content)
    {
        if (Dockerfile.IsDockerfile(path))
        {
            return null;
        }

        var isYaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || !content.TrimStart().StartsWith("{", StringComparison.Ordinal);
        return isYaml ? YamlReader.Read(content) : JsonReader.Read(content);
    }

    /// <summary>A mapping or a scalar, with the span of the scalar's text.</summary>
    internal sealed class ConfigNode
    {
        public string? Scalar { get; set; }

        public TextSpan Span { get; set; }

        public List<(string Key, ConfigNode Value)> Members { get; } = new();

        /// <summary>The items of a list (a JSON array, a YAML block or flow sequence).</summary>
        public List<ConfigNode> Items { get; } = new();

        public ConfigNode? Member(string key) => Members.FirstOrDefault(m => m.Key == key).Value;
    }

    private sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _position;

        private JsonReader(string text)
        {
            _text = text;
        }

        public static ConfigNode? Read(string text)
        {
            var reader = new JsonReader(text);
            var node = reader.Value(0);
            reader.SkipWhitespace();
            return node is not null && reader._position == text.Length ? node : null;
        }

        private ConfigNode? Value(int depth)
        {
            SkipWhitespace();
            if (_position >= _text.Length || depth > MaxDepth)
            {
                return null;
            }

            switch (_text[_position])
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"':
                    var start = _position;
                    var value = String();
                    return value is null ? null : new ConfigNode { Scalar = value, Span = TextSpan.FromBounds(start, _position) };
                default:
                    var literalStart = _position;
                    while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
                    {
                        _position++;
                    }

                    if (_position == literalStart)
                    {
                        return null;
                    }

                    return new ConfigNode
                    {
                        Scalar = _text.Substring(literalStart, _position - literalStart),
                        Span = TextSpan.FromBounds(literalStart, _position),
                    };
            }
        }

        private ConfigNode? Object(int depth)
        {
            var node = new ConfigNode { Span = new TextSpan(_position, 1) }; // an object sits at its opening brace
            _position++;
            SkipWhitespace();
            if (Peek('}'))
            {
                _position++;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                var key = Peek('"') ? String() : null;
                SkipWhitespace();
                if (key is null || !Peek(':'))
                {
                    return null;
                }

                _position++;
                var value = Value(depth + 1);
                if (value is null)
                {
                    return null;
                }

                node.Members.Add((key, value));
                SkipWhitespace();
                if (Peek(','))
                {
                    _position++;
                    continue;
                }

                if (Peek('}'))
                {
                    _position++;
                    return node;
                }

                return null;
            }
        }

        private ConfigNode? Array(int depth)
        {
            var list = new ConfigNode { Span = new TextSpan(_position, 1) };
            _position++;
            SkipWhitespace();
            if (Peek(']'))
            {
                _position++;
                return list;
            }

            while (true)
            {
                if (Value(depth + 1) is not { } item)
                {
                    return null;
                }

                list.Items.Add(item);
                SkipWhitespace();
                if (Peek(','))
                {
                    _position++;
                    continue;
                }

                if (Peek(']'))
                {
                    _position++;
                    return list;
                }

                return null;
            }
        }

        private string? String()
        {
            _position++;
            var start = _position;
            var escaped = false;
            for (; _position < _text.Length; _position++)
            {
                var c = _text[_position];
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    var value = _text.Substring(start, _position - start);
                    _position++;
                    return value;
                }
                else if (c == '\n')
                {
                    return null;
                }
            }

            return null;
        }

        private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }
    }

    /// <summary>The block-mapping subset of YAML that SAM templates use; list items are skipped.</summary>
    private static class YamlReader
    {
        public static ConfigNode? Read(string text)
        {
            var root = new ConfigNode();
            var stack = new Stack<(int Indent, ConfigNode Node)>();
            stack.Push((-1, root));
            var offset = 0;
            foreach (var rawLine in text.Split('\n'))
            {
                var lineStart = offset;
                offset += rawLine.Length + 1;
                var line = rawLine.TrimEnd('\r');
                var content = StripComment(line);
                if (content.Trim().Length == 0 || content.TrimStart().StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                if (content.IndexOf('\t') >= 0)
                {
                    return null;
                }

                var indent = content.Length - content.TrimStart(' ').Length;
                var body = content.Substring(indent);
                while (stack.Peek().Indent >= indent)
                {
                    stack.Pop();
                }

                if (body.StartsWith("-", StringComparison.Ordinal))
                {
                    // A list item: a scalar item is kept (ImageConfig.Command); a mapping item's contents are not
                    // settings we read, and must not attach to the parent.
                    var item = body.Substring(1);
                    var itemValue = StripComment(item).Trim();
                    if (itemValue.Length > 0 && KeySeparator(itemValue) < 0 && (body.Length == 1 || body[1] == ' '))
                    {
                        var itemStart = lineStart + indent + 1 + (item.Length - item.TrimStart().Length);
                        stack.Peek().Node.Items.Add(new ConfigNode { Scalar = Unquote(itemValue), Span = new TextSpan(itemStart, itemValue.Length) });
                    }

                    stack.Push((indent, new ConfigNode()));
                    continue;
                }

                var colon = KeySeparator(body);
                if (colon <= 0)
                {
                    continue;
                }

                var key = Unquote(body.Substring(0, colon).Trim());
                var rawValue = body.Substring(colon + 1);
                var value = rawValue.Trim();
                var node = new ConfigNode();
                if (value.Length == 0 || value == "|" || value == ">")
                {
                    node.Span = new TextSpan(lineStart + indent, colon); // a mapping sits at its key
                    stack.Peek().Node.Members.Add((key, node));
                    stack.Push((indent, node));
                    continue;
                }

                var valueStart = lineStart + indent + colon + 1 + (rawValue.Length - rawValue.TrimStart().Length);
                node.Scalar = Unquote(value);
                node.Span = new TextSpan(valueStart, value.Length);
                if (value.StartsWith("[", StringComparison.Ordinal) && value.EndsWith("]", StringComparison.Ordinal))
                {
                    // A flow sequence, Command: ["Assembly::Type::Method"]; items split at commas (handler strings hold none).
                    foreach (var flowItem in value.Substring(1, value.Length - 2).Split(','))
                    {
                        if (flowItem.Trim().Length > 0)
                        {
                            node.Items.Add(new ConfigNode { Scalar = Unquote(flowItem.Trim()), Span = new TextSpan(valueStart, value.Length) });
                        }
                    }
                }
                stack.Peek().Node.Members.Add((key, node));
            }

            return root;
        }

        private static int KeySeparator(string body)
        {
            var quote = '\0';
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == ':' && (i + 1 == body.Length || body[i + 1] == ' '))
                {
                    return i;
                }
            }

            return -1;
        }

        private static string StripComment(string line)
        {
            var quote = '\0';
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || line[i - 1] == ' '))
                {
                    return line.Substring(0, i);
                }
            }

            return line;
        }

        private static string Unquote(string value)
        {
            return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]
                ? value.Substring(1, value.Length - 2)
                : value;
        }
    }
}
