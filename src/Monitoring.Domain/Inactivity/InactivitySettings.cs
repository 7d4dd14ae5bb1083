namespace Monitoring.Domain.Inactivity;

/// <summary>The inactivity rule's numbers; the defaults are the product's.</summary>
public sealed record InactivitySettings
{
    public static InactivitySettings Default { get; } = new();

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan EvaluationPeriod { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan BreakMax { get; init; } = TimeSpan.FromMinutes(30);
    public decimal Threshold { get; init; } = 0.80m;
    public decimal PhoneWeight { get; init; } = 0.20m;
    public decimal MovementWeight { get; init; } = 0.30m;
    public decimal TaskWeight { get; init; } = 0.25m;
    public decimal CheckpointWeight { get; init; } = 0.25m;
    public decimal DeepNightMultiplier { get; init; } = 1.2m;
    public double MinMovementM { get; init; } = 10.0;
    public TimeSpan DeepNightStart { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan DeepNightEnd { get; init; } = TimeSpan.FromHours(5);
    public TimeSpan NightStart { get; init; } = TimeSpan.FromHours(20);
    public TimeSpan NightEnd { get; init; } = TimeSpan.FromHours(6);
}
