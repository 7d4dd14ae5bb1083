using Monitoring.Contracts.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>Puts the devices' rejections beside the parser's, with indices in the request's batch.</summary>
internal static class IngestRejections
{
    /// <summary>
    /// <paramref name="refused"/> are positions among the valid events; the valid events are the
    /// batch's events less the parser's rejections, in order, so the n-th valid event is the n-th
    /// index the parser did not reject.
    /// </summary>
    public static List<Rejection> Merge(List<Rejection> parsed, int validCount, List<(int Index, DeviceRejection Rejection)> refused)
    {
        var batchIndex = new int[validCount];
        var rejectedByParser = parsed.Select(r => r.Index).ToHashSet();
        for (int index = 0, valid = 0; valid < validCount; index++)
        {
            if (!rejectedByParser.Contains(index))
            {
                batchIndex[valid++] = index;
            }
        }

        return
        [
            .. parsed.Concat(refused.Select(r => new Rejection(batchIndex[r.Index], r.Rejection.Error, r.Rejection.Field)))
                .OrderBy(r => r.Index),
        ];
    }
}
