using System.Net;
using System.Text.Json;
using Monitoring.Simulator.Tests.Fixtures;

namespace Monitoring.Simulator.Tests.Demo;

/// <summary><c>Monitoring__Demo__Guards</c>: the host runs a demo fleet against itself, so one command shows a living grid.</summary>
public sealed class HostDemoTests
{
    [Fact]
    public async Task HostWithDemoSetting_GuardsStartTheirShiftsWithoutAnyClient()
    {
        await using var host = await InProcessHost.StartWithDemoAsync(guards: 8);
        using var client = host.Client();

        var onShift = 0;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (onShift < 8 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            onShift = 0;
            for (var i = 0; i < 8; i++)
            {
                using var response = await client.GetAsync($"api/v1/guards/g-{i}");
                if (response.StatusCode == HttpStatusCode.OK
                    && JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("onShift").GetBoolean())
                {
                    onShift++;
                }
            }
        }

        Assert.Equal(8, onShift);
        using var sites = await client.GetAsync("api/v1/sites/site-0");
        Assert.Equal(HttpStatusCode.OK, sites.StatusCode);
    }
}
