using System.Diagnostics;

namespace InformingFutures.Web.Tests.Content;

/// <summary>
/// A pipe named like a page (`mkfifo content/sec/x.md`) is never opened: opening one waits for a writer for ever, which
/// froze start-up, `check` and every later reload. It is reported at its file, and the rest keeps serving.
/// </summary>
public sealed class NotARegularFileTests
{
    /// <summary>Makes a pipe (FIFO) at <paramref name="path"/>, as `mkfifo` does.</summary>
    internal static void Pipe(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void CheckReportsAPipeNamedLikeAPageAndFinishes()
    {
        using var content = new TempContent("good");
        Pipe(content.PathOf("alpha/pipe.md"));

        var (exitCode, output) = StaticExport.RunCommand("check", null, new Dictionary<string, string>(), content.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("alpha/pipe.md:1:1: error: the file could not be read: it is empty, or not a regular file (a pipe or a device); save the page as an ordinary Markdown file", output);
        Assert.Contains("check: 4 pages, 1 error", output);
    }

    [Fact]
    public async Task APipeSavedIntoARunningSiteLeavesTheOtherPagesAndLaterEditsServed()
    {
        using var content = new TempContent("good");
        using var site = new TestSite(content.Root);
        site.Index.Reload();

        Pipe(content.PathOf("alpha/pipe.md"));
        await Task.Run(site.Index.Reload).WaitAsync(ContentTestHost.ReloadLimit);
        Assert.Contains(site.Current.Problems, p => p.Path == "alpha/pipe.md" && p.IsError);
        Assert.NotNull(site.Current.Find("alpha", "first"));

        content.Write("alpha/first.md", File.ReadAllText(content.PathOf("alpha/first.md")).Replace("title: First model", "title: First model, edited", StringComparison.Ordinal));
        await Task.Run(site.Index.Reload).WaitAsync(ContentTestHost.ReloadLimit);
        Assert.Equal("First model, edited", site.Current.Find("alpha", "first")?.Title);
    }
}
