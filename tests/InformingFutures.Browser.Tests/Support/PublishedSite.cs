using System.Diagnostics;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>A published build of the site run as its own process, as an operator runs it, on a given loopback port.</summary>
public sealed class PublishedSite : IDisposable
{
    private readonly Process _process;

    private PublishedSite(Process process) => _process = process;

    /// <summary>Starts the build in <paramref name="folder"/> (its own content/) and returns once it is ready.</summary>
    public static async Task<PublishedSite> StartAsync(string folder, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "InformingFutures.Web.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Content__RootPath"] = Path.Combine(folder, "content");
        var site = new PublishedSite(Process.Start(start)!);
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await IsReadyAsync(client))
        {
            Assert.False(site._process.HasExited, $"the build in {folder} stopped");
            Assert.True(DateTime.UtcNow < deadline, $"the build in {folder} did not become ready on port {port}");
            await Task.Delay(200); // polled
        }

        return site;
    }

    private static async Task<bool> IsReadyAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/healthz/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
