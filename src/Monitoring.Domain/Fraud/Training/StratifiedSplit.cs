namespace Monitoring.Domain.Fraud.Training;

/// <summary>
/// Splits labelled rows into training and held-out sets with the same share of each class in both
/// (the held-out share of each class rounded, at least one row of each class on each side when the
/// class has two or more). Seeded, so a split can be repeated.
/// </summary>
public static class StratifiedSplit
{
    public const double DefaultHeldOut = 0.2;

    public static (List<FraudSample> Train, List<FraudSample> Test) Split(IReadOnlyList<FraudSample> rows, double heldOut, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heldOut);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(heldOut, 1);
        var random = new Random(seed);
        var train = new List<FraudSample>(rows.Count);
        var test = new List<FraudSample>((int)(rows.Count * heldOut) + 2);
        foreach (var label in (ReadOnlySpan<FraudLabel>)[FraudLabel.Legit, FraudLabel.Fraud])
        {
            var ofClass = rows.Where(r => r.Label == label).ToArray();
            random.Shuffle(ofClass);
            var take = (int)Math.Round(ofClass.Length * heldOut);
            if (ofClass.Length >= 2)
            {
                take = Math.Clamp(take, 1, ofClass.Length - 1);
            }

            test.AddRange(ofClass.AsSpan(0, take));
            train.AddRange(ofClass.AsSpan(take));
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(train));
        return (train, test);
    }
}
