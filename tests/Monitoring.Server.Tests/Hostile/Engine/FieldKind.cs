namespace Monitoring.Tests.Shared.Hostile;

/// <summary>What a body field holds, so the generator knows which values are never valid for it.</summary>
internal enum FieldKind
{
    Text,
    RequiredText,
    Number,
    RequiredNumber,
    Time,
    Bool,
}
