namespace Monitoring.Notifications.Hosting;

/// <summary>
/// The delivery workers' settings (<c>Monitoring:Notifications:Delivery</c>): the host-level endpoints
/// (SMTP relay, PagerDuty Events API, SMS gateway) and the retry policy.
/// </summary>
public sealed class NotificationDeliveryOptions
{
    /// <summary>The SMTP relay email goes through.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>PagerDuty Events API v2; a pagerduty channel's <c>url</c> overrides it.</summary>
    public string PagerDutyEventsUrl { get; set; } = "https://events.pagerduty.com/v2/enqueue";

    /// <summary>The SMS gateway (JSON POST); an sms channel's <c>url</c> overrides it.</summary>
    public string? SmsGatewayUrl { get; set; }

    /// <summary>When set, SMS gateway requests are signed like webhooks with it.</summary>
    public string? SmsGatewaySecret { get; set; }

    /// <summary>Attempts before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages sent at once per silo.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>How long a leased message is held by its worker before another silo may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a worker looks for due messages when nothing wakes it.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait after the first failed attempt; it doubles with each further one.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan RetryCap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one HTTP request or SMTP session may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Quick retries inside one attempt for transient errors (0 to switch them off).</summary>
    public int QuickRetries { get; set; } = 2;

    /// <summary>The first setting that cannot work, as its key and why, or null.</summary>
    public string? Problem() =>
        MaxAttempts < 1 ? "MaxAttempts must be at least 1"
        : Concurrency < 1 ? "Concurrency must be at least 1"
        : Lease <= TimeSpan.Zero ? "Lease must be positive"
        : Poll <= TimeSpan.Zero ? "Poll must be positive"
        : RetryBase <= TimeSpan.Zero || RetryCap < RetryBase ? "RetryBase must be positive and RetryCap at least RetryBase"
        : AttemptTimeout <= TimeSpan.Zero ? "AttemptTimeout must be positive"
        : QuickRetries < 0 ? "QuickRetries must not be negative"
        : !Uri.TryCreate(PagerDutyEventsUrl, UriKind.Absolute, out _) ? "PagerDutyEventsUrl must be an absolute URL"
        : SmsGatewayUrl is { Length: > 0 } sms && !Uri.TryCreate(sms, UriKind.Absolute, out _) ? "SmsGatewayUrl must be an absolute URL"
        : null;
}
