namespace Monitoring.Server.Apis;

/// <summary>A silo's own view: its membership snapshot, read without a call.</summary>
internal sealed class MembershipRoster(IClusterMembershipService membership) : ISiloRoster
{
    public Task<IReadOnlyList<SiloHealth>> ListAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<SiloHealth> silos = [.. membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status != SiloStatus.Dead)
            .Select(m => new SiloHealth(m.SiloAddress.ToParsableString(), m.Name, m.Status.ToString().ToLowerInvariant()))];
        return Task.FromResult(silos);
    }
}
