using System.Diagnostics;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>Reads a printed PDF sheet by sheet with poppler's pdftotext, as a person reading the paper would.</summary>
public static class PdfText
{
    public static string ToolPath => "/usr/bin/pdftotext";

    public static bool IsInstalled => File.Exists(ToolPath);

    public static int PageCount(string pdf)
    {
        var info = Run("/usr/bin/pdfinfo", $"\"{pdf}\"");
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim());
    }

    public static string Page(string pdf, int page) => Run(ToolPath, $"-f {page} -l {page} -layout \"{pdf}\" -");

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }
}

/// <summary>A test that prints to PDF and reads it back: needs Chromium and pdftotext (skipped without them locally, failing in CI).</summary>
public sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if ((!Chromium.IsInstalled || !PdfText.IsInstalled) && !Chromium.IsCi)
        {
            Skip = $"Chromium ({Chromium.ExecutablePath}) or pdftotext ({PdfText.ToolPath}) is missing: apt-get install chromium poppler-utils. In CI this test fails instead.";
        }
    }
}
