using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Hosting;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Learning;
using Orleans.TestingHost;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>
/// Two silos set up as the host sets them up (<c>AddMonitoringGrains</c>, FastTree training), that
/// share one labelled-row ledger and one model store (as PostgreSQL is shared), and look for a new
/// active model every 200 ms.
/// </summary>
public sealed class FraudClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromMilliseconds(200);

    private InProcessTestCluster? _cluster;

    internal IFraudLedger Ledger { get; } = new MemoryFraudLedger(new MonitoringClock(manual: false));

    public MemoryFraudModelStore Store { get; } = new();

    /// <summary>Both silos' trainer: a test holds a fit with <see cref="HeldTrainer.HoldNext"/>.</summary>
    public HeldTrainer Trainer { get; } = new();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public IGrainFactory Grains => Cluster.Client;

    public ModelFraudScorerSource Source(int silo) => Cluster.Silos[silo].ServiceProvider.GetRequiredService<ModelFraudScorerSource>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
        });
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton<IFraudLedger>(Ledger);
            host.Services.AddSingleton<IFraudModelStore>(Store);
            host.Services.AddSingleton<IFraudModelTrainer>(Trainer);
            host.Services.AddFraudTraining();
            host.Services.AddMonitoringGrains(new GrainOptions
            {
                Feed = false,
                FraudModels = FraudModelSettings.Default with { RefreshPeriod = RefreshPeriod },
            });
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
