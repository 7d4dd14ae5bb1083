using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Sites;
using Monitoring.Grains.Tests.Fixtures;
using Orleans.Storage;

namespace Monitoring.Grains.Tests.Sites;

/// <summary>
/// A site's counters hold across activations even when its stored snapshot is behind, as a silo
/// death leaves it (no deactivation write): open alerts come back from the alert index, guard
/// standings are stored as soon as they change.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class SiteCounterTests(ScheduledClusterFixture fixture)
{
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _siteId = "s-" + Guid.NewGuid().ToString("N")[..8];

    private ISiteGrain Site => fixture.Grains.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, _siteId));

    [Fact]
    public async Task Reactivation_StoredOpenAlertsStale_CountsComeFromTheAlertIndex()
    {
        await Site.ReportGuardAsync("g-1", onShift: true, isInactive: false);
        await RaiseAsync("a-critical", Severity.Critical);
        await RaiseAsync("a-medium", Severity.Medium);
        await RaiseAsync("a-low", Severity.Low);
        await Alert("a-low").ActAsync(new AlertAction(AlertActionKind.Resolve, "op-1", null, null, null, Resolution.Resolved));
        await Alert("a-medium").ActAsync(new AlertAction(AlertActionKind.Acknowledge, "op-1", null, null, null, null));

        await fixture.Cluster.DeactivateAsync(Site);
        await RewriteStoredAsync(s => s.OpenAlerts = new(StringComparer.Ordinal) { ["a-low"] = Severity.Low, ["gone"] = Severity.High });
        var summary = await Site.GetAsync();

        Assert.Equal(new AlertCounts(1, 0, 1, 0), summary!.ActiveAlerts);
    }

    [Fact]
    public async Task ReportGuard_StandingChanged_IsStoredBeforeTheGuardHearsBack()
    {
        await Site.ReportGuardAsync("g-1", onShift: true, isInactive: false);
        await Site.ReportGuardAsync("g-2", onShift: true, isInactive: false);
        await Site.ReportGuardAsync("g-3", onShift: true, isInactive: false);
        await Site.ReportGuardAsync("g-2", onShift: true, isInactive: true);
        await Site.ReportGuardAsync("g-3", onShift: false, isInactive: false);

        var stored = await ReadStoredAsync();
        await fixture.Cluster.DeactivateAsync(Site);
        var summary = await Site.GetAsync();

        Assert.Equal(new GuardStanding(true, true), stored.Guards["g-2"]);
        Assert.Equal(new GuardStanding(false, false), stored.Guards["g-3"]);
        Assert.Equal(2, summary!.GuardsOnShift);
        Assert.Equal(1, summary.InactiveGuards);
    }

    [Fact]
    public async Task ReportEvaluation_Scores_WorstOnShiftGuardIsTheHighestAndLeavesWithItsShift()
    {
        await Site.ReportGuardAsync("g-1", onShift: true, isInactive: false);
        await Site.ReportGuardAsync("g-2", onShift: true, isInactive: false);
        await Site.ReportEvaluationAsync("g-1", onShift: true, isInactive: false, score: 0.35);
        await Site.ReportEvaluationAsync("g-2", onShift: true, isInactive: true, score: 0.92);
        var both = await Site.GetAsync();

        await Site.ReportGuardAsync("g-2", onShift: false, isInactive: false);
        var afterShift = await Site.GetAsync();
        await Site.ReportEvaluationAsync("g-1", onShift: true, isInactive: false, score: null);
        var unscored = await Site.GetAsync();

        Assert.Equal(("g-2", 0.92, 1), (both!.WorstGuardId, both.WorstGuardScore, both.InactiveGuards));
        Assert.Equal(("g-1", 0.35), (afterShift!.WorstGuardId, afterShift.WorstGuardScore));
        Assert.Null(unscored!.WorstGuardId);
        Assert.Null(unscored.WorstGuardScore);
    }

    private IAlertGrain Alert(string id) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id));

    private Task RaiseAsync(string id, Severity severity) =>
        Alert(id).RaiseAsync(new AlertDraft("inactivity", severity, _siteId, "g-1", "d-1", 0.9, "{}", TimeSpan.FromMinutes(5)));

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");

    private async Task<SiteSnapshot> ReadStoredAsync()
    {
        var stored = new GrainState<SiteSnapshot>(new SiteSnapshot());
        await Storage.ReadStateAsync("site", Site.GetGrainId(), stored);
        return stored.State ?? throw new InvalidOperationException("The site was never stored.");
    }

    // What a silo death leaves behind: a snapshot older than the counters the grain had in memory.
    private async Task RewriteStoredAsync(Action<SiteSnapshot> change)
    {
        var stored = new GrainState<SiteSnapshot>(new SiteSnapshot());
        await Storage.ReadStateAsync("site", Site.GetGrainId(), stored);
        change(stored.State ?? throw new InvalidOperationException("The site was never stored."));
        await Storage.WriteStateAsync("site", Site.GetGrainId(), stored);
    }
}
