using System.Diagnostics;

namespace InformingFutures.Web.Pdf;

/// <summary>
/// Prints one page to PDF with headless Chromium's own command line (<c>--print-to-pdf</c>): the sheet a reader's
/// Chromium prints, tagged for screen readers and with an outline of the headings, and no browser library in the
/// site (see docs/decisions/0007). Used only by the <c>pdf</c> command; the site itself never starts a browser.
/// </summary>
public sealed class ChromiumPrinter(string chromium, TimeSpan timeout)
{
    /// <summary>
    /// In the browser's user agent, so the page knows it is becoming a file (print-footer.js leaves out "Printed
    /// &lt;date&gt;"; site.js does not install the offline copy).
    /// </summary>
    public const string UserAgentMark = "InformingFutures-PDF";

    /// <summary>Prints <paramref name="address"/> into <paramref name="pdfPath"/>; throws with Chromium's words when it cannot.</summary>
    public async Task PrintAsync(Uri address, string pdfPath, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("informing-futures-pdf-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", // a container's /dev/shm is 64 MB
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile.FullName}",
                "--no-pdf-header-footer", // the site's own margin boxes carry the notice, the address and the page numbers
                "--generate-pdf-document-outline",
                "--run-all-compositor-stages-before-draw",
                $"--user-agent=Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome {UserAgentMark}",
                $"--print-to-pdf={pdfPath}",
                address.AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{chromium} did not start");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium took longer than {timeout.TotalSeconds:0} s to print {address} (Pdf:PrintTimeoutSeconds)");
            }

            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                var said = (await errors).Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal)).Take(3);
                throw new InvalidOperationException($"Chromium could not print {address} (exit {process.ExitCode}): {string.Join(" ", said)}".TrimEnd(' ', ':'));
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a file for a moment; the temporary folder is the system's to clear.
            }
        }
    }
}
