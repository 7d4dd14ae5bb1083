namespace Monitoring.Persistence.Schema;

/// <summary>One versioned schema script: its version number and its name (the file name without the number).</summary>
public sealed record SchemaScript(int Version, string Name);
