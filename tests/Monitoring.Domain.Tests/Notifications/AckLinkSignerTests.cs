using System.Text;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class AckLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly AckLinkSigner Signer = new(Encoding.UTF8.GetBytes("a-test-key-of-32-bytes-length!!!"));
    private static readonly AckLinkClaims Claims = new("acme", "alt_1", "alice", Now.AddHours(24));

    [Fact]
    public void Verify_FreshToken_ValidWithItsClaims()
    {
        var token = Signer.Sign(Claims);

        Assert.Equal(AckLinkVerdict.Valid, Signer.Verify(token, Now, out var claims));
        Assert.Equal(Claims, claims);
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
        Assert.DoesNotContain('=', token);
    }

    [Fact]
    public void Verify_PastExpiry_Expired()
    {
        Assert.Equal(AckLinkVerdict.Expired, Signer.Verify(Signer.Sign(Claims), Claims.ExpiresAt, out var claims));
        Assert.Equal("alt_1", claims?.AlertId);
    }

    [Fact]
    public void Verify_PayloadChanged_Invalid()
    {
        var token = Signer.Sign(Claims);
        var other = Signer.Sign(Claims with { AlertId = "alt_2" });
        var forged = other[..other.IndexOf('.', StringComparison.Ordinal)] + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(AckLinkVerdict.Invalid, Signer.Verify(forged, Now, out var claims));
        Assert.Null(claims);
    }

    [Fact]
    public void Verify_OtherKey_Invalid()
    {
        var other = new AckLinkSigner(Encoding.UTF8.GetBytes("another-key-of-32-bytes-length!!"));

        Assert.Equal(AckLinkVerdict.Invalid, other.Verify(Signer.Sign(Claims), Now, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData("!!!.???")]
    public void Verify_Malformed_Invalid(string token)
    {
        Assert.Equal(AckLinkVerdict.Invalid, Signer.Verify(token, Now, out _));
    }

    [Fact]
    public void Verify_SignatureFlipped_Invalid()
    {
        var token = Signer.Sign(Claims);
        // A character inside the signature (the last one carries two spare bits a decoder may ignore).
        var at = token.Length - 5;
        var flipped = token[at] == 'A' ? 'B' : 'A';

        Assert.Equal(AckLinkVerdict.Invalid, Signer.Verify(token[..at] + flipped + token[(at + 1)..], Now, out _));
    }

    [Fact]
    public void Sign_FieldWithNewline_Refused()
    {
        Assert.Throws<ArgumentException>(() => Signer.Sign(Claims with { ContactId = "a\nb" }));
    }
}
