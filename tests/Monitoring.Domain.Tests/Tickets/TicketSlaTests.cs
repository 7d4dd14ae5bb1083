using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;

namespace Monitoring.Domain.Tests.Tickets;

public sealed class TicketSlaTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Severity.Critical, TicketPriority.P1, 1)]
    [InlineData(Severity.High, TicketPriority.P2, 4)]
    [InlineData(Severity.Medium, TicketPriority.P3, 24)]
    [InlineData(Severity.Low, TicketPriority.P4, 72)]
    public void PriorityForAndDueAt_EachSeverity_DefaultSla(Severity severity, TicketPriority priority, int hours)
    {
        Assert.Equal(priority, TicketSla.PriorityFor(severity));
        Assert.Equal(T0.AddHours(hours), TicketSla.DueAt(priority, T0));
    }

    [Fact]
    public void DueAt_CustomSettings_Honoured() =>
        Assert.Equal(T0.AddMinutes(30), TicketSla.DueAt(TicketPriority.P1, T0, new TicketSettings { P1Sla = TimeSpan.FromMinutes(30) }));
}
