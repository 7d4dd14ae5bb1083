using System.Collections.Concurrent;

namespace Monitoring.Server.Hubs;

/// <summary>
/// Which hub groups have members on this host, so the relay sends nothing to empty groups (most
/// sites and guards have nobody watching), and how many groups each connection is in, against the
/// cap. A group whose last member leaves is forgotten, and so is a connection in no group: the
/// bookkeeping holds what is watched now, however many connections came and went.
/// </summary>
internal sealed class GroupMembership(int maxGroupsPerConnection)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);

    // Read on every relayed envelope without the lock; written only under it.
    private readonly ConcurrentDictionary<string, int> _members = new(StringComparer.Ordinal);

    public int MaxGroupsPerConnection => maxGroupsPerConnection;

    /// <summary>Groups with at least one member (diagnostics and tests).</summary>
    public int GroupCount => _members.Count;

    /// <summary>Connections in at least one group (diagnostics and tests).</summary>
    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _byConnection.Count;
            }
        }
    }

    public bool HasMembers(string group) => _members.ContainsKey(group);

    /// <summary>Adds the connection to the group: false (and nothing changed) when it is in as many groups as allowed already.</summary>
    public bool TryJoin(string connectionId, string group)
    {
        lock (_gate)
        {
            if (!_byConnection.TryGetValue(connectionId, out var groups))
            {
                groups = new HashSet<string>(StringComparer.Ordinal);
                _byConnection[connectionId] = groups;
            }

            if (groups.Contains(group))
            {
                return true;
            }

            if (groups.Count >= maxGroupsPerConnection)
            {
                return false;
            }

            groups.Add(group);
            _members.AddOrUpdate(group, 1, static (_, n) => n + 1);
            return true;
        }
    }

    public void Leave(string connectionId, string group)
    {
        lock (_gate)
        {
            if (_byConnection.TryGetValue(connectionId, out var groups) && groups.Remove(group))
            {
                Drop(group);
                if (groups.Count == 0)
                {
                    _byConnection.Remove(connectionId);
                }
            }
        }
    }

    public void Disconnected(string connectionId)
    {
        lock (_gate)
        {
            if (_byConnection.Remove(connectionId, out var groups))
            {
                foreach (var group in groups)
                {
                    Drop(group);
                }
            }
        }
    }

    private void Drop(string group)
    {
        if (_members.TryGetValue(group, out var count) && count > 1)
        {
            _members[group] = count - 1;
        }
        else
        {
            _members.TryRemove(group, out _);
        }
    }
}
