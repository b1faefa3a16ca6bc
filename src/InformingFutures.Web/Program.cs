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
}
catch (Exception e) when (SettingsProblems.Describe(e) is { } lines)
{
    lines.ToList().ForEach(Console.Error.WriteLine);
    return SettingsProblems.ExitCode;
}

// A bad setting stops the site and every command alike, with a line naming it rather than a stack trace.
if (SettingsProblems.Of(app.Services) is [_, ..] problems)
{
    problems.Distinct().ToList().ForEach(Console.Error.WriteLine);
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
