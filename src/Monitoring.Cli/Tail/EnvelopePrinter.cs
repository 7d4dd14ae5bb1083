using System.Text.Json;
using Monitoring.Cli.Api;

namespace Monitoring.Cli.Tail;

/// <summary>
/// Prints envelopes of the tail's scope, remembers the highest sequence printed (where a catch-up
/// after a reconnect starts) and says when <c>--count</c> is reached.
/// </summary>
internal sealed class EnvelopePrinter(TextWriter output, TailOptions options, Action done)
{
    private readonly Lock _gate = new();
    private int _printed;

    public long LastSeq { get; private set; }

    public void Print(JsonElement envelope)
    {
        if (!InScope(envelope))
        {
            return;
        }

        lock (_gate)
        {
            if (options.Count is { } count && _printed >= count)
            {
                return;
            }

            output.WriteLine(options.Json ? envelope.GetRawText() : FeedLine.Of(envelope));
            output.Flush();
            _printed++;
            if (envelope.Get("seq").TryGetInt64(out var seq))
            {
                LastSeq = Math.Max(LastSeq, seq);
            }

            if (options.Count is { } limit && _printed >= limit)
            {
                done();
            }
        }
    }

    /// <summary>Prints what the log holds after <see cref="LastSeq"/> (read before the call), in order.</summary>
    public void CatchUp(IEnumerable<JsonElement> envelopes, long after)
    {
        foreach (var envelope in envelopes.Where(e => e.Get("seq").TryGetInt64(out var seq) && seq > after))
        {
            Print(envelope);
        }
    }

    private bool InScope(JsonElement envelope) =>
        (options.Site is null || envelope.Text("siteId") == options.Site) && (options.Guard is null || envelope.Text("guardId") == options.Guard);
}
