using Monitoring.Domain.Baselines;

namespace Monitoring.Grains.Guards;

/// <summary>One stored day of operator resolutions.</summary>
[GenerateSerializer, Immutable, Alias("resolution-day-record")]
public sealed record ResolutionDayRecord([property: Id(0)] int Day, [property: Id(1)] int Resolutions, [property: Id(2)] int FalsePositives)
{
    public static ResolutionDayRecord From(ResolutionDay day) => new(day.Day, day.Resolutions, day.FalsePositives);

    public ResolutionDay ToDay() => new(Day, Resolutions, FalsePositives);
}
