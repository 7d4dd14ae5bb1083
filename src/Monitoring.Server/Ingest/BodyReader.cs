using System.Buffers;
using System.IO.Pipelines;

namespace Monitoring.Server.Ingest;

/// <summary>Reads a request body up to a byte limit, without buffering more than the limit.</summary>
internal static class BodyReader
{
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The whole body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<ReadOnlySequence<byte>?> ReadAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.Buffer.Length > MaxBytes)
            {
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                return result.Buffer;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
