namespace InformingFutures.Web.Content;

/// <summary>
/// Runs one reload's work on a few threads of its own, one per core, each with the deep stack that Markdig's
/// recursion over nested Markdown can need. They are started once per reload and end with it: a thread per file
/// spent more of a 3,000-file start creating threads than parsing, and the thread pool's threads have shallow stacks.
/// </summary>
internal static class ParseWorkers
{
    private const int StackBytes = 16 * 1024 * 1024;

    /// <summary>Calls <paramref name="work"/> once for each index below <paramref name="count"/>; returns when all are done.</summary>
    /// <param name="work">Must not throw: an exception on a thread of its own ends the process.</param>
    public static void Run(int count, Action<int> work)
    {
        var next = -1;
        var threads = Enumerable.Range(1, Math.Clamp(count, 0, Math.Max(2, Environment.ProcessorCount)))
            .Select(n => new Thread(
                () =>
                {
                    for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                    {
                        work(i);
                    }
                },
                StackBytes)
            {
                IsBackground = true,
                Name = $"Content parse {n}",
            })
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }
}
