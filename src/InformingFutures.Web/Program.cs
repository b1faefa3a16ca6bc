using InformingFutures.Web.Attribution;
using InformingFutures.Web.Commands;
using InformingFutures.Web.Content;
using InformingFutures.Web.Hosting;
using InformingFutures.Web.Search;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.AddToolkitLogging();
builder.Services.AddToolkitAttribution(builder.Configuration);
builder.Services.AddToolkitContent(builder.Configuration);
builder.Services.AddToolkitSearch();
builder.Services.AddToolkitWeb();

var app = builder.Build();

if (args is [ContentCheckCommand.Name, .. var checkArguments])
{
    var content = app.Services.GetRequiredService<IOptions<ContentOptions>>();
    return ContentCheckCommand.Run(checkArguments, () => content.Value.RootPath, Console.Out, Console.Error);
}

if (args is [StaticExportCommand.Name, .. var exportArguments])
{
    return await StaticExportCommand.RunAsync(app, exportArguments, Console.Out, Console.Error);
}

app.UseToolkitPipeline();
app.MapToolkit();

app.Run();
return 0;

/// <summary>Entry point, public so the tests' WebApplicationFactory can host the site.</summary>
public partial class Program;
