using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace InformingFutures.Browser.Tests.Support;

/// <summary>
/// Debian's stock Firefox, driven over WebDriver BiDi: its own headless process, a throwaway profile and a plain
/// WebSocket. Only what printing needs: open a session, find the tab, navigate, print to PDF.
/// </summary>
public sealed class Firefox : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private ClientWebSocket _socket = new();
    private int _nextId;

    private Firefox(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FIREFOX_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/firefox-esr";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static async Task<Firefox> StartAsync(TimeSpan within)
    {
        var port = FreePort();
        var profile = Directory.CreateTempSubdirectory("if-firefox-").FullName;
        var start = new ProcessStartInfo(ExecutablePath, ["--headless", "--no-remote", $"--remote-debugging-port={port}", "--profile", profile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MOZ_CRASHREPORTER_DISABLE"] = "1";
        var firefox = new Firefox(Process.Start(start)!, profile);
        firefox._process.OutputDataReceived += (_, _) => { };
        firefox._process.ErrorDataReceived += (_, _) => { };
        firefox._process.BeginOutputReadLine();
        firefox._process.BeginErrorReadLine();

        // Firefox opens its remote agent a while after starting; poll for it with a generous limit.
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                await firefox._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/session"), CancellationToken.None);
                break;
            }
            catch (WebSocketException) when (DateTime.UtcNow < deadline && !firefox._process.HasExited)
            {
                await Task.Delay(250);
                firefox._socket.Dispose(); // a socket that failed to connect cannot try again
                firefox._socket = new ClientWebSocket();
            }
        }

        await firefox.SendAsync("session.new", new JsonObject { ["capabilities"] = new JsonObject() });
        return firefox;
    }

    /// <summary>Opens <paramref name="url"/> in the first tab and prints it to <paramref name="pdf"/> (A4 unless told).</summary>
    public async Task PrintAsync(string url, string pdf, double widthCm = 21.0, double heightCm = 29.7)
    {
        var tree = await SendAsync("browsingContext.getTree", new JsonObject());
        var context = tree["contexts"]![0]!["context"]!.GetValue<string>();
        await SendAsync("browsingContext.navigate", new JsonObject { ["context"] = context, ["url"] = url, ["wait"] = "complete" });
        var printed = await SendAsync("browsingContext.print", new JsonObject
        {
            ["context"] = context,
            ["background"] = true,
            ["page"] = new JsonObject { ["width"] = widthCm, ["height"] = heightCm },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        await File.WriteAllBytesAsync(pdf, Convert.FromBase64String(printed["data"]!.GetValue<string>()));
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
        await _socket.SendAsync(Encoding.UTF8.GetBytes(command), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        while (true)
        {
            var message = JsonNode.Parse(await ReceiveAsync())!;
            if (message["id"]?.GetValue<int>() != id)
            {
                continue; // an event, or an answer to nothing we wait for
            }

            if (message["type"]?.GetValue<string>() == "error")
            {
                throw new InvalidOperationException($"Firefox refused {method}: {message["error"]}: {message["message"]}");
            }

            return message["result"]!;
        }
    }

    private async Task<string> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("Firefox closed the WebDriver BiDi connection");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Firefox may already be gone.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS's temp cleaner takes it.
        }
    }
}

/// <summary>A test that prints with Firefox: skipped where Firefox is missing, failing in CI (which installs firefox-esr).</summary>
public sealed class FirefoxFactAttribute : FactAttribute
{
    public FirefoxFactAttribute()
    {
        if ((!Firefox.IsInstalled || !PdfText.IsInstalled) && !Chromium.IsCi)
        {
            Skip = $"Firefox ({Firefox.ExecutablePath}) or pdftotext is missing: apt-get install firefox-esr poppler-utils. In CI this test fails instead.";
        }
    }
}
