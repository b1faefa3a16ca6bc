namespace InformingFutures.Web.Site;

/// <summary>
/// Loads the content on another thread while the rest of start-up (endpoints, Kestrel) runs, so a cold start costs
/// the longer of the two rather than their sum; a request that arrives first waits for the load. Start-up still
/// fails if the content cannot be loaded at all (a content root that is not a folder), and problems in files are
/// logged at start rather than on the first visit.
/// </summary>
public sealed class ContentAtStart(IServiceProvider services) : IHostedService
{
    private Task? _loading;

    public void Begin() => _loading ??= Task.Run(() => services.GetRequiredService<LiveSnapshot>());

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Begin();
        return _loading!.WaitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
