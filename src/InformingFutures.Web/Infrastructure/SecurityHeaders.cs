namespace InformingFutures.Web.Infrastructure;

/// <summary>Adds the site's security headers to every response, errors and static files included.</summary>
public sealed class SecurityHeaders(RequestDelegate next, IHostEnvironment environment)
{
    // No inline script or style anywhere on the site, so the policy can be strict. Images may be data: URIs because
    // the print stylesheet draws each page's QR code in the sheet's margin, where only a CSS image can go. The
    // manifest and the offline copy's service worker come from the site itself.
    public const string ContentSecurityPolicy = PagePolicy + "; frame-ancestors 'none'";

    /// <summary>
    /// The policy as a page can carry it itself, in a <c>&lt;meta http-equiv&gt;</c> (the static export, which has no
    /// server to send headers): browsers ignore frame-ancestors there.
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    // Everything the site does not use is denied; fullscreen stays for the presentation view.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

    // Static callbacks with the response as their state: no allocation per request. HSTS is for HTTPS deployments,
    // not for a developer's localhost.
    private readonly Func<object, Task> _addHeaders = environment.IsDevelopment() ? AddHeaders : AddHeadersWithHsts;

    public Task InvokeAsync(HttpContext context)
    {
        // When the response starts, so headers an error handler clears are added again to the error page.
        context.Response.OnStarting(_addHeaders, context.Response);
        return next(context);
    }

    private static Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return Task.CompletedTask;
    }

    private static Task AddHeadersWithHsts(object state)
    {
        ((HttpResponse)state).Headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        return AddHeaders(state);
    }
}
