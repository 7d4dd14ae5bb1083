using Monitoring.Contracts.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>The id rule shared by devices, guards and sites: 1-64 of [A-Za-z0-9._:-].</summary>
internal static class Ids
{
    public const int MaxLength = TelemetrySchema.MaxIdLength;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public const string Rule = "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";
}
