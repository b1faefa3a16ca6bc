namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// The outside probe's requests, each as the first request a fresh site gets on real Kestrel: whatever a request
/// holds besides its address (query keys, a form or multipart body, a chunked body, a body on HEAD), the next plain
/// reader gets exactly what a site that never saw it gives, and so does the request itself.
/// </summary>
public sealed class OneRequestCannotChangeAPageTests(PlainSite plain) : IClassFixture<PlainSite>, IDisposable
{
    private readonly ToolkitFactory _probed = new RepoSiteFactory();
    private Uri? _address;

    private Uri Address => _address ??= RawHttp.StartOnKestrel(_probed);

    public static TheoryData<string, string> QueryKeys => new()
    {
        { "/reflective-practice", "?slug=team" },
        { "/reflective-practice/present", "?slug=organisational" },
        { "/reflective-practice/present/presenter", "?slug=organisational" },
        { "/reflective-practice/present/notes", "?slug=organisational" },
        { "/reflective-practice/team", "?section=accessibility&slug=organisational&view=notes" },
        { "/search", "?page=2&slug=team" },
    };

    [Theory]
    [MemberData(nameof(QueryKeys))]
    public async Task AQueryKeyCannotChooseWhatAnAddressShows(string path, string query)
    {
        var (status, _) = await RawHttp.SendAsync(Address, Request("GET", path + query));

        Assert.Equal(200, status);
        await AssertPlainReadersGetTheRealPageAsync(path);
    }

    public static TheoryData<string, string> FormBodies => new()
    {
        { "/reflective-practice/multi-agency", "slug=organisational" },
        { "/reflective-practice", "section=accessibility" },
        { "/search", "q=Helpline+closed+-+call+0900+123+456" },
        { "/reflective-practice/present", "section=accessibility&slug=team&view=notes" },
    };

    [Theory]
    [MemberData(nameof(FormBodies))]
    public async Task AFormBodyOnAGetCannotChooseWhatAnAddressShows(string path, string form)
    {
        var (_, response) = await RawHttp.SendAsync(Address, Request("GET", path, form, "application/x-www-form-urlencoded"));

        Assert.DoesNotContain("0900 123 456", response);
        await AssertPlainReadersGetTheRealPageAsync(path);
    }

    [Fact]
    public async Task AMultipartBodyCannotChooseWhatAnAddressShows()
    {
        var body = "--b\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\norganisational\r\n--b\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nHelpline closed\r\n--b--\r\n";

        await RawHttp.SendAsync(Address, Request("GET", "/reflective-practice/team", body, "multipart/form-data; boundary=b"));

        await AssertPlainReadersGetTheRealPageAsync("/reflective-practice/team");
    }

    [Fact]
    public async Task AChunkedBodyCannotChooseWhatAnAddressShows()
    {
        var request = $"GET /reflective-practice/organisational HTTP/1.1\r\nHost: {Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n9\r\nslug=team\r\n0\r\n\r\n";

        await RawHttp.SendAsync(Address, request);

        await AssertPlainReadersGetTheRealPageAsync("/reflective-practice/organisational");
    }

    [Fact]
    public async Task AHeadWithABodyCannotChooseWhatAnAddressShows()
    {
        await RawHttp.SendAsync(Address, Request("HEAD", "/reflective-practice", "section=accessibility", "application/x-www-form-urlencoded"));

        await AssertPlainReadersGetTheRealPageAsync("/reflective-practice");
    }

    private async Task AssertPlainReadersGetTheRealPageAsync(string path)
    {
        var expected = await plain.AnswerAsync(path);
        Assert.Equal(200, expected.Status);
        for (var reader = 0; reader < 2; reader++)
        {
            var answer = await PlainAnswer.GetAsync(Address, path);
            Assert.True(answer.DifferenceFrom(expected) is null, $"reader {reader + 1} of {path}: {answer.DifferenceFrom(expected)}");
        }
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private string Request(string method, string target, string? body = null, string? contentType = null) =>
        $"{method} {target} HTTP/1.1\r\nHost: {Address.Authority}\r\n" +
        (contentType is null ? "" : $"Content-Type: {contentType}\r\n") +
        $"Content-Length: {System.Text.Encoding.ASCII.GetByteCount(body ?? "")}\r\nConnection: close\r\n\r\n{body}";

    public void Dispose() => _probed.Dispose();
}
