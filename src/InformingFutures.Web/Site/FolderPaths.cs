namespace InformingFutures.Web.Site;

/// <summary>Paths inside the folders the site writes or serves from (an export, the PDF folder).</summary>
public static class FolderPaths
{
    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="root"/>, or null when it would leave the
    /// folder, pass through a symbolic link, or is no path at all (a NUL in a manifest's file name): nothing in such a
    /// folder can lead the site to read or write anywhere else.
    /// </summary>
    public static string? Inside(string root, string relative)
    {
        string path;
        try
        {
            path = Path.GetFullPath(Path.Combine(root, relative));
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is not null)
            {
                return null;
            }
        }

        return File.Exists(path) && new FileInfo(path).LinkTarget is not null ? null : path;
    }
}
