namespace Monitoring.Domain.Fraud.Training;

/// <summary>
/// Whether a set of labelled rows can be trained on: at least <see cref="MinRows"/> rows holding both
/// classes. <see cref="Problem"/> says why not, with the counts.
/// </summary>
public readonly record struct TrainingReadiness(int Rows, int Fraud, int Legit)
{
    public const int MinRows = 500;

    public bool Ready => Problem is null;

    public string? Problem => Rows < MinRows
        ? $"{Rows} labelled rows, at least {MinRows} are needed"
        : Fraud == 0 || Legit == 0 ? $"the labelled rows hold one class only ({Fraud} fraud, {Legit} legit)" : null;

    public static TrainingReadiness Of(IReadOnlyCollection<FraudSample> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fraud = rows.Count(r => r.Label == FraudLabel.Fraud);
        return new TrainingReadiness(rows.Count, fraud, rows.Count - fraud);
    }
}
