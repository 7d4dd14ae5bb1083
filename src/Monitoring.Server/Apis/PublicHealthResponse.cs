namespace Monitoring.Server.Apis;

/// <summary>The answer of <c>GET /api/v1/health</c> without a valid key: the same shape, silos by status only.</summary>
internal sealed record PublicHealthResponse(string Status, IReadOnlyList<PublicSiloHealth> Silos, string Version);
