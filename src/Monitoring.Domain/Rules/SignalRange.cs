namespace Monitoring.Domain.Rules;

/// <summary>The values a threshold of one signal may take, both ends included.</summary>
public readonly record struct SignalRange(double Min, double Max, bool WholeNumber = false)
{
    public bool Contains(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!WholeNumber || Math.Floor(value) == value);

    public string Describe() => WholeNumber ? $"a whole number in [{Min}, {Max}]" : $"a number in [{Min}, {Max}]";
}
