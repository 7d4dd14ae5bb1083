namespace Monitoring.Domain.Alerts;

/// <summary>How an operator tried to reach the guard.</summary>
public enum VerificationMethod : byte
{
    Call,
    Ivr,
    Supervisor,
    Camera,
}
