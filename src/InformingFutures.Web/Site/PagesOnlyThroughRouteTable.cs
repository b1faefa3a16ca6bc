using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace InformingFutures.Web.Site;

/// <summary>
/// Takes every Razor page off the address its file would give it ("/Present", "/Index"), so it answers only where
/// <see cref="RouteTablePages"/> sends a route of the table.
/// </summary>
internal sealed class PagesOnlyThroughRouteTable : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        // An Index page has two addresses ("/Index" and "/"); one endpoint per page is what the route table picks from.
        while (model.Selectors.Count > 1)
        {
            model.Selectors.RemoveAt(model.Selectors.Count - 1);
        }

        foreach (var selector in model.Selectors)
        {
            selector.AttributeRouteModel!.SuppressPathMatching = true;
        }
    }
}
