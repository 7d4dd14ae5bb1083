using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Hosting;
using MimeKit;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// Email over the host's SMTP relay with MailKit: one session per message, inside a Polly pipeline
/// (a timeout per session, quick retries for network errors). A 5xx SMTP reply or an address that
/// does not parse fails for good; 4xx replies and network errors are tried again later.
/// </summary>
internal sealed class EmailChannel : INotificationChannel
{
    private readonly SmtpSettings _smtp;
    private readonly ResiliencePipeline _pipeline;

    public EmailChannel(NotificationDeliveryOptions options)
    {
        _smtp = options.Smtp;
        var builder = new ResiliencePipelineBuilder();
        if (options.QuickRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<SocketException>().Handle<SmtpProtocolException>()
                    .Handle<TimeoutRejectedException>().Handle<ServiceNotConnectedException>(),
                MaxRetryAttempts = options.QuickRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            });
        }

        _pipeline = builder.AddTimeout(options.AttemptTimeout).Build();
    }

    public ChannelKind Kind => ChannelKind.Email;

    public async Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (_smtp.Host is not { Length: > 0 } host)
        {
            return SendOutcome.Fatal("no SMTP relay configured (Monitoring:Notifications:Delivery:Smtp:Host)");
        }

        if (!MailboxAddress.TryParse(message.Channel.Address, out var to) || !MailboxAddress.TryParse(_smtp.From, out var from))
        {
            return SendOutcome.Fatal("the email address or the configured sender does not parse");
        }

        var mail = EmailRendering.Render(message, from, to);
        try
        {
            await _pipeline.ExecuteAsync(async ct => await SendOnceAsync(host, mail, ct), cancellationToken);
            return SendOutcome.Ok;
        }
        catch (SmtpCommandException ex)
        {
            var error = $"SMTP {(int)ex.StatusCode}: {ex.Message}";
            return (int)ex.StatusCode >= 500 ? SendOutcome.Fatal(error) : SendOutcome.Retry(error);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or TimeoutRejectedException
            or ServiceNotConnectedException or AuthenticationException or SslHandshakeException)
        {
            return SendOutcome.Retry($"SMTP: {ex.Message}");
        }
    }

    private async Task SendOnceAsync(string host, MimeMessage mail, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(host, _smtp.Port, Security(_smtp.Security), cancellationToken);
        if (_smtp.User is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, _smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    internal static SecureSocketOptions Security(string? name) => name?.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" or "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
