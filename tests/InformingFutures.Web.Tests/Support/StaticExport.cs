using System.Diagnostics;
using System.Reflection;

namespace InformingFutures.Web.Tests.Support;

/// <summary>Runs the export command of docs/deploying.md against the already-built site, into a fresh temporary folder.</summary>
public static class StaticExport
{
    private static readonly Lazy<string> Shared = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "if-export-" + Guid.NewGuid().ToString("N"));
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
        return Run(folder);
    });

    /// <summary>One export per test run, shared by the tests that only read it.</summary>
    public static string Folder => Shared.Value;

    public static string Run(string folder, params string[] options) => RunOver(null, folder, options);

    /// <param name="contentRoot">A content folder to export instead of the repository's (as <c>Content__RootPath</c>).</param>
    public static string RunOver(string? contentRoot, string folder, params string[] options) => RunCapturing(contentRoot, folder, options).Folder;

    /// <returns>The folder, and what the export printed (standard output and error together).</returns>
    public static (string Folder, string Output) RunCapturing(string? contentRoot, string folder, params string[] options)
    {
        var (exitCode, output) = RunWithArguments(contentRoot, [folder, .. options]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"export failed ({exitCode}): {output}");
        }

        return (folder, output);
    }

    /// <summary>
    /// The export with exactly these arguments (folder included, or not): its exit code and what it printed. It runs
    /// the built site as `dotnet run` would (from the project folder, in Development, as launchSettings.json says),
    /// without `dotnet run`'s second of MSBuild each time; <see cref="RunAsDocumented"/> types the documented command.
    /// </summary>
    public static (int ExitCode, string Output) RunWithArguments(string? contentRoot, params string[] arguments) =>
        RunCommand("export", contentRoot, new Dictionary<string, string>(), arguments);

    /// <summary>Any command of the site (export, pdf; "" serves the site) run that way, with settings as environment variables (Pdf__Folder).</summary>
    public static (int ExitCode, string Output) RunCommand(string command, string? contentRoot, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "InformingFutures.Web");
        var site = Path.Combine(project, "bin", Configuration, "net10.0", "InformingFutures.Web.dll");
        var start = new ProcessStartInfo("dotnet", [site, .. command == "" ? Array.Empty<string>() : [command], .. arguments]) { WorkingDirectory = project };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        WithoutPrinting(start);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Run(start, contentRoot);
    }

    /// <summary>The export exactly as docs/deploying.md types it: `dotnet run --project src/InformingFutures.Web -- export …`.</summary>
    public static (int ExitCode, string Output) RunAsDocumented(string? contentRoot, params string[] arguments) =>
        Run(WithoutPrinting(new ProcessStartInfo("dotnet", ["run", "--project", "src/InformingFutures.Web", "--no-build", "-c", Configuration, "--", "export", .. arguments]) { WorkingDirectory = TestPaths.RepoRoot }), contentRoot);

    /// <summary>
    /// Never the repository's pdf/ folder, and no printing (a test that wants PDFs names Pdf__Chromium), so an export
    /// that only reads pages takes seconds.
    /// </summary>
    private static ProcessStartInfo WithoutPrinting(ProcessStartInfo start)
    {
        start.Environment["Pdf__Folder"] = Path.Combine(Path.GetTempPath(), "if-test-pdfs-" + Guid.NewGuid().ToString("N"));
        start.Environment["Pdf__Chromium"] = "/no/chromium/in/this/test";
        return start;
    }

    private static string Configuration => typeof(StaticExport).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static (int ExitCode, string Output) Run(ProcessStartInfo start, string? contentRoot)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        // Relative folders are taken from where the command was typed: the repository's root.
        start.Environment["PWD"] = TestPaths.RepoRoot;
        if (contentRoot is not null)
        {
            start.Environment["Content__RootPath"] = contentRoot;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', start.ArgumentList.Take(2))} did not finish within 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
