using Microsoft.Playwright;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// A network cable the test can pull: an init script wraps the page's WebSocket and fetch, so that
/// <see cref="DropAsync"/> kills open sockets the way a network failure does (close code 4000, not
/// clean) and makes every new connection attempt fail until <see cref="RestoreAsync"/>.
/// Chromium's own offline emulation leaves open WebSockets alone, so it cannot test a reconnect.
/// </summary>
public static class SimulatedNetwork
{
    private const string Script = """
        (() => {
          const net = { down: false, sockets: [] };
          window.__net = net;
          const RealWebSocket = window.WebSocket;
          window.WebSocket = class extends RealWebSocket {
            constructor(url, protocols) {
              super(net.down ? 'ws://127.0.0.1:9/' : url, protocols);
              net.sockets.push(this);
            }
          };
          const realFetch = window.fetch.bind(window);
          window.fetch = (...args) => net.down ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args);
        })();
        """;

    public static Task InstallAsync(IPage page) => page.AddInitScriptAsync(Script);

    public static Task DropAsync(IPage page) =>
        page.EvaluateAsync("() => { window.__net.down = true; window.__net.sockets.forEach(s => s.close(4000, 'network down')); }");

    public static Task RestoreAsync(IPage page) => page.EvaluateAsync("() => { window.__net.down = false; }");
}
