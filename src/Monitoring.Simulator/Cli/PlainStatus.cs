using System.Globalization;

namespace Monitoring.Simulator.Cli;

/// <summary>Phases and lines as plain text lines, as the verbs wrote them before (standard error).</summary>
internal sealed class PlainStatus(TextWriter output, string verb) : Status
{
    public override void Phase(string text, TimeSpan? length = null) =>
        output.WriteLine(length is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{verb}: {text} ({l.TotalSeconds:0} s)")
            : $"{verb}: {text}");

    public override void Line(string text) => output.WriteLine(text);
}
