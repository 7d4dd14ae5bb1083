using Monitoring.Domain.Inactivity;

namespace Monitoring.Server.Hosting;

/// <summary>The tenant-wide inactivity defaults (a site may override the threshold).</summary>
internal sealed class InactivityOptions
{
    public double Threshold { get; set; } = 0.80;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan EvaluationPeriod { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan BreakMax { get; set; } = TimeSpan.FromMinutes(30);

    public InactivitySettings ToSettings()
    {
        if (Threshold is <= 0 or > 1)
        {
            throw new InvalidOperationException("Monitoring:Inactivity:Threshold must be in (0, 1].");
        }

        if (Window < TimeSpan.FromMinutes(1) || Window > TimeSpan.FromMinutes(60) || EvaluationPeriod <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Monitoring:Inactivity: Window must be 1..60 minutes and EvaluationPeriod positive.");
        }

        return InactivitySettings.Default with
        {
            Threshold = (decimal)Threshold,
            Window = Window,
            EvaluationPeriod = EvaluationPeriod,
            BreakMax = BreakMax,
        };
    }
}
