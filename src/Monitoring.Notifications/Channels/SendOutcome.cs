namespace Monitoring.Notifications.Channels;

/// <summary>How one attempt ended: accepted, failed for now (tried again later), or failed for good.</summary>
public sealed record SendOutcome(bool Accepted, bool Permanent, string? Error)
{
    private const int MaxError = 500;

    public static SendOutcome Ok { get; } = new(true, false, null);

    public static SendOutcome Retry(string error) => new(false, false, Trim(error));

    public static SendOutcome Fatal(string error) => new(false, true, Trim(error));

    private static string Trim(string error) => error.Length <= MaxError ? error : error[..(MaxError - 1)] + "…";
}
