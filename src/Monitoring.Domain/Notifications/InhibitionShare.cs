namespace Monitoring.Domain.Notifications;

/// <summary>What an inhibiting alert and the alert it inhibits must have in common.</summary>
public enum InhibitionShare
{
    Guard,
    Device,
    Site,
}
