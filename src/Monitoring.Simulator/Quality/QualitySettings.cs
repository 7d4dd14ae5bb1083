using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// The options of the <c>quality</c> verb: the host, the night (guards, hours, sites, seed, and an
/// even share per behaviour when <see cref="Share"/> is set, else the default shares), the replay
/// step in seconds of sim time, a target rate (events/s posted, 0: as fast as the host takes them) and
/// where the Markdown report goes.
/// </summary>
internal sealed record QualitySettings(
    Uri Url, string Key, int Guards, double Hours, int Sites, int Seed, int Step, string Out, double? Share, int Rate = 0)
{
    /// <summary>
    /// Events of a step are posted once the clock stands at its end, so an evaluation inside the step
    /// misses up to a step of data; past 5 minutes whole evaluation periods would miss theirs.
    /// </summary>
    public const int MaxStep = 300;

    public IReadOnlyDictionary<FaultKind, double> Shares => Share is { } s ? NightSettings.EvenShares(s) : NightSettings.DefaultShares();

    public NightSettings Night(DateTimeOffset start) => new()
    {
        Seed = Seed,
        Guards = Guards,
        Sites = Sites,
        Start = start,
        Length = TimeSpan.FromHours(Hours),
        Shares = Shares,
    };

    /// <summary>The command line that runs this again (the key left as <c>$KEY</c>).</summary>
    public string Command()
    {
        var share = (Share is { } s ? FormattableString.Invariant($" --share {s}") : "") + (Rate > 0 ? FormattableString.Invariant($" --rate {Rate}") : "");
        return FormattableString.Invariant($"dotnet run --project src/Monitoring.Simulator -c Release -- quality --url {Url.AbsoluteUri.TrimEnd('/')} --key $KEY ")
            + FormattableString.Invariant($"--guards {Guards} --hours {Hours} --sites {Sites} --seed {Seed} --step {Step}{share} --out {Out}");
    }
}
