namespace Monitoring.Notifications.Hosting;

/// <summary>The SMTP relay (<c>Monitoring:Notifications:Delivery:Smtp</c>). Without a host, email messages are dead-lettered.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. <c>Monitoring &lt;alerts@example.com&gt;</c>.</summary>
    public string From { get; set; } = "monitoring@localhost";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>auto</c> (STARTTLS when offered; TLS on 465), <c>none</c>, <c>starttls</c> (required) or <c>tls</c> (TLS on connect).</summary>
    public string Security { get; set; } = "auto";
}
