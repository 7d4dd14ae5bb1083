using System.Collections.Immutable;

namespace Monitoring.Domain.Fraud.Training;

/// <summary>The typical legitimate event: each feature's median over the legit rows (all rows when none is legit).</summary>
public static class ReferenceVector
{
    public static ImmutableArray<double> Of(IReadOnlyCollection<FraudSample> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var legit = rows.Where(r => r.Label == FraudLabel.Legit).ToArray();
        var from = legit.Length > 0 ? legit : [.. rows];
        var reference = ImmutableArray.CreateBuilder<double>(FraudFeatureNames.Count);
        var column = new double[from.Length];
        for (var f = 0; f < FraudFeatureNames.Count; f++)
        {
            for (var i = 0; i < from.Length; i++)
            {
                column[i] = from[i].Features[f];
            }

            Array.Sort(column);
            reference.Add(column.Length == 0 ? 0 : column[column.Length / 2]);
        }

        return reference.MoveToImmutable();
    }
}
