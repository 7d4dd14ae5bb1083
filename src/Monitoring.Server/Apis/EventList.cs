using Monitoring.Contracts.Feed;

namespace Monitoring.Server.Apis;

/// <summary>One page of <c>GET /api/v1/events</c>: envelopes oldest first; nextCursor is the last seq when more follow.</summary>
internal sealed record EventList(IReadOnlyList<FeedEnvelope> Items, string? NextCursor);
