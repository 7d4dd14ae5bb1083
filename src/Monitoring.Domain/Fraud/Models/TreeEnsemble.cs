using System.Collections.Immutable;

namespace Monitoring.Domain.Fraud.Models;

/// <summary>
/// A trained boosted-tree binary classifier in the form the silos score with: the trees, their bias,
/// the Platt calibration (probability = 1 / (1 + exp(<see cref="Slope"/> * raw + <see cref="Offset"/>)))
/// and the reference vector (the typical legitimate event) that explanations measure against.
/// </summary>
public sealed record TreeEnsemble(
    ImmutableArray<RegressionTree> Trees,
    double Bias,
    double Slope,
    double Offset,
    ImmutableArray<double> Reference);
