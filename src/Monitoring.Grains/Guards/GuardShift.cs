using Monitoring.Domain.Telemetry;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's shift and breaks, read and written in the guard's snapshot (a view of its fields with
/// no state of its own, made where needed): shift start and end, breaks, the devices listed, and
/// when the next evaluation is due.
/// </summary>
internal readonly struct GuardShift(GuardSnapshot guard)
{
    /// <summary>Marks the guard seen, with its newest event time; true the first time it is seen.</summary>
    public bool Seen(DateTimeOffset lastSeenAt)
    {
        var first = !guard.Seen;
        guard.Seen = true;
        if (guard.LastSeenAt is not { } seen || lastSeenAt > seen)
        {
            guard.LastSeenAt = lastSeenAt;
        }

        return first;
    }

    /// <summary>Starts a new shift at <paramref name="at"/>, with the evaluation first due at <paramref name="firstDueAt"/>.</summary>
    public void Start(DateTimeOffset at, string? siteId, string deviceId, DateTimeOffset firstDueAt)
    {
        guard.OnShift = true;
        guard.SiteId = siteId ?? guard.SiteId;
        guard.ShiftStartedAt = at;
        guard.ShiftEndedAt = null;
        guard.BreakStartedAt = null;
        guard.Breaks = null;
        guard.Armed = true;
        guard.ConsecutiveInactiveWindows = 0;
        guard.LastEvaluation = null;
        guard.DeviceIds = [deviceId];
        guard.NextDueAt = firstDueAt;
    }

    /// <summary>Ends the shift at <paramref name="at"/>; false when the guard was not on shift.</summary>
    public bool End(DateTimeOffset at)
    {
        if (!guard.OnShift)
        {
            return false;
        }

        guard.OnShift = false;
        guard.ShiftEndedAt = at;
        guard.BreakStartedAt = null;
        guard.Breaks = null;
        guard.NextDueAt = null;
        guard.ConsecutiveInactiveWindows = 0;
        return true;
    }

    /// <summary>Takes a break start (on shift) or a break end (on a break); true when the state changed.</summary>
    public bool Break(EventType type, DateTimeOffset at)
    {
        switch (type)
        {
            case EventType.BreakStart when guard.OnShift:
                guard.BreakStartedAt = at;
                return true;
            case EventType.BreakEnd when guard.BreakStartedAt is { } start:
                new GuardBreaks(guard).Ended(start, at);
                guard.BreakStartedAt = null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Adds a device to the guard's list, up to <paramref name="cap"/>; true when added.
    /// <paramref name="refused"/>: the device is new but the list is full (its events still count for
    /// the guard's activity; it is only not listed).
    /// </summary>
    public bool List(string deviceId, int cap, out bool refused)
    {
        refused = false;
        if (guard.DeviceIds.Contains(deviceId))
        {
            return false;
        }

        if (guard.DeviceIds.Count >= cap)
        {
            refused = true;
            return false;
        }

        guard.DeviceIds.Add(deviceId);
        return true;
    }

    /// <summary>True when the guard is on shift and its evaluation is due at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => guard is { OnShift: true, NextDueAt: { } due } && now >= due;

    /// <summary>
    /// Moves the due time past <paramref name="now"/> after an evaluation: ticks may repeat or come late
    /// after a failure, and a late one evaluates once, so no backlog of evaluations is replayed.
    /// </summary>
    public DateTimeOffset AdvanceDue(DateTimeOffset now, TimeSpan period)
    {
        var due = guard.NextDueAt ?? now;
        var periods = Math.Floor((now - due) / period) + 1;
        guard.NextDueAt = due + (period * periods);
        return guard.NextDueAt.Value;
    }
}
