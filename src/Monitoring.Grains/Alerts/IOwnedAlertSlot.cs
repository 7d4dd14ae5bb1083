namespace Monitoring.Grains.Alerts;

/// <summary>Where an owner keeps the id of one alert it owns (<see cref="OwnedAlert"/>).</summary>
internal interface IOwnedAlertSlot
{
    /// <summary>The alert's id: reserved before the raise, released once the alert is closed.</summary>
    string? AlertId { get; set; }
}
