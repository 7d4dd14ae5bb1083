using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>
/// The ADO.NET reminder table of a running silo, with our SQL. Rows belong to a grain type no silo
/// hosts and start a day from now, so the reminder service never fires them.
/// </summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class ReminderTableContractTests(PostgresClusterFixture fixture)
{
    private static readonly DateTime Tomorrow = DateTime.UtcNow.Date.AddDays(1);

    private IReminderTable Table => fixture.Silo.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task ReminderTable_Upsert_ReadsBackAndBumpsTheEtag()
    {
        var grain = NewGrain("upsert");

        var first = await Table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(5)), CancellationToken.None);
        var second = await Table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(10)), CancellationToken.None);
        await Table.UpsertRow(Entry(grain, "b", TimeSpan.FromDays(40)), CancellationToken.None);

        Assert.NotEqual(first, second);
        var row = Assert.IsType<ReminderEntry>(await Table.ReadRow(grain, "a", CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(10), row.Period);
        Assert.Equal(Tomorrow, row.StartAt);
        Assert.Equal(second, row.ETag);
        var rows = (await Table.ReadRows(grain, CancellationToken.None)).Reminders;
        Assert.Equal(["a", "b"], rows.Select(r => r.ReminderName).Order(StringComparer.Ordinal));
        Assert.Equal(TimeSpan.FromDays(40), rows.Single(r => r.ReminderName == "b").Period);
    }

    [Fact]
    public async Task ReminderTable_RemoveWithStaleEtag_ReturnsFalseAndKeepsTheRow()
    {
        var grain = NewGrain("remove");
        var stale = Assert.IsType<string>(await Table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(5)), CancellationToken.None));
        var current = Assert.IsType<string>(await Table.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(5)), CancellationToken.None));

        Assert.False(await Table.RemoveRow(grain, "a", stale, CancellationToken.None));
        Assert.NotNull(await Table.ReadRow(grain, "a", CancellationToken.None));

        Assert.True(await Table.RemoveRow(grain, "a", current, CancellationToken.None));
        Assert.Empty((await Table.ReadRows(grain, CancellationToken.None)).Reminders);
    }

    [Theory]
    [InlineData(0x1000_0000u, 0x6000_0000u)] // no wrap, both halves positive as signed: the first range query
    [InlineData(0xA000_0000u, 0xF000_0000u)] // no wrap, both negative as signed
    [InlineData(0x6000_0000u, 0xC000_0000u)] // no wrap unsigned, but wraps as signed: the second range query
    [InlineData(0xE000_0000u, 0x2000_0000u)] // wraps past the end of the ring
    [InlineData(0x6000_0000u, 0x1000_0000u)] // wraps, both positive as signed
    [InlineData(0x4000_0000u, 0x4000_0000u)] // begin = end: the whole ring
    public async Task ReminderTable_ReadRange_ReturnsExactlyTheRowsInTheRingRange(uint begin, uint end)
    {
        var grains = Enumerable.Range(0, 48).Select(i => GrainId.Create("contractreminder", $"range-{begin:x8}-{end:x8}-{i}")).ToList();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(Entry(grain, "r", TimeSpan.FromHours(1)), CancellationToken.None);
        }

        var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).ToHashSet();
        var found = (await Table.ReadRows(begin, end, CancellationToken.None)).Reminders
            .Select(r => r.GrainId)
            .Where(grains.Contains)
            .ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static GrainId NewGrain(string scenario) => GrainId.Create("contractreminder", scenario + "-" + Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = Tomorrow,
        Period = period,
    };
}
