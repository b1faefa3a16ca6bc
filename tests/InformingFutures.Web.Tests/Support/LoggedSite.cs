using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace InformingFutures.Web.Tests.Support;

/// <summary>The repository's site on real Kestrel with every log line kept, for tests that read what an operator would.</summary>
public sealed class LoggedSite : IDisposable
{
    private readonly ToolkitFactory _site;

    public LoggedSite()
    {
        _site = new ToolkitFactory(TestPaths.RepoContent, configure: b => b
            .UseSetting("Site:PublicUrl", RepoSiteFactory.PublicUrl)
            .ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(Log)));
        Address = RawHttp.StartOnKestrel(_site);
    }

    public CapturingLoggerProvider Log { get; } = new();

    public Uri Address { get; }

    /// <summary>A request with an empty body, or with <paramref name="form"/> as a form body, byte for byte.</summary>
    public Task<(int Status, string Response)> SendAsync(string method, string target, string form = "") =>
        RawHttp.SendAsync(Address, $"{method} {target} HTTP/1.1\r\nHost: {Address.Authority}\r\n" +
            $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {form.Length}\r\nConnection: close\r\n\r\n{form}");

    public void Dispose() => _site.Dispose();
}
