namespace InformingFutures.Browser.Tests.Support;

/// <summary>
/// The repository's content printed once per test run by the pdf command, as docs/deploying.md runs it, with the
/// tests' public address: the shared site serves these, so every browser test sees the Download PDF links a reader
/// sees, and the PDF tests read these files.
/// </summary>
public static class RepoPdfs
{
    private static readonly Lazy<(string Folder, int ExitCode, string Output)> Printed = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("if-pdfs-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS's temp cleaner.
            }
        };
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            return (folder, -1, "Chromium is not installed, so no PDFs were printed");
        }

        var (exitCode, output) = StaticExport.RunCommand("pdf", null, new Dictionary<string, string>
        {
            ["Pdf__Folder"] = folder,
            ["Pdf__Chromium"] = Chromium.ExecutablePath,
        }, "--base-url", RepoSiteFactory.PublicUrl);
        return (folder, exitCode, output);
    });

    public static string Folder => Printed.Value.Folder;

    /// <summary>What the command printed, and its exit code: a test fails on it rather than a fixture throwing.</summary>
    public static (int ExitCode, string Output) Command => (Printed.Value.ExitCode, Printed.Value.Output);
}
