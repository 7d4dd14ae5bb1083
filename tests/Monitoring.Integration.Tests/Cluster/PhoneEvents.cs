using System.Globalization;
using System.Text.Json.Nodes;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// The telemetry events a test phone sends, as JSON for <c>POST /api/v1/telemetry</c>: a shift start,
/// then heartbeats, location fixes and phone interactions in turn. A phone lying on a desk: the fixes
/// wander within their accuracy, so the guard does not move.
/// </summary>
internal static class PhoneEvents
{
    public const double Lat = 48.8566;
    public const double Lon = 2.3522;

    public static JsonObject ShiftStart(SentEvent e, string guardId, string siteId)
    {
        var json = Common(e, "shift_start");
        json["guardId"] = guardId;
        json["siteId"] = siteId;
        return json;
    }

    /// <summary>A heartbeat, a location fix or a phone interaction, by <paramref name="round"/>.</summary>
    public static JsonObject Routine(SentEvent e, int round)
    {
        switch (round % 3)
        {
            case 0:
                var heartbeat = Common(e, "heartbeat");
                heartbeat["battery"] = 90 - (round % 40 * 0.1);
                heartbeat["charging"] = false;
                heartbeat["signalDbm"] = -75;
                heartbeat["memoryPct"] = 40;
                return heartbeat;
            case 1:
                var location = Common(e, "location");
                location["lat"] = Lat + ((e.Seq % 5) * 0.00001);
                location["lon"] = Lon;
                location["accuracyM"] = 10;
                return location;
            default:
                return Common(e, "phone");
        }
    }

    private static JsonObject Common(SentEvent e, string type) => new()
    {
        ["deviceId"] = e.DeviceId,
        ["seq"] = e.Seq,
        ["ts"] = e.Ts.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["type"] = type,
    };
}
