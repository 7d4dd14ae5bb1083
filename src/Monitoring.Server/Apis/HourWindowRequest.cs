namespace Monitoring.Server.Apis;

/// <summary>Site-local hours of a route, <c>HH:mm</c>; a window whose end is before its start wraps past midnight.</summary>
internal sealed record HourWindowRequest(string? From, string? To);
