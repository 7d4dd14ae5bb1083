namespace Monitoring.Grains.Alerts;

/// <summary>A grain that raises alerts of its own (<see cref="OwnedAlert"/>).</summary>
internal interface IAlertOwner
{
    /// <summary>Stores the grain's state with a newly reserved alert id, as the grain's storage policy allows.</summary>
    Task StoreAlertIdAsync();
}
