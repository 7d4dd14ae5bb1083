namespace Monitoring.Simulator.Feed;

/// <summary>The settings of the <c>watch</c> verb (see <see cref="WatchOptions"/>).</summary>
internal sealed record WatchSettings(Uri Url, string Key, int Clients, int Seconds);
