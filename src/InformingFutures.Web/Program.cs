using InformingFutures.Web;
using InformingFutures.Web.Commands;
using InformingFutures.Web.Infrastructure;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddInMemoryCollection(ToolkitCommands.SettingsFor(args));
    builder.AddToolkit();
    app = builder.Build();
    // Every ValidateOnStart check now, before the site or a command starts.
    app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
}
catch (Exception e) when (SettingsProblems.Describe(e) is { } lines)
{
    // A bad setting stops the site and every command alike, with a line naming it rather than a stack trace.
    lines.Distinct().ToList().ForEach(Console.Error.WriteLine);
    return SettingsProblems.ExitCode;
}

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
