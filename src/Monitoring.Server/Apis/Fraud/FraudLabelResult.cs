namespace Monitoring.Server.Apis.Fraud;

/// <summary>The answer to <c>POST /api/v1/fraud/labels</c>: verdicts recorded, those that were already so, and who gave them.</summary>
internal sealed record FraudLabelResult(int Labelled, int Unchanged, string By);
