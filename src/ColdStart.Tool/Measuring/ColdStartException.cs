using System;

namespace ColdStart.Tool.Measuring;

/// <summary>
/// Something the user can fix: bad input, a build that fails, a function that crashes or never answers. The command
/// line prints <see cref="Exception.Message"/> and <see cref="Output"/> (what the function or the build printed) and
/// exits with code 2; nothing of the tool's own stack is shown.
/// </summary>
public sealed class ColdStartException : Exception
{
    public ColdStartException(string message, string output = "")
        : base(message)
    {
        Output = output;
    }

    public ColdStartException()
        : this("The cold start failed.")
    {
    }

    public ColdStartException(string message, Exception innerException)
        : base(message, innerException)
    {
        Output = "";
    }

    /// <summary>The tail of what the function or the build printed, if anything.</summary>
    public string Output { get; } = "";
}
