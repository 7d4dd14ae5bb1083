namespace Monitoring.Server.Apis.Fraud;

/// <summary>
/// The body of <c>POST /api/v1/fraud/labels</c>: 1..500 verdicts, who gives them, and whether a
/// verdict may replace a different one already recorded (default: no, a 409).
/// </summary>
internal sealed record FraudLabelRequest(IReadOnlyList<FraudLabelItem?>? Items, string? By, bool? Replace);
