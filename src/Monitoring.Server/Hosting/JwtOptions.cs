namespace Monitoring.Server.Hosting;

/// <summary>
/// The <c>Monitoring:Jwt</c> section: bearer tokens of an OpenID Connect provider beside the API
/// keys. Off unless <see cref="Issuer"/> or <see cref="Authority"/> is set.
/// </summary>
internal sealed class JwtOptions
{
    /// <summary>The <c>iss</c> a token must carry (with an authority, its discovery document's issuer by default).</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> a token must carry: this API's name at the provider. Required.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Keys that verify signatures: a symmetric key in base64 (at least 32 bytes), or an RSA or EC
    /// public key in PEM (<c>-----BEGIN PUBLIC KEY-----</c>).
    /// </summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>The provider's URL: its discovery document gives the issuer and the current signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the discovery document must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim naming the tenant.</summary>
    public string TenantClaim { get; set; } = "tenant";

    /// <summary>The claim naming the roles (one value, an array, or a comma- or space-separated list).</summary>
    public string RoleClaim { get; set; } = "roles";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Issuer) || !string.IsNullOrWhiteSpace(Authority);
}
