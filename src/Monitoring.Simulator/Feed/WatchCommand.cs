using System.Globalization;
using Monitoring.Simulator.Load;
using Monitoring.Simulator.Report;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>
/// Keeps N tenant-wide hub clients connected for a while and counts what they receive: run beside
/// <c>ingest</c> so the relay has somebody to send to (the feed on/off comparison).
/// </summary>
internal static class WatchCommand
{
    public static async Task<int> RunAsync(WatchSettings s, Status status, CancellationToken stop)
    {
        var board = new ProbeBoard(0, s.Clients);
        var listeners = new List<FeedListener>();
        try
        {
            for (var c = 0; c < s.Clients; c++)
            {
                listeners.Add(await FeedListener.ConnectAsync(s.Url, s.Key, null, false, c, board, stop));
            }

            status.Phase($"{s.Clients} tenant-wide client(s) subscribed", TimeSpan.FromSeconds(s.Seconds));
            var cpu = new CpuMeter(null);
            cpu.Start();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(s.Seconds), stop);
            }
            catch (OperationCanceledException)
            {
                // Stopped early (SIGINT from the bench script): report what was seen.
            }

            var usage = cpu.Stop();
            var received = Enumerable.Range(0, s.Clients).Sum(board.Received);
            Table.Print("watch", [
                ("tenant-wide clients", s.Clients.ToString(CultureInfo.InvariantCulture)),
                ("envelopes received (all clients)", received.ToString("N0", CultureInfo.InvariantCulture)),
                ("watcher CPU (cores)", usage.Self.ToString("F2", CultureInfo.InvariantCulture)),
            ]);
            return 0;
        }
        finally
        {
            foreach (var listener in listeners)
            {
                await listener.DisposeAsync();
            }
        }
    }
}
