using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace InformingFutures.Web.Infrastructure;

/// <summary>
/// The navigation manager of the pages' static components, which never navigate. ASP.NET's own builds a URI from the
/// request's Host header, and a Host that is no host at all ("a..b", "a:99999") made every page a 500 with a stack
/// trace; this one never reads the request, as nothing on the site does (addresses come from <c>Site:PublicUrl</c>).
/// </summary>
internal sealed class HostFreeNavigation : NavigationManager, IHostEnvironmentNavigationManager
{
    private const string Nowhere = "http://localhost/";

    public HostFreeNavigation() => Initialize(Nowhere, Nowhere);

    void IHostEnvironmentNavigationManager.Initialize(string baseUri, string uri)
    {
        // The request's address is not used: see above.
    }
}
