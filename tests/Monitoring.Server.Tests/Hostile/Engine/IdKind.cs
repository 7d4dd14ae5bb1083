namespace Monitoring.Tests.Shared.Hostile;

/// <summary>Which of a tenant's objects a path id names.</summary>
internal enum IdKind
{
    None,
    Site,
    Guard,
    Device,
    Alert,
    Ticket,
    Incident,
    RuleType,
    Contact,
    Route,
    Silence,
    Inhibition,
    FraudJob,
}
