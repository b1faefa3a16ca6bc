using System.Diagnostics;

namespace InformingFutures.Web.Content;

/// <summary>
/// The time by which the parse running on this thread must end. The parser checks it between blocks and between its
/// passes, and stops with <see cref="ParseDeadlineException"/> once it has gone: a file that takes too long is given up
/// on by the thread reading it, so no parse is left running in the background (there is no way to stop a thread
/// from outside in .NET).
/// </summary>
public static class ParseDeadline
{
    [ThreadStatic]
    private static long t_deadline;

    /// <summary>Sets this thread's deadline for the parse about to run; disposing the result clears it.</summary>
    public static Scope Start(TimeSpan limit)
    {
        t_deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        return default;
    }

    /// <summary>Throws when this thread's parse has run past its deadline; free when none is set.</summary>
    public static void ThrowIfPassed()
    {
        if (t_deadline != 0 && Stopwatch.GetTimestamp() > t_deadline)
        {
            throw new ParseDeadlineException();
        }
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => t_deadline = 0;
    }
}

/// <summary>The parse on this thread passed its <see cref="ParseDeadline"/>.</summary>
public sealed class ParseDeadlineException() : Exception("the parse ran past its deadline");
