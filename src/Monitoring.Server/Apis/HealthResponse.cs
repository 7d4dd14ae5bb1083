namespace Monitoring.Server.Apis;

/// <summary>The answer of <c>GET /api/v1/health</c> to a caller with a valid key.</summary>
internal sealed record HealthResponse(string Status, IReadOnlyList<SiloHealth> Silos, string Version);
