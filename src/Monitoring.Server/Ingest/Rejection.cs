namespace Monitoring.Server.Ingest;

/// <summary>One event of a batch that was not accepted, and why.</summary>
internal sealed record Rejection(int Index, string Error, string? Field);
