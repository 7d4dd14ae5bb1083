namespace Monitoring.Fleet.Night;

/// <summary>
/// The scripted moments of a guard's shift in time order: the biometric check after shift start,
/// the behaviour's own events and boundaries, and the end (shift_end, or the phone going dark).
/// Boundaries are cues too, so the script's loop stops exactly where the guard's mode changes.
/// </summary>
internal static class GuardCues
{
    public static List<(DateTimeOffset At, Cue Cue)> For(GuardPlan plan, Random rng)
    {
        var cues = new List<(DateTimeOffset At, Cue Cue)> { (plan.ShiftStart + rng.Seconds(5, 40), Cue.Biometric) };
        var ends = true;
        if (plan.Behaviour is { } b)
        {
            switch (b.Kind)
            {
                case FaultKind.DeclaredBreak:
                    cues.Add((b.StartsAt, Cue.BreakStart));
                    cues.Add((b.EndsAt, Cue.BreakEnd));
                    break;
                case FaultKind.BiometricFailures:
                    var between = rng.Next(1, 4);
                    cues.Add((b.StartsAt, Cue.BiometricFailure));
                    for (var i = 0; i < between; i++)
                    {
                        cues.Add((b.StartsAt + ((b.EndsAt - b.StartsAt) * rng.Between(0.05, 0.95)), Cue.BiometricFailure));
                    }

                    cues.Add((b.EndsAt, Cue.BiometricFailure));
                    break;
                case FaultKind.SwitchedOff:
                    cues.Add((b.StartsAt, Cue.SwitchOff));
                    ends = false;
                    break;
                case FaultKind.BatteryDying:
                    cues.Add((b.StartsAt, Cue.FaultStart));
                    cues.Add((b.EndsAt, Cue.BatteryDead));
                    ends = false;
                    break;
                default:
                    cues.Add((b.StartsAt, Cue.FaultStart));
                    cues.Add((b.EndsAt, Cue.FaultEnd));
                    break;
            }
        }

        if (ends)
        {
            cues.Add((plan.ShiftEndAt, Cue.ShiftEnd));
        }

        return [.. cues.OrderBy(c => c.At)];
    }
}
