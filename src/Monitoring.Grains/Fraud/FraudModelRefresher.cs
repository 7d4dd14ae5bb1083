using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// Keeps this silo's <see cref="ModelFraudScorerSource"/> on each tenant's active version: every
/// refresh period it asks each tenant's registry which version is active and, when that changed,
/// loads the bytes from the model store and swaps the scorer. A version that is missing or does not
/// load (damaged bytes, another feature list) is logged once and the tenant scores with the rules.
/// </summary>
public sealed partial class FraudModelRefresher(
    IServiceProvider services,
    ModelFraudScorerSource source,
    IFraudModelStore store,
    FraudModelSettings settings,
    ILogger<FraudModelRefresher> logger) : BackgroundService
{
    /// <summary>Asks every watched tenant's registry once and swaps what changed.</summary>
    public async Task RefreshAsync(CancellationToken cancel = default)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        foreach (var (tenant, slot) in source.Tenants)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                var active = await grains.GetGrain<IFraudModelGrain>(tenant).GetActiveVersionAsync();
                if (slot.Refreshed && active == slot.Wanted)
                {
                    continue;
                }

                slot.Swap(await LoadAsync(tenant, active));
                slot.Wanted = active;
                slot.Refreshed = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRefreshFailed(e, tenant);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Poll cadence is wall time, whichever clock the monitoring runs on.
        using var timer = new PeriodicTimer(settings.RefreshPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<Domain.Fraud.IFraudScorer> LoadAsync(string tenant, string? version)
    {
        if (version is null)
        {
            return source.Rules;
        }

        if (await store.ReadBytesAsync(tenant, version) is not { } bytes)
        {
            LogMissing(tenant, version);
            return source.Rules;
        }

        try
        {
            var scorer = new TreeEnsembleScorer(version, TreeEnsembleCodec.Read(bytes));
            LogLoaded(tenant, version, bytes.Length);
            return scorer;
        }
        catch (FormatException e)
        {
            LogCorrupt(tenant, version, e.Message);
            return source.Rules;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: scoring with fraud model {Version} ({Bytes} bytes)")]
    private partial void LogLoaded(string tenant, string version, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {Tenant}: fraud model {Version} is not in the model store; scoring with the rules")]
    private partial void LogMissing(string tenant, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {Tenant}: fraud model {Version} does not load ({Reason}); scoring with the rules")]
    private partial void LogCorrupt(string tenant, string version, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}: could not refresh the fraud model")]
    private partial void LogRefreshFailed(Exception exception, string tenant);
}
