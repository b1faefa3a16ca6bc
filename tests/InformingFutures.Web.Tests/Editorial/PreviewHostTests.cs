namespace InformingFutures.Web.Tests.Editorial;

/// <summary>
/// Live preview serves drafts, so in Development the site answers only loopback host names: a page that rebinds its own
/// name to 127.0.0.1 (DNS rebinding) gets ASP.NET's empty 400, never an editor's drafts.
/// </summary>
public sealed class PreviewHostTests : IDisposable
{
    private readonly ToolkitFactory _site = new(TestPaths.Fixture("editorial"), "Development");
    private readonly Uri _address;

    public PreviewHostTests() => _address = RawHttp.StartOnKestrel(_site);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("localhost", 200)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("[::1]", 200)]
    [InlineData("evil.example", 400)]
    [InlineData("toolkit.example.org", 400)]
    public async Task OnlyLoopbackNamesAreAnswered(string host, int expected)
    {
        var (status, response) = await RawHttp.SendAsync(_address, $"GET /guide/notes-in-progress HTTP/1.1\r\nHost: {host}:{_address.Port}\r\nConnection: close\r\n\r\n");

        Assert.Equal(expected, status);
        Assert.Equal(expected == 200, response.Contains("Draft: not published", StringComparison.Ordinal));
    }
}
