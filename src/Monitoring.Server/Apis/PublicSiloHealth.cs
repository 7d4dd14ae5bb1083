namespace Monitoring.Server.Apis;

/// <summary>One silo as an anonymous caller sees it: its membership status alone.</summary>
internal sealed record PublicSiloHealth(string Status);
