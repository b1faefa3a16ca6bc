using System.Text.RegularExpressions;

namespace InformingFutures.Web.Pdf;

/// <summary>Where the site finds the PDFs the <c>pdf</c> command made, and the browser that command prints with.</summary>
public sealed partial class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>
    /// The folder of PDFs, relative to the app's content root (or absolute). It holds a set of PDFs and a manifest for
    /// each public address they were printed for (<see cref="AddressFolder"/>), so printing for an export never takes
    /// the running site's links away.
    /// </summary>
    public string Folder { get; set; } = "pdf";

    /// <summary>The folder of one address's set, inside <see cref="Folder"/>: "no-address", or the address in plain characters.</summary>
    public static string AddressFolder(string? baseUrl) =>
        baseUrl is null ? "no-address" : NotPlain().Replace(baseUrl.ToLowerInvariant(), "-");

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex NotPlain();

    /// <summary>The Chromium the <c>pdf</c> command prints with: a path, or a name looked up on PATH. The site itself never starts it.</summary>
    public string Chromium { get; set; } = "chromium";

    /// <summary>Where <see cref="Chromium"/> is, or null when it is not installed.</summary>
    public string? ChromiumPath() =>
        Path.IsPathRooted(Chromium) ? (File.Exists(Chromium) ? Chromium : null)
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, Chromium)).FirstOrDefault(File.Exists);

    /// <summary>How long one page may take to print before the command gives up on it.</summary>
    public int PrintTimeoutSeconds { get; set; } = 120;
}
