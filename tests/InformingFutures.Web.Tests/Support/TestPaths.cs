namespace InformingFutures.Web.Tests.Support;

public static class TestPaths
{
    /// <summary>A content folder under Fixtures/, copied beside the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The repository's own content/ folder.</summary>
    public static string RepoContent => Path.Combine(RepoRoot, "content");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InformingFutures.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Could not find InformingFutures.sln above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>A throwaway copy of a fixture folder that a test may edit.</summary>
public sealed class TempContent : IDisposable
{
    /// <param name="fixture">A fixture's name, or the full path of any content folder to copy.</param>
    public TempContent(string fixture)
    {
        Root = Path.Combine(Path.GetTempPath(), "if-content-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.IsPathRooted(fixture) ? fixture : TestPaths.Fixture(fixture), Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Write(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS temp cleaner will get it.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
