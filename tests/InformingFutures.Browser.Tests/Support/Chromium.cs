namespace InformingFutures.Browser.Tests.Support;

/// <summary>Where Debian's Chromium is, and whether a missing one is a failure (CI) or a skip (a laptop).</summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The flags this sandbox needs: no GPU, no sandbox as root, and no calls home that the closed network refuses.</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}

/// <summary>
/// A test that needs a real browser. On a developer's machine without Chromium it is skipped with a message;
/// in CI (CI=true) it runs, and fails, so a missing browser can never pass silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi)
        {
            Skip = $"Chromium not found at {Chromium.ExecutablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH. In CI this test fails instead.";
        }
    }
}
