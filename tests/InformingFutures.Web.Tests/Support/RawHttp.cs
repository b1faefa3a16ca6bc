using System.Net.Sockets;
using System.Text;

namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// Sends a request byte for byte to a real server: HttpClient would tidy away the malformed paths and hosts that
/// an attacker sends.
/// </summary>
public static class RawHttp
{
    /// <returns>The status code and the whole response, headers and body.</returns>
    public static async Task<(int Status, string Response)> SendAsync(Uri server, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        return (int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    /// <summary>The site on a real loopback port (Kestrel) and its address.</summary>
    public static Uri StartOnKestrel(ToolkitFactory site)
    {
        site.UseKestrel(0);
        site.StartServer();
        var addresses = site.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel has no address"));
    }
}
