namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// The outside probe's addresses and bodies on real Kestrel: blank or odd segments are not found, and no request
/// can choose its own status or raise an error-level log line.
/// </summary>
public sealed class NoClientInputGivesAnErrorTests : IDisposable
{
    private readonly LoggedSite _site = new();

    [Theory]
    [InlineData("/%20/present")]
    [InlineData("/%20/handout")]
    [InlineData("/%20/present/presenter")]
    [InlineData("/%20/present/notes")]
    [InlineData("/%09/present")]
    [InlineData("/%C2%A0/present/notes")]
    [InlineData("/%20/anything")]
    [InlineData("/%20/reflective-practice")]
    [InlineData("/reflective-practice/%20")]
    [InlineData("/reflective-practice/%09")]
    [InlineData("/reflective-practice/%20/present")]
    [InlineData("/reflective-practice/team/%20")]
    [InlineData("/%20")]
    public async Task ABlankSegmentIsNotFound(string path)
    {
        var (status, response) = await SendAsync("GET", path);

        Assert.Equal(404, status);
        Assert.Contains("<h1>Page not found</h1>", response);
        Assert.Contains(SourceText.CopyrightNotice, response);
        await AssertNoErrorLoggedAsync(path);
    }

    [Theory]
    [InlineData("POST", "/admin/login", "code=500", 405)]
    [InlineData("POST", "/admin/login", "code=503", 405)]
    [InlineData("DELETE", "/admin/login", "code=599", 405)]
    [InlineData("PUT", "/status/500", "code=500", 405)]
    [InlineData("GET", "/no-such-page", "code=500", 404)]
    [InlineData("GET", "/status/500", "code=500", 404)]
    [InlineData("GET", "/status/503?code=503", "", 404)]
    [InlineData("GET", "/error", "code=500", 404)]
    public async Task NoBodyOrQueryCanChooseTheStatus(string method, string path, string form, int expected)
    {
        var (status, response) = await SendAsync(method, path, form);

        Assert.Equal(expected, status);
        Assert.Contains(SourceText.CopyrightNotice, response);
        await AssertNoErrorLoggedAsync(path);
    }

    [Theory]
    [InlineData("OPTIONS", "/reflective-practice")]
    [InlineData("OPTIONS", "*")]
    [InlineData("TRACE", "/")]
    public async Task OtherMethodsGetThe405PageNotAnEmptyAnswer(string method, string target)
    {
        var (status, response) = await SendAsync(method, target);

        Assert.Equal(405, status);
        Assert.Contains("Allow: GET, HEAD", response);
        Assert.Contains("<h1>Only reading is allowed</h1>", response);
    }

    private async Task AssertNoErrorLoggedAsync(string path)
    {
        // The request's own line is written as it completes: wait for it, then look for anything at error level.
        Assert.True(await ContentTestHost.EventuallyAsync(() => _site.Log.Messages.Any(m => m.StartsWith("HTTP ", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.True(!_site.Log.Errors.Any(), $"{path}: {string.Join("\n", _site.Log.Errors)}");
    }

    private Task<(int Status, string Response)> SendAsync(string method, string target, string form = "") => _site.SendAsync(method, target, form);

    public void Dispose() => _site.Dispose();
}
