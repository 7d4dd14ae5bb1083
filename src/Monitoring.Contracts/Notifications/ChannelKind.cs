namespace Monitoring.Contracts.Notifications;

/// <summary>How a message reaches a contact (wire: webhook, email, slack, teams, pagerduty, sms).</summary>
public enum ChannelKind
{
    /// <summary>JSON POST, HMAC-SHA256 signed with a timestamp.</summary>
    Webhook,

    /// <summary>SMTP, plain text and HTML.</summary>
    Email,

    /// <summary>Slack incoming webhook.</summary>
    Slack,

    /// <summary>Microsoft Teams incoming webhook.</summary>
    Teams,

    /// <summary>PagerDuty Events API v2, the alert id as dedup key.</summary>
    Pagerduty,

    /// <summary>SMS through the host's webhook gateway.</summary>
    Sms,
}
