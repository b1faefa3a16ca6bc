using InformingFutures.Web.Attribution;
using InformingFutures.Web.Content;
using InformingFutures.Web.Hosting;
using InformingFutures.Web.Search;

var builder = WebApplication.CreateBuilder(args);

builder.AddToolkitLogging();
builder.Services.AddToolkitAttribution(builder.Configuration);
builder.Services.AddToolkitContent(builder.Configuration);
builder.Services.AddToolkitSearch();
builder.Services.AddToolkitWeb();

var app = builder.Build();

app.UseToolkitPipeline();
app.MapToolkit();

app.Run();

/// <summary>Entry point, public so the tests' WebApplicationFactory can host the site.</summary>
public partial class Program;
