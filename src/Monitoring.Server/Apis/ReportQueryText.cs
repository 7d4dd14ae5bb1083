namespace Monitoring.Server.Apis;

/// <summary>The query of a report request as it came, before <see cref="ReportQuery.Parse"/> checks it.</summary>
internal sealed record ReportQueryText(string? From, string? To, string? SiteId, string? Format);
