namespace Monitoring.Server.Tests.Fixtures;

/// <summary>What a test token says: subject, tenant and roles, and the parts a test may get wrong on purpose.</summary>
public sealed record TokenSpec(string? Subject, string? Tenant, string[] Roles)
{
    public string Issuer { get; init; } = Tokens.Issuer;

    public string Audience { get; init; } = Tokens.Audience;

    /// <summary>Until the token expires, from now (negative: it already has).</summary>
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromMinutes(30);

    public TokenSigner Signer { get; init; } = TokenSigner.Symmetric;
}
