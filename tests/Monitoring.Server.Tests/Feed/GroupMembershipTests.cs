using Monitoring.Server.Hubs;

namespace Monitoring.Server.Tests.Feed;

public sealed class GroupMembershipTests
{
    [Fact]
    public void LeaveAndDisconnect_LastMembersGone_NothingKept()
    {
        var membership = new GroupMembership(maxGroupsPerConnection: 10);
        for (var c = 0; c < 100; c++)
        {
            Assert.True(membership.TryJoin($"c{c}", "t|t1"));
            Assert.True(membership.TryJoin($"c{c}", $"g|t1|guard-{c}"));
        }

        for (var c = 0; c < 50; c++)
        {
            membership.Leave($"c{c}", $"g|t1|guard-{c}");
            membership.Leave($"c{c}", "t|t1");
        }

        Assert.Equal(51, membership.GroupCount);
        Assert.Equal(50, membership.ConnectionCount);
        for (var c = 50; c < 100; c++)
        {
            membership.Disconnected($"c{c}");
        }

        Assert.Equal(0, membership.GroupCount);
        Assert.Equal(0, membership.ConnectionCount);
        Assert.False(membership.HasMembers("t|t1"));
    }

    [Fact]
    public void TryJoin_AtTheCap_RefusedAndNothingAdded()
    {
        var membership = new GroupMembership(maxGroupsPerConnection: 2);
        Assert.True(membership.TryJoin("c", "a"));
        Assert.True(membership.TryJoin("c", "b"));

        Assert.False(membership.TryJoin("c", "c"));
        Assert.True(membership.TryJoin("c", "a"));
        Assert.False(membership.HasMembers("c"));
        Assert.Equal(2, membership.GroupCount);
    }

    [Fact]
    public void HasMembers_OneOfTwoMembersLeaves_StillTrue()
    {
        var membership = new GroupMembership(maxGroupsPerConnection: 2);
        membership.TryJoin("c1", "s|t1|site");
        membership.TryJoin("c2", "s|t1|site");

        membership.Leave("c1", "s|t1|site");

        Assert.True(membership.HasMembers("s|t1|site"));
        membership.Disconnected("c2");
        Assert.False(membership.HasMembers("s|t1|site"));
    }
}
