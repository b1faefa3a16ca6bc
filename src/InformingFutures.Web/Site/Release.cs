using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InformingFutures.Web.Attribution;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Site;

/// <summary>
/// Names everything a reader gets besides the content: the build, the fingerprints of its stylesheets, scripts and
/// icons, the charity's notice and the public address. It is part of the content's fingerprint, which names the
/// offline copy and each PDF's digest, so a release that changes only a stylesheet, the notice or the address reaches
/// installed offline copies and reprints the PDFs.
/// </summary>
public sealed class Release(IOptions<AttributionOptions> attribution, IOptions<SiteOptions> site, IWebHostEnvironment environment)
{
    public string Fingerprint { get; } = Compute(attribution.Value, site.Value, environment);

    private static string Compute(AttributionOptions attribution, SiteOptions site, IWebHostEnvironment environment)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "") + "\u0000"));
        Add(typeof(Release).Assembly.ManifestModule.ModuleVersionId.ToString());
        // The manifest MapStaticAssets serves from: every asset's fingerprinted address, integrity and ETag.
        var assets = Path.Combine(AppContext.BaseDirectory, environment.ApplicationName + ".staticwebassets.endpoints.json");
        hash.AppendData(File.Exists(assets) ? File.ReadAllBytes(assets) : []);
        Add(JsonSerializer.Serialize(attribution));
        Add(site.BaseUrl);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
