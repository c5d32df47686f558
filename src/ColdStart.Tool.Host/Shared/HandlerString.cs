using System;

namespace ColdStart.Tool;

/// <summary>
/// A Lambda class-library handler string, <c>Assembly::Namespace.Type::Method</c>, as the Lambda managed runtime reads it
/// (a nested type is written <c>Outer+Inner</c>). Shared by the tool, which checks it before publishing anything, and the
/// host, which resolves it.
/// </summary>
public sealed record HandlerString(string Assembly, string Type, string Method)
{
    /// <summary>Parses <paramref name="text"/>; a string that cannot name a handler gets a message saying what is wrong.</summary>
    public static bool TryParse(string? text, out HandlerString? handler, out string error)
    {
        handler = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The handler string is empty; expected Assembly::Namespace.Type::Method.";
            return false;
        }

        var parts = text.Split("::");
        if (parts.Length != 3)
        {
            error = $"The handler string '{text}' has {parts.Length} part(s); expected three separated by '::': Assembly::Namespace.Type::Method.";
            return false;
        }

        var names = new[] { "assembly", "type", "method" };
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Trim().Length == 0 || parts[i].Trim() != parts[i])
            {
                error = $"The handler string '{text}' has an empty or padded {names[i]} name; expected Assembly::Namespace.Type::Method.";
                return false;
            }
        }

        if (parts[0].EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            error = $"The handler string '{text}' names the assembly file; Lambda expects the assembly name without '.dll' ('{parts[0][..^4]}').";
            return false;
        }

        handler = new HandlerString(parts[0], parts[1], parts[2]);
        error = "";
        return true;
    }

    public override string ToString() => $"{Assembly}::{Type}::{Method}";
}
