using InformingFutures.Web.Pdf;
using Microsoft.Extensions.Options;

namespace InformingFutures.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/InformingFutures.Web -- pdf [--base-url https://…]</c>: prints every page, handout,
/// deck and slide handout to a PDF in <c>Pdf:Folder</c>, as the site serves it now, and writes the folder's manifest
/// last (<see cref="PdfPrinting"/>). The site links each PDF only while its page still matches what was printed (<see cref="PdfDigest"/>). Needs
/// Chromium (<c>Pdf:Chromium</c>); run where a browser is allowed: the Dockerfile's build stage, CI, an editor's machine.
/// </summary>
public static class PdfCommand
{
    public const string Name = "pdf";

    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<string> arguments) => LoopbackSite.Settings(arguments);

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        if (ArgumentProblem(arguments) is { } problem)
        {
            errors.WriteLine(problem);
            return 2;
        }

        if (app.Services.GetRequiredService<IOptions<PdfOptions>>().Value is var options && options.ChromiumPath() is not { } chromium)
        {
            errors.WriteLine($"pdf: Chromium ({options.Chromium}) is not installed; install it (Debian: apt-get install chromium) or set Pdf:Chromium to its path");
            return 2;
        }

        var origin = await LoopbackSite.StartAsync(app, Name);
        try
        {
            var outcome = await PdfPrinting.PrintAsync(app.Services, origin, chromium);
            foreach (var failure in outcome.Failures)
            {
                errors.WriteLine("pdf: " + failure);
            }

            output.WriteLine($"pdf: {outcome.Summary} in {outcome.Folder}");
            return outcome.Failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static string? ArgumentProblem(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--base-url")
            {
                if (++i >= arguments.Count)
                {
                    return "pdf: --base-url needs the site's public address, such as https://toolkit.example.org";
                }
            }
            else
            {
                return $"pdf: unknown argument {arguments[i]}; the PDFs go to Pdf:Folder (optionally `--base-url https://toolkit.example.org`)";
            }
        }

        return LoopbackSite.AddressProblem(Name, arguments);
    }
}
