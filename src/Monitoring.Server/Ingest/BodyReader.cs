using System.Buffers;
using System.IO.Pipelines;

namespace Monitoring.Server.Ingest;

/// <summary>Reads a request body up to a byte limit, without buffering more than the limit.</summary>
internal static class BodyReader
{
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// How much of a refused body is still read and thrown away, so that the client, which may still
    /// be sending, reads the 413 instead of a reset connection; a longer body gets the 413 and the
    /// connection is closed.
    /// </summary>
    public const long MaxDrainedBytes = 4L * MaxBytes;

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

    /// <summary>
    /// Reads and discards the rest of a refused body, up to <see cref="MaxDrainedBytes"/> in all (Kestrel's bound on the endpoint);
    /// false when the body goes on beyond that (the caller then closes the connection).
    /// </summary>
    public static async Task<bool> DiscardAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return true;
                }
            }
        }
        catch (BadHttpRequestException)
        {
            // Past Kestrel's bound for this endpoint (MaxDrainedBytes).
            return false;
        }
    }
}
