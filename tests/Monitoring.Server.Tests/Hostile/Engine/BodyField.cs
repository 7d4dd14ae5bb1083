namespace Monitoring.Tests.Shared.Hostile;

/// <summary>One field of a valid body: its name, a valid raw JSON value, its kind, and values out of its range.</summary>
internal sealed record BodyField(string Name, string Valid, FieldKind Kind, params string[] OutOfRange);
