using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Guards;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>GET /api/v1/guards/{guardId}/history</c>: the guard's last hours, oldest first: its evaluations
/// (score and the four signals), positions, each device's battery and signal strength, and the alerts
/// raised for it in the period, newest first (at most <see cref="GuardsApi.MaxHistoryAlerts"/>; <see cref="AlertsTruncated"/> says when more were).
/// </summary>
internal sealed record GuardHistory(
    string GuardId,
    string? SiteId,
    bool OnShift,
    DateTimeOffset? ShiftStartedAt,
    int Hours,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<GuardHistoryPoint> Points,
    IReadOnlyList<GuardFix> Fixes,
    IReadOnlyList<DeviceHistory> Devices,
    IReadOnlyList<GuardHistoryAlert> Alerts,
    bool AlertsTruncated);
