using Microsoft.Extensions.Logging;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// What a guard grain needs to score its attendance events, held once per silo: the guard keeps one
/// reference to it (memory per guard is budgeted).
/// </summary>
public sealed class FraudServices(IFraudScorerSource scorers, IFraudLedger ledger, ILoggerFactory loggers)
{
    public IFraudScorerSource Scorers { get; } = scorers;

    public IFraudLedger Ledger { get; } = ledger;

    public ILogger Logger { get; } = loggers.CreateLogger("Monitoring.Grains.Fraud");
}
