using System.Diagnostics;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>Reads QR codes from images with zbarimg (zbar-tools), as a participant's phone reads a printed sheet.</summary>
public static class QrReader
{
    public static string ToolPath => "/usr/bin/zbarimg";

    public static bool IsInstalled => File.Exists(ToolPath) && File.Exists("/usr/bin/pdftoppm");

    /// <summary>Every code zbarimg finds in the image, as text.</summary>
    public static IReadOnlyList<string> Decode(string image) =>
        Run(ToolPath, $"--quiet --raw \"{image}\"", acceptExit: [0, 4]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>One sheet of a PDF as a PNG at print-like resolution.</summary>
    /// <param name="dpi">150, a printer's; a slide's small code needs 300, a phone held close to the sheet.</param>
    public static string RenderSheet(string pdf, int sheet, int dpi = 150)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"{Path.GetFileNameWithoutExtension(pdf)}-sheet{sheet}");
        Run("/usr/bin/pdftoppm", $"-r {dpi} -f {sheet} -l {sheet} -singlefile -png \"{pdf}\" \"{prefix}\"", acceptExit: [0]);
        return prefix + ".png";
    }

    private static string Run(string tool, string arguments, int[] acceptExit)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(acceptExit.Contains(process.ExitCode), $"{tool} {arguments} exited {process.ExitCode}: {errors}");
        return output; // zbarimg exits 4 when it finds no code: the caller's assertion says what was expected
    }
}

/// <summary>A test that reads QR codes from printed sheets: needs Chromium, poppler-utils and zbar-tools (skipped locally, failing in CI).</summary>
public sealed class QrFactAttribute : FactAttribute
{
    public QrFactAttribute()
    {
        if ((!Chromium.IsInstalled || !PdfText.IsInstalled || !QrReader.IsInstalled) && !Chromium.IsCi)
        {
            Skip = $"Chromium ({Chromium.ExecutablePath}), pdftotext or zbarimg ({QrReader.ToolPath}) is missing: apt-get install chromium poppler-utils zbar-tools. In CI this test fails instead.";
        }
    }
}
