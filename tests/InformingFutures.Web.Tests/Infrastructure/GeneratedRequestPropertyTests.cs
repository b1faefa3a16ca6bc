using System.Text;
using Xunit.Abstractions;

namespace InformingFutures.Web.Tests.Infrastructure;

/// <summary>
/// Properties over generated requests (fixed seeds, so a failure is repeatable), sent byte for byte to real Kestrel:
/// no request can change what later readers of any address in the route table see, and no request gets a 5xx or
/// raises an error-level log line.
/// </summary>
public sealed class GeneratedRequestPropertyTests(PlainSite plain, ITestOutputHelper output) : IClassFixture<PlainSite>, IDisposable
{
    private static readonly string[] Keys = ["slug", "section", "view", "code", "q", "page", "handler", "id", "utm_source", "__RequestVerificationToken", "Slug", "q[]"];

    private static readonly string[] Values =
    [
        "team", "organisational", "multi-agency", "accessibility", "notes", "handout", "present", "index", "500", "503", "599", "-1",
        "Helpline+closed+-+call+0900+123+456", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%20", "", "..%2F..%2Fetc", "zzsearchqueryzz7c4e",
    ];

    private static readonly string[] Methods = ["GET", "GET", "GET", "HEAD", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"];

    private static readonly string[] Headers =
    [
        "Host: evil.example", "Host: a..b", "Host: localhost:1", "Host: toolkit.example.org", "X-Forwarded-Host: evil.example",
        "X-Forwarded-Proto: https", "X-Forwarded-For: 10.1.2.3", "X-Original-URL: /reflective-practice/team", "X-Rewrite-URL: /about",
        "X-HTTP-Method-Override: POST", "Accept-Language: fr-FR", "Cookie: .AspNetCore.Culture=c%3Dfr", "Authorization: Bearer x",
        "Accept-Encoding: br", "Accept-Encoding: gzip", "Accept-Encoding: x-made-up", "If-None-Match: *", "Cache-Control: no-cache",
        "Range: bytes=0-10", "Accept: application/json", "Referer: https://evil.example/", "User-Agent: <script>",
    ];

    private readonly LoggedSite _probed = new();

    private Uri Address => _probed.Address;

    private CapturingLoggerProvider Log => _probed.Log;

    [Fact]
    public async Task NoRequestChangesWhatAPlainReaderOfAnyAddressGets()
    {
        // Health answers carry their own timing, so they are compared by status only.
        var routes = plain.Snapshot.Routes.All.Select(r => (r.Path, Exact: r.Kind != RouteKind.Health)).ToList();
        var random = new Random(20261201);
        const int Inputs = 500;
        for (var i = 0; i < Inputs; i++)
        {
            var (path, exact) = routes[random.Next(routes.Count)];
            var request = Generated(random, path);
            await SendQuietlyAsync(request);

            var answer = await PlainAnswer.GetAsync(Address, path);
            var expected = await plain.AnswerAsync(path);
            var difference = exact ? answer.DifferenceFrom(expected) : answer.Status == expected.Status ? null : $"{answer.Status} instead of {expected.Status}";
            Assert.True(difference is null, $"input {i + 1}, after\n{request}\na plain GET {path} got {difference}");
        }

        output.WriteLine($"{Inputs} generated requests over {routes.Count} addresses, each followed by a plain reader: all got what a fresh site gives");
    }

    [Fact]
    public async Task NoGeneratedAddressMethodOrBodyGetsAServerErrorOrAnErrorLogLine()
    {
        var random = new Random(1625);
        const int Inputs = 1200;
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Inputs; i++)
        {
            // Mostly reads, so the addresses reach the pages rather than stopping at the 405.
            var request = Generated(random, OddAddress(random), random.Next(4) > 0 ? "GET" : null);
            var status = await SendQuietlyAsync(request);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status is > 0 and < 500, $"input {i + 1}:\n{request}\nanswered {status}");
        }

        Assert.True(!Log.Errors.Any(), string.Join("\n", Log.Errors.Take(5)));
        output.WriteLine($"{Inputs} generated requests: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}"))}; no error-level log line");
    }

    /// <summary>Addresses built from the site's own words and the pieces probes use: blanks, encodings, dots, long runs.</summary>
    private static string OddAddress(Random random)
    {
        string[] pieces =
        [
            "reflective-practice", "team", "organisational", "multi-agency", "present", "presenter", "notes", "handout", "about", "search",
            "status", "500", "404", "error", "healthz", "live", "ready", "print-footer", "index.css", "sw.js", "offline", "sitemap.xml",
            "%20", "%09", "%C2%A0", "%E2%80%8B", "%00", "%0A", "%25", "%2e", "%2F", "%5C", "..", ".", "", "~", "+", "a;b", "%F0%9F%99%82",
            "t%C3%ABam", "REFLECTIVE-PRACTICE", "Team", "_framework", "blazor.web.js", "css", "site.css", new string('a', 3000),
        ];
        var segments = Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]);
        return "/" + string.Join('/', segments) + (random.Next(4) == 0 ? "/" : "");
    }

    /// <summary>A request for <paramref name="path"/> with a generated method, query, headers and body.</summary>
    private string Generated(Random random, string path, string? method = null)
    {
        method ??= Methods[random.Next(Methods.Length)];
        var pairs = Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"{Keys[random.Next(Keys.Length)]}={Values[random.Next(Values.Length)]}").ToList();
        var target = path + (pairs.Count > 0 && random.Next(2) == 0 ? "?" + string.Join('&', pairs) : "");
        var headers = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Headers[random.Next(Headers.Length)]).ToList();
        if (!headers.Any(h => h.StartsWith("Host:", StringComparison.Ordinal)))
        {
            headers.Insert(0, $"Host: {Address.Authority}");
        }

        var form = string.Join('&', pairs.Count > 0 ? pairs : ["slug=team"]);
        var (type, body, chunked) = random.Next(5) switch
        {
            0 => ("application/x-www-form-urlencoded", form, false),
            1 => ("multipart/form-data; boundary=b", $"--b\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\norganisational\r\n--b\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n0900 123 456\r\n--b--\r\n", false),
            2 => ("application/x-www-form-urlencoded", form, true),
            3 => ("application/json", "{\"slug\":\"team\",\"q\":\"0900 123 456\"}", false),
            _ => (null, "", false),
        };
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\n");
        headers.ForEach(h => request.Append(h).Append("\r\n"));
        if (type is not null)
        {
            request.Append("Content-Type: ").Append(type).Append("\r\n");
        }

        request.Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {Encoding.ASCII.GetByteCount(body)}\r\n");
        request.Append("Connection: close\r\n\r\n");
        request.Append(chunked ? $"{Encoding.ASCII.GetByteCount(body):x}\r\n{body}\r\n0\r\n\r\n" : body);
        return request.ToString();
    }

    /// <returns>The status, or 0 when the connection closed without an answer.</returns>
    private async Task<int> SendQuietlyAsync(string request)
    {
        try
        {
            return (await RawHttp.SendAsync(Address, request)).Status;
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or IOException or System.Net.Sockets.SocketException)
        {
            return 0;
        }
    }

    public void Dispose() => _probed.Dispose();
}
