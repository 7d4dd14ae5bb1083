using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// Fits a boosted-tree classifier to labelled rows (ML.NET, in Monitoring.Learning, registered by the
/// host). Runs on the training service's thread, never on a grain's turn; stops with
/// <see cref="OperationCanceledException"/> when cancelled.
/// </summary>
public interface IFraudModelTrainer
{
    /// <summary>The algorithm's name, as model lists show it ("fasttree").</summary>
    string Algorithm { get; }

    TreeEnsemble Train(IReadOnlyList<FraudSample> rows, int seed, CancellationToken cancel);
}
