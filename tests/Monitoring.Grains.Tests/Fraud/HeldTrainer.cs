using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Grains.Fraud;
using Monitoring.Learning;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>
/// The real trainer, which a test can hold at the start of its next fit until the job is cancelled:
/// a job then stays running for as long as the test needs, however fast the machine trains.
/// </summary>
public sealed class HeldTrainer : IFraudModelTrainer
{
    private readonly FastTreeFraudTrainer _inner = new();
    private int _holdNext;

    public string Algorithm => _inner.Algorithm;

    /// <summary>The next fit waits, running, until its job is cancelled.</summary>
    public void HoldNext() => Volatile.Write(ref _holdNext, 1);

    public TreeEnsemble Train(IReadOnlyList<FraudSample> rows, int seed, CancellationToken cancel)
    {
        if (Interlocked.Exchange(ref _holdNext, 0) == 1)
        {
            cancel.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
            cancel.ThrowIfCancellationRequested();
        }

        return _inner.Train(rows, seed, cancel);
    }
}
