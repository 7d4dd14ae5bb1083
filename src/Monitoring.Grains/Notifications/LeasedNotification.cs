using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>A message a worker leased: the message (channel secret included) and its log row before this attempt.</summary>
public sealed record LeasedNotification(OutboundNotification Message, Delivery Delivery);
