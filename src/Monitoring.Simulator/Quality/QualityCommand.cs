using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// The <c>quality</c> verb: replays a seeded night into a host on the manual clock, prints the
/// score table and writes the Markdown report. Exit code 1 when some events never reached the host
/// or were rejected (the report is written all the same and says so).
/// </summary>
internal static class QualityCommand
{
    public static async Task<int> RunAsync(QualitySettings s, Status status, CancellationToken stop)
    {
        status.Phase("replaying the night");
        using var progress = new StatusWriter(status);
        var result = await QualityRun.ExecuteAsync(s, progress, stop);
        return Publish(s, result, Console.Out, Console.Error);
    }

    /// <summary>Prints the table to <paramref name="output"/>, writes the report file and returns the exit code.</summary>
    public static int Publish(QualitySettings s, QualityResult result, TextWriter output, TextWriter errors)
    {
        output.Write(QualityTable.Text(result.Report));
        var path = Path.GetFullPath(s.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, QualityDocument.Write(s, result, TimeProvider.System.GetUtcNow()));
        errors.WriteLine($"quality: report written to {path}");
        var sent = result.Replay.Sent;
        if (!result.Replay.Clean)
        {
            errors.WriteLine($"quality: {sent.FailedEvents} events never reached the host and {sent.Rejected} were rejected (last error: {sent.LastError ?? "none"}).");
            return 1;
        }

        return 0;
    }
}
