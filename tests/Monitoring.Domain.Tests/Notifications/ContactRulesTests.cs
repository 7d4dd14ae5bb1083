using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

/// <summary>Contacts and their channels: what each kind needs, well formed, and nothing it does not use.</summary>
public sealed class ContactRulesTests
{
    private const string Secret = "0123456789abcdef";

    private static ChannelInput Webhook(string? url = "https://hooks.example.com/x", string? secret = Secret) => new("webhook", url, null, null, null, secret);

    private static ContactInput Contact(params ChannelInput?[] channels) => new("ct-1", "Night lead", channels, 10, 60);

    private static string[] Fields(IReadOnlyList<BookError> errors) => [.. errors.Select(e => e.Field)];

    [Fact]
    public void Check_EveryKindWellFormed_NoErrors()
    {
        var errors = ContactRules.Check(Contact(
            Webhook(),
            new("email", null, "night.lead@example.co.uk", null, null, null),
            new("slack", "https://hooks.slack.com/services/T/B/x", null, null, null, null),
            new("teams", "http://teams.example.com/hook", null, null, null, null),
            new("pagerduty", null, null, "R0UT1NGKEY0123456789ABCDEFGHIJKL", null, null),
            new("pagerduty", "https://events.eu.pagerduty.com/v2/enqueue", null, "other-key", null, Secret),
            new("sms", null, null, null, "+33612345678", null)));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("ftp://example.com/x")]
    [InlineData("/relative")]
    [InlineData("https://")]
    [InlineData("https://user:pw@example.com/x")]
    [InlineData("https://exa mple.com/x")]
    [InlineData("javascript:alert(1)")]
    public void Check_WebhookUrlNotAbsoluteHttp_NamesTheUrl(string url)
    {
        Assert.Equal(["channels[0].url"], Fields(ContactRules.Check(Contact(Webhook(url)))));
    }

    [Theory]
    [InlineData("carrier_pigeon")]
    [InlineData("Webhook")]
    [InlineData(null)]
    public void Check_UnknownKind_NamesTheKind(string? kind)
    {
        Assert.Equal(["channels[0].kind"], Fields(ContactRules.Check(Contact(new ChannelInput(kind, "https://x.example.com", null, null, null, null)))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("has spaces in the secret")]
    public void Check_WebhookSecretMissingOrWeak_NamesTheSecret(string? secret)
    {
        Assert.Equal(["channels[0].secret"], Fields(ContactRules.Check(Contact(Webhook(secret: secret)))));
    }

    [Theory]
    [InlineData("email", null, "a@b", null, null, "channels[0].address")]
    [InlineData("email", null, "Ann <ann@example.com>", null, null, "channels[0].address")]
    [InlineData("email", null, "ann@example.com\n", null, null, "channels[0].address")]
    [InlineData("sms", null, null, null, "0612345678", "channels[0].phone")]
    [InlineData("sms", null, null, null, "+0612345678", "channels[0].phone")]
    [InlineData("sms", null, null, null, "+3361234567890123", "channels[0].phone")]
    [InlineData("pagerduty", null, null, null, null, "channels[0].routingKey")]
    [InlineData("pagerduty", null, null, "   ", null, "channels[0].routingKey")]
    [InlineData("slack", null, null, null, null, "channels[0].url")]
    [InlineData("email", "https://x.example.com", "ann@example.com", null, null, "channels[0].url")]
    [InlineData("slack", "https://x.example.com", null, null, "+33612345678", "channels[0].phone")]
    public void Check_ChannelFieldMissingMalformedOrUnused_NamesIt(string kind, string? url, string? address, string? key, string? phone, string field)
    {
        Assert.Equal([field], Fields(ContactRules.Check(Contact(new ChannelInput(kind, url, address, key, phone, null)))));
    }

    [Fact]
    public void Check_SecretOnSlack_NamesTheSecret()
    {
        var slack = new ChannelInput("slack", "https://hooks.slack.com/x", null, null, null, Secret);

        Assert.Equal(["channels[0].secret"], Fields(ContactRules.Check(Contact(slack))));
    }

    [Fact]
    public void Check_NoChannelsTooManyOrNull_NamesThem()
    {
        Assert.Equal(["channels"], Fields(ContactRules.Check(Contact())));
        Assert.Contains("channels", Fields(ContactRules.Check(Contact([.. Enumerable.Range(0, 11).Select(i => Webhook($"https://x{i}.example.com"))]))));
        Assert.Equal(["channels[1]"], Fields(ContactRules.Check(Contact(Webhook(), null))));
    }

    [Fact]
    public void Check_SameTargetTwice_NamesTheRepeat()
    {
        var errors = ContactRules.Check(Contact(Webhook(), Webhook()));

        var error = Assert.Single(errors);
        Assert.Equal(("channels[1]", "repeats channels[0]"), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("", "Ann", 10, 60, "contactId")]
    [InlineData("a/b", "Ann", 10, 60, "contactId")]
    [InlineData("ct", "  ", 10, 60, "name")]
    [InlineData("ct", "Ann\u0007", 10, 60, "name")]
    [InlineData("ct", "Ann", 0, 60, "rateLimitMessages")]
    [InlineData("ct", "Ann", 1001, 60, "rateLimitMessages")]
    [InlineData("ct", "Ann", 10, 0, "rateLimitMinutes")]
    [InlineData("ct", "Ann", 10, 1441, "rateLimitMinutes")]
    public void Check_ContactFieldOutOfRange_NamesIt(string id, string name, int messages, int minutes, string field)
    {
        Assert.Equal([field], Fields(ContactRules.Check(new ContactInput(id, name, [Webhook()], messages, minutes))));
    }

    [Fact]
    public void Check_NameOf201Characters_NamesIt()
    {
        Assert.Equal(["name"], Fields(ContactRules.Check(new ContactInput("ct", new string('n', 201), [Webhook()], 10, 60))));
    }
}
