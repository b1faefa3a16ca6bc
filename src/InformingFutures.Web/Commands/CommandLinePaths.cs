namespace InformingFutures.Web.Commands;

/// <summary>Folder and option arguments of the site's commands, taken the way the person typing them meant.</summary>
public static class CommandLinePaths
{
    /// <summary>
    /// A relative folder is taken from where the command was typed. `dotnet run` starts the app in the project
    /// folder, but the shell's PWD still says where the person was.
    /// </summary>
    public static string Resolve(string folder) =>
        Path.IsPathRooted(folder) ? folder : Path.GetFullPath(Path.Combine(CallerDirectory(), folder));

    public static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    /// <summary>The value after an option (<c>--format github</c>), or null when the option is absent.</summary>
    public static string? ValueAfter(IReadOnlyList<string> arguments, string option)
    {
        var at = arguments.ToList().IndexOf(option);
        return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
    }
}
