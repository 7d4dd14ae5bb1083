using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Fleet.Demo;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Hosting;

/// <summary>
/// Runs the demo fleet (<c>Monitoring__Demo__Guards</c> > 0) against the host's own HTTP API once it
/// is listening: guards start their shifts, patrol, and the scripted faults raise alerts within
/// minutes. It posts with the development key, so it runs only when no API key is configured, and
/// only on the system clock (a manual clock would refuse real-time events).
/// </summary>
internal sealed partial class DemoFleetService(
    DemoOptions options,
    DemoHost host,
    IHostApplicationLifetime lifetime,
    ILogger<DemoFleetService> log) : BackgroundService
{
    private static readonly TimeSpan ShiftStartSpread = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Guards <= 0)
        {
            return;
        }

        if (host.ManualClock || host.Key is not { } key)
        {
            LogNotRun(log, options.Guards);
            return;
        }

        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var address = LocalAddress(host.Addresses());
        if (address is null)
        {
            LogNotRun(log, options.Guards);
            return;
        }

        // Shifts start up to 5 minutes after the night does: begin it 5 minutes ago, so every guard is
        // on shift from the first tick (the backlog goes in one batch) and the grid is alive at once.
        var now = TimeProvider.System.GetUtcNow();
        var night = new VirtualNight(DemoNight.Settings(options.Guards, options.Sites, options.Seed, now - ShiftStartSpread, begins: now));
        LogStarting(log, options.Guards, options.Sites, night.Faults.Count(f => !f.IsValidBehaviour));
        using var fleet = new DemoFleet(night, address, key);
        try
        {
            await fleet.RunAsync(stoppingToken);
        }
        catch (HttpRequestException e)
        {
            LogFailed(log, e.Message);
        }
    }

    // The first plain-HTTP address, with a wildcard host turned into loopback.
    private static Uri? LocalAddress(IEnumerable<string> addresses)
    {
        var http = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (http is null)
        {
            return null;
        }

        var uri = new UriBuilder(http.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo fleet: {Guards} guards at {Sites} sites, {Faults} scripted faults starting within minutes; open the dashboard with the development key.")]
    private static partial void LogStarting(ILogger logger, int guards, int sites, int faults);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo fleet of {Guards} guards not started: it needs the system clock, no configured API keys (it posts with the development key) and an http:// address.")]
    private static partial void LogNotRun(ILogger logger, int guards);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo fleet stopped: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
