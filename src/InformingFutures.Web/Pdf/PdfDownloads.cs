using InformingFutures.Web.Site;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Pdf;

/// <summary>The PDF feature's services and its one address, <c>/pdf/…pdf</c>.</summary>
public static class PdfDownloads
{
    public static IServiceCollection AddToolkitPdfs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfOptions>()
            .Bind(configuration.GetSection(PdfOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Pdf:Folder must name the folder the pdf command writes to, such as pdf.")
            .Validate(o => o.PrintTimeoutSeconds > 0, "Pdf:PrintTimeoutSeconds must be a number of seconds above 0.")
            .ValidateOnStart();
        services.AddSingleton<PdfFiles.Part>();
        services.AddSingleton<ISnapshotPart>(sp => sp.GetRequiredService<PdfFiles.Part>());
        services.AddHostedService<PdfFolderWatch>();
        return services;
    }

    public static IEndpointRouteBuilder MapPdfDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(RouteTable.PdfPrefix + "{**page}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, CurrentSite site) =>
        {
            if (site.Snapshot.Pdfs.At(context.Request.Path.Value) is not { } pdf)
            {
                return Results.NotFound();
            }

            // Short-lived: the next print of the page replaces the file under the same address.
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.File(pdf.FullPath, "application/pdf", Path.GetFileName(pdf.FullPath), enableRangeProcessing: true);
        });
        return endpoints;
    }

    extension(SiteSnapshot snapshot)
    {
        /// <summary>The PDFs that match this snapshot's content.</summary>
        public PdfFiles Pdfs => snapshot.Part<PdfFiles>();
    }
}
