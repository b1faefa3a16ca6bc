namespace InformingFutures.Web.Tests.Support;

/// <summary>
/// The Mozilla HTTP Observatory's header tests and their score modifiers (baseline 100; bonuses only count
/// from 90 up), applied to one response's headers. Cookies, CORS and SRI are scored as the site actually
/// is: no cookies, no CORS header, only same-origin scripts. Redirection is left to the TLS proxy in front.
/// </summary>
public static class ObservatoryScore
{
    public static (int Score, string Grade, IReadOnlyList<string> Results) Compute(IReadOnlyDictionary<string, string> headers)
    {
        var results = new List<(string Test, int Modifier)>
        {
            ContentSecurityPolicy(headers.GetValueOrDefault("Content-Security-Policy")),
            Hsts(headers.GetValueOrDefault("Strict-Transport-Security")),
            headers.GetValueOrDefault("X-Content-Type-Options")?.Trim().Equals("nosniff", StringComparison.OrdinalIgnoreCase) == true
                ? ("x-content-type-options-nosniff", 0) : ("x-content-type-options-not-implemented", -5),
            FrameOptions(headers.GetValueOrDefault("X-Frame-Options"), headers.GetValueOrDefault("Content-Security-Policy")),
            ReferrerPolicy(headers.GetValueOrDefault("Referrer-Policy")),
            headers.ContainsKey("Set-Cookie") ? ("cookies-present-not-checked", -40) : ("cookies-not-found", 0),
            headers.GetValueOrDefault("Access-Control-Allow-Origin") == "*" ? ("cross-origin-resource-sharing-implemented-with-universal-access", -50) : ("cross-origin-resource-sharing-not-implemented", 0),
            ("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0),
        };

        var penalties = 100 + results.Where(r => r.Modifier < 0).Sum(r => r.Modifier);
        var score = penalties >= 90 ? penalties + results.Where(r => r.Modifier > 0).Sum(r => r.Modifier) : penalties;
        score = Math.Max(0, score);
        var grade = score switch { >= 100 => "A+", >= 90 => "A", >= 85 => "A-", >= 80 => "B+", >= 70 => "B", >= 65 => "B-", >= 60 => "C+", >= 50 => "C", >= 45 => "C-", >= 40 => "D+", >= 30 => "D", >= 25 => "D-", _ => "F" };
        return (score, grade, results.Select(r => $"{r.Test} ({r.Modifier:+0;-0;0})").ToList());
    }

    private static (string, int) ContentSecurityPolicy(string? csp)
    {
        if (string.IsNullOrWhiteSpace(csp))
        {
            return ("csp-not-implemented", -25);
        }

        var directives = csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0].ToLowerInvariant(), d => d.Length > 1 ? d[1] : "");
        string Source(string name) => directives.GetValueOrDefault(name) ?? directives.GetValueOrDefault("default-src") ?? "";
        if (Source("script-src").Contains("'unsafe-inline'") || Source("style-src").Contains("'unsafe-inline'") && Source("script-src").Contains("'unsafe-inline'"))
        {
            return ("csp-implemented-with-unsafe-inline", -20);
        }

        if (Source("script-src").Contains("'unsafe-eval'"))
        {
            return ("csp-implemented-with-unsafe-eval", -10);
        }

        if (Source("script-src").Contains("http:") || Source("object-src").Contains("http:"))
        {
            return ("csp-implemented-with-insecure-scheme", -20);
        }

        return directives.GetValueOrDefault("default-src") == "'none'"
            ? ("csp-implemented-with-no-unsafe-default-src-none", 10)
            : ("csp-implemented-with-no-unsafe", 0);
    }

    private static (string, int) Hsts(string? hsts)
    {
        var maxAge = hsts?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase));
        if (maxAge is null || !long.TryParse(maxAge["max-age=".Length..], out var seconds))
        {
            return ("hsts-not-implemented", -20);
        }

        return seconds >= 15_768_000 ? ("hsts-implemented-max-age-at-least-six-months", 0) : ("hsts-implemented-max-age-less-than-six-months", -10);
    }

    private static (string, int) FrameOptions(string? xfo, string? csp)
    {
        if (csp?.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase) == true)
        {
            return ("x-frame-options-implemented-via-csp", 5);
        }

        return xfo?.Trim().ToUpperInvariant() is "DENY" or "SAMEORIGIN" ? ("x-frame-options-sameorigin-or-deny", 0) : ("x-frame-options-not-implemented", -20);
    }

    private static (string, int) ReferrerPolicy(string? policy) =>
        policy?.Split(',').Last().Trim().ToLowerInvariant() switch
        {
            "no-referrer" or "same-origin" or "strict-origin" or "strict-origin-when-cross-origin" => ("referrer-policy-private", 5),
            null or "" => ("referrer-policy-not-implemented", 0),
            "unsafe-url" or "no-referrer-when-downgrade" => ("referrer-policy-unsafe", -5),
            _ => ("referrer-policy-no-referrer-when-downgrade", 0),
        };
}
