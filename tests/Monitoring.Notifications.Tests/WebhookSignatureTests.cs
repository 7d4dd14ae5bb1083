using System.Security.Cryptography;
using System.Text;
using Monitoring.Notifications.Channels;

namespace Monitoring.Notifications.Tests;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-test";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"deliveryId\":\"dlv_1\"}");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_764_900_000);

    [Fact]
    public void Sign_Body_IsHexHmacOfTimestampDotBody()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1764900000.{\"deliveryId\":\"dlv_1\"}")));
        Assert.Equal("v1=" + expected, WebhookSignature.Sign(Secret, 1_764_900_000, Body));
    }

    [Fact]
    public void Verify_SignedNow_True() =>
        Assert.True(WebhookSignature.Verify(Secret, "1764900000", WebhookSignature.Sign(Secret, 1_764_900_000, Body), Body, Now, TimeSpan.FromMinutes(5)));

    [Fact]
    public void Verify_BodyChanged_False()
    {
        var signature = WebhookSignature.Sign(Secret, 1_764_900_000, Body);
        Assert.False(WebhookSignature.Verify(Secret, "1764900000", signature, Encoding.UTF8.GetBytes("{\"deliveryId\":\"dlv_2\"}"), Now, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Verify_OtherSecret_False() =>
        Assert.False(WebhookSignature.Verify("other", "1764900000", WebhookSignature.Sign(Secret, 1_764_900_000, Body), Body, Now, TimeSpan.FromMinutes(5)));

    [Fact]
    public void Verify_TimestampSixMinutesOld_False()
    {
        var old = Now.AddMinutes(-6).ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(Secret, old, Body);
        Assert.False(WebhookSignature.Verify(Secret, old.ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Body, Now, TimeSpan.FromMinutes(5)));
    }
}
