namespace Monitoring.Domain.Rules;

/// <summary>How a rule compares its signal with a threshold. The wire names are lower_snake.</summary>
public enum Comparison : byte
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
