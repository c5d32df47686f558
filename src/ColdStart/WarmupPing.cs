#if NET8_0_OR_GREATER
using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ColdStart;

/// <summary>
/// Recognises warm-up pings by reading the raw payload: no deserialisation, no allocation, and no more bytes than
/// needed — a payload longer than <see cref="MaxPingLength"/> is not read at all. The stream's position is
/// restored, so the handler reads the payload from its start.
/// </summary>
public static class WarmupPing
{
    /// <summary>Pings are small JSON objects; anything longer is an ordinary event.</summary>
    public const int MaxPingLength = 4096;

    private const int MaxRuleNameBytes = 256;

    /// <summary>
    /// True when <paramref name="payload"/> is a warm-up ping under <paramref name="options"/>. Non-seekable
    /// streams are never read (they could not be rewound for the handler) and count as ordinary events.
    /// </summary>
    public static bool IsPing(Stream payload, WarmupPingOptions options)
    {
        if (!payload.CanSeek)
        {
            return false;
        }

        var length = payload.Length - payload.Position;
        if (length <= 1 || length > MaxPingLength)
        {
            return false;
        }

        var start = payload.Position;
        Span<byte> buffer = stackalloc byte[(int)length];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = payload.Read(buffer.Slice(read));
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        payload.Position = start;
        return IsPing(buffer.Slice(0, read), options);
    }

    /// <summary>The same test over bytes already in memory.</summary>
    public static bool IsPing(ReadOnlySpan<byte> json, WarmupPingOptions options)
    {
        try
        {
            return Inspect(json, options);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Inspect(ReadOnlySpan<byte> json, WarmupPingOptions options)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var conventions = options.Conventions;
        var fromEvents = false;
        var scheduled = false;
        var fromRule = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if ((conventions & WarmupConventions.Prewarm) != 0 && reader.ValueTextEquals("prewarm"u8))
            {
                if (NextIsTrue(ref reader))
                {
                    return true;
                }
            }
            else if ((conventions & WarmupConventions.LambdaWarmer) != 0 && reader.ValueTextEquals("warmer"u8))
            {
                if (NextIsTrue(ref reader))
                {
                    return true;
                }
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    if ((conventions & WarmupConventions.ServerlessPluginWarmup) != 0 && reader.ValueTextEquals("serverless-plugin-warmup"u8))
                    {
                        return true;
                    }

                    fromEvents = reader.ValueTextEquals("aws.events"u8);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("detail-type"u8))
            {
                reader.Read();
                scheduled = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Scheduled Event"u8);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("resources"u8) && (conventions & WarmupConventions.EventBridgeSchedule) != 0
                && options.ScheduleRuleName is { Length: > 0 } rule)
            {
                fromRule = ResourcesNameRule(ref reader, rule);
            }
            else if (options.CustomProperty is { Length: > 0 } custom && reader.ValueTextEquals(custom))
            {
                if (MatchesCustomValue(ref reader, options.CustomValue))
                {
                    return true;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }

            if (fromEvents && scheduled && fromRule)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextIsTrue(ref Utf8JsonReader reader)
    {
        reader.Read();
        var isTrue = reader.TokenType == JsonTokenType.True;
        reader.Skip();
        return isTrue;
    }

    private static bool MatchesCustomValue(ref Utf8JsonReader reader, string? expected)
    {
        reader.Read();
        var matches = reader.TokenType switch
        {
            JsonTokenType.True => expected is null || expected == "true",
            JsonTokenType.String => expected is not null && reader.ValueTextEquals(expected),
            _ => false,
        };
        reader.Skip();
        return matches;
    }

    // "resources": ["arn:aws:events:eu-west-1:123456789012:rule/keep-warm"] — the ARN ends with "rule/<name>".
    private static bool ResourcesNameRule(ref Utf8JsonReader reader, string ruleName)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return false;
        }

        Span<byte> suffix = stackalloc byte[MaxRuleNameBytes + 5];
        "rule/"u8.CopyTo(suffix);
        var nameLength = Encoding.UTF8.GetByteCount(ruleName);
        if (nameLength > MaxRuleNameBytes)
        {
            reader.Skip();
            return false;
        }

        Encoding.UTF8.GetBytes(ruleName, suffix.Slice(5));
        suffix = suffix.Slice(0, 5 + nameLength);
        var found = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.EndsWith(suffix))
            {
                found = true;
            }
            else if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                reader.Skip();
            }
        }

        return found;
    }
}

/// <summary>What counts as a ping; built once per handler by the generated code.</summary>
public sealed class WarmupPingOptions
{
    /// <summary>Creates the options.</summary>
    public WarmupPingOptions(WarmupConventions conventions, string? scheduleRuleName = null, string? customProperty = null, string? customValue = null)
    {
        Conventions = conventions;
        ScheduleRuleName = scheduleRuleName;
        CustomProperty = customProperty;
        CustomValue = customValue;
    }

    /// <summary>The conventions that count.</summary>
    public WarmupConventions Conventions { get; }

    /// <summary>The EventBridge rule whose scheduled events are pings.</summary>
    public string? ScheduleRuleName { get; }

    /// <summary>A property of your own that marks a ping.</summary>
    public string? CustomProperty { get; }

    /// <summary>The value of <see cref="CustomProperty"/> that marks a ping (a string, or "true").</summary>
    public string? CustomValue { get; }
}
#endif
