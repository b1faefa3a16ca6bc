using Microsoft.AspNetCore.Diagnostics;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// The site only reads: GET and HEAD. Any other method (POST, PUT, TRACE, made-up ones) gets 405 with an
/// <c>Allow</c> header; the status pages render the 405 page, so the layout and attribution still apply. Nothing in
/// the request's body is read, so no body can choose the status.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
