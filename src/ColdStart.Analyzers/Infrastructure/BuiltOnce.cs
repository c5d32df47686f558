using System;
using System.Threading;

namespace ColdStart.Analyzers.Infrastructure;

/// <summary>Values that many analyzer threads ask for and that are worth building only once.</summary>
internal static class BuiltOnce
{
    /// <summary>
    /// The value in <paramref name="field"/>, built by <paramref name="build"/> the first time, under
    /// <paramref name="gate"/>: concurrent first callers wait for that one build instead of repeating it. A build that
    /// throws (a cancelled walk) leaves the field empty, so the next caller builds again.
    /// </summary>
    public static T Get<T>(ref T? field, object gate, Func<T> build)
        where T : class
    {
        var value = Volatile.Read(ref field);
        if (value is not null)
        {
            return value;
        }

        lock (gate)
        {
            value = field;
            if (value is null)
            {
                value = build();
                Volatile.Write(ref field, value);
            }

            return value;
        }
    }
}
