namespace Monitoring.Contracts.Rules;

/// <summary>Where the row in force comes from: the product table, the tenant's override or the site's.</summary>
public static class RuleScopes
{
    /// <summary>The product's row, not overridden.</summary>
    public const string Default = "default";

    /// <summary>The tenant's override.</summary>
    public const string Tenant = "tenant";

    /// <summary>The site's override.</summary>
    public const string Site = "site";
}
