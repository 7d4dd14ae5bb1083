using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>A finished quality run: the night that was replayed, how the replay went and the score.</summary>
internal sealed record QualityResult(VirtualNight Night, ReplayFigures Replay, QualityReport Report);
