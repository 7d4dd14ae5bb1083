using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Alerts;

/// <summary>An owned alert read back: its open state, and the alert itself when there is one.</summary>
internal readonly record struct OwnedAlertReading(OpenAlertState State, Alert? Alert)
{
    /// <summary>The alert, when the reading found it closed and released it from its slot.</summary>
    public Alert? Closed => State == OpenAlertState.None ? Alert : null;
}
