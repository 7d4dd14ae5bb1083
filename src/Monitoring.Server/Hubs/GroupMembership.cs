using System.Collections.Concurrent;

namespace Monitoring.Server.Hubs;

/// <summary>
/// Which hub groups have members on this host, so the relay sends nothing to empty groups (most
/// sites and guards have nobody watching). Counts each connection once per group.
/// </summary>
internal sealed class GroupMembership
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _members = new(StringComparer.Ordinal);

    public bool HasMembers(string group) => _members.TryGetValue(group, out var count) && count > 0;

    public void Join(string connectionId, string group)
    {
        var groups = _byConnection.GetOrAdd(connectionId, _ => new HashSet<string>(StringComparer.Ordinal));
        lock (groups)
        {
            if (groups.Add(group))
            {
                _members.AddOrUpdate(group, 1, (_, n) => n + 1);
            }
        }
    }

    public void Leave(string connectionId, string group)
    {
        if (_byConnection.TryGetValue(connectionId, out var groups))
        {
            lock (groups)
            {
                if (groups.Remove(group))
                {
                    _members.AddOrUpdate(group, 0, (_, n) => Math.Max(0, n - 1));
                }
            }
        }
    }

    public void Disconnected(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var groups))
        {
            lock (groups)
            {
                foreach (var group in groups)
                {
                    _members.AddOrUpdate(group, 0, (_, n) => Math.Max(0, n - 1));
                }
            }
        }
    }
}
