using InformingFutures.Web.Site;

namespace InformingFutures.Web.Commands;

/// <summary>
/// The folder an export writes, and the only place it may write. An earlier export is replaced whole (it carries
/// <see cref="MarkerFile"/>); any other folder must be empty. Nothing is written through a symbolic link or
/// outside the folder, whatever a page's links or an address's dots say.
/// </summary>
public sealed class ExportFolder
{
    /// <summary>Written into every export, so the next export knows the folder is its own to empty.</summary>
    public const string MarkerFile = ".informing-futures-export";

    private ExportFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>Why <paramref name="folder"/> cannot take an export, or null when it can; nothing is changed.</summary>
    public static string? ProblemWith(string folder)
    {
        if (File.Exists(folder))
        {
            return $"export: {folder} is a file; name a folder to write the export into";
        }

        if (!Directory.Exists(folder))
        {
            return null;
        }

        if (FirstLinkIn(folder) is { } link)
        {
            return $"export: {link} is a symbolic link; the export never writes through one, so remove it or choose another folder";
        }

        return Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, MarkerFile))
            ? $"export: {folder} already holds files that are not an earlier export; choose an empty or new folder"
            : null;
    }

    /// <summary>Empties an earlier export (or creates the folder) and marks it; call after <see cref="ProblemWith"/>.</summary>
    public static ExportFolder Prepare(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root))
        {
            foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, MarkerFile), "Written by the Informing Futures toolkit's export command; the next export empties this folder.\n");
        return new ExportFolder(root);
    }

    /// <summary>
    /// The full path of <paramref name="file"/> (a path relative to the export), or null when it would land outside
    /// the folder or pass through a symbolic link.
    /// </summary>
    public string? PathOf(string file) => FolderPaths.Inside(Root, file);

    private static string? FirstLinkIn(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (entry.LinkTarget is not null)
            {
                return entry.FullName;
            }
        }

        return null;
    }
}
