using System.Collections.Concurrent;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>
/// Faults a test can switch on for one tenant on the device grain's ingest path: the archive
/// refusing, the archive already holding given sequence numbers (as after a silo's death), and the
/// guard grain failing the device's call (through <see cref="GuardFaultFilter"/>). It records what
/// was archived and taken back. With nothing switched on it behaves as the embedded default.
/// </summary>
public sealed class IngestFaults : ITelemetryArchive
{
    private readonly ConcurrentDictionary<string, bool> _archiveDown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, long Seq), bool> _alreadyArchived = new();
    private readonly ConcurrentDictionary<string, bool> _guardsDown = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Tenant, long Seq)> Appended { get; } = new();

    public ConcurrentQueue<(string Tenant, long Seq)> Removed { get; } = new();

    public bool IsSaturated => false;

    public void ArchiveDown(string tenant, bool down) => _archiveDown[tenant] = down;

    public void AlreadyArchived(string tenant, long seq) => _alreadyArchived[(tenant, seq)] = true;

    public void GuardDown(string guardKey, bool down) => _guardsDown[guardKey] = down;

    public bool IsGuardDown(string guardKey) => _guardsDown.GetValueOrDefault(guardKey);

    public ValueTask<ArchiveVerdict> AppendAsync(string tenant, IReadOnlyList<TelemetryEvent> events)
    {
        if (_archiveDown.GetValueOrDefault(tenant))
        {
            throw new InvalidOperationException("The test archive is down.");
        }

        var flags = events.Select(e => !_alreadyArchived.ContainsKey((tenant, e.Seq))).ToArray();
        foreach (var (e, isNew) in events.Zip(flags))
        {
            if (isNew)
            {
                Appended.Enqueue((tenant, e.Seq));
            }
        }

        return ValueTask.FromResult(flags.All(f => f) ? ArchiveVerdict.AllNew : new ArchiveVerdict(flags));
    }

    public Task RemoveAsync(string tenant, IReadOnlyList<TelemetryEvent> events)
    {
        foreach (var e in events)
        {
            Removed.Enqueue((tenant, e.Seq));
        }

        return Task.CompletedTask;
    }

    /// <summary>Fails <see cref="IGuardGrain.RecordAsync"/> on guards switched off with <see cref="GuardDown"/>.</summary>
    public sealed class GuardFaultFilter(IngestFaults faults) : IIncomingGrainCallFilter
    {
        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceMethod.Name == nameof(IGuardGrain.RecordAsync)
                && faults.IsGuardDown(context.TargetId.Key.ToString() ?? ""))
            {
                throw new InvalidOperationException("The test guard is unreachable.");
            }

            return context.Invoke();
        }
    }
}
