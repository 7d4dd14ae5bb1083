using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitoring.Grains.Fraud;

namespace Monitoring.Learning;

/// <summary>Registers ML.NET's FastTree as the silo's fraud model trainer.</summary>
public static class LearningSetup
{
    public static IServiceCollection AddFraudTraining(this IServiceCollection services)
    {
        services.TryAddSingleton<IFraudModelTrainer>(new FastTreeFraudTrainer());
        return services;
    }
}
