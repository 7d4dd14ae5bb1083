using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitoring.Domain.Fraud;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Memory;

namespace Monitoring.Grains.Fraud;

/// <summary>The trained-model side of fraud scoring in a silo: registry support, training worker, model store, model-aware scorer source.</summary>
internal static class FraudSetup
{
    /// <summary>
    /// Registers <see cref="ModelFraudScorerSource"/> as the silo's <see cref="IFraudScorerSource"/>
    /// (replacing the rules-only default however the calls are ordered), falling back to
    /// <paramref name="rules"/>; the refresher and the training worker as hosted services; the
    /// memory model store unless a durable one is registered.
    /// </summary>
    public static IServiceCollection AddFraudModels(this IServiceCollection services, FraudModelSettings settings, Func<IServiceProvider, IFraudScorer> rules)
    {
        services.AddSingleton(settings);
        services.TryAddSingleton<IFraudModelStore, MemoryFraudModelStore>();
        services.AddSingleton(sp => new ModelFraudScorerSource(() => rules(sp)));
        services.RemoveAll<IFraudScorerSource>();
        services.AddSingleton<IFraudScorerSource>(sp => sp.GetRequiredService<ModelFraudScorerSource>());
        services.AddSingleton<FraudModelRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<FraudModelRefresher>());
        services.AddSingleton<FraudTrainingService>();
        services.AddHostedService(sp => sp.GetRequiredService<FraudTrainingService>());
        return services;
    }
}
