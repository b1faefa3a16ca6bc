using InformingFutures.Web;
using InformingFutures.Web.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddInMemoryCollection(ToolkitCommands.SettingsFor(args));
builder.AddToolkit();

var app = builder.Build();

if (await ToolkitCommands.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.UseToolkitPipeline();
app.MapToolkit();

app.Run();
return 0;

/// <summary>Entry point, public so the tests' WebApplicationFactory can host the site.</summary>
public partial class Program;
