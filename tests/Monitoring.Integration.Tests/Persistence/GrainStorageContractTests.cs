using Monitoring.Integration.Tests.Persistence.Probe;
using Orleans.Storage;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>The default grain storage of a running silo (ADO.NET with our SQL), driven directly.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class GrainStorageContractTests(PostgresClusterFixture fixture)
{
    private const string StateName = "contract";

    private static readonly GrainType ContractType = GrainType.Create("contract");

    private IGrainStorage Storage => fixture.DefaultStorage;

    [Fact]
    public async Task GrainStorage_WriteThenRead_ReturnsTheStateAndItsEtag()
    {
        var grain = NewGrain();
        var written = State("one");

        await Storage.WriteStateAsync(StateName, grain, written);
        var read = await ReadAsync(grain);

        Assert.Equal("1", written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal("one", read.State!.Value);
        Assert.Equal(written.State!.WrittenAt, read.State.WrittenAt);
    }

    [Fact]
    public async Task GrainStorage_WriteWithStaleEtag_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        var current = State("one");
        await Storage.WriteStateAsync(StateName, grain, current);
        var stale = State("stale", etag: current.ETag);
        await Storage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, State("never read")));

        var read = await ReadAsync(grain);
        Assert.Equal("one", read.State!.Value);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task GrainStorage_Clear_KeepsTheEtagButNoState()
    {
        var grain = NewGrain();
        var state = State("one");
        await Storage.WriteStateAsync(StateName, grain, state);

        await Storage.ClearStateAsync(StateName, grain, state);
        var read = await ReadAsync(grain);

        Assert.Equal("2", state.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        Assert.Null(read.State!.Value);

        read.State.Value = "again";
        await Storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("3", read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, State("x", etag: "2")));
    }

    [Fact]
    public async Task GrainStorage_ClearNeverWrittenState_SucceedsAndLaterWritesWork()
    {
        var grain = NewGrain();
        var state = new GrainState<ProbeState>(new ProbeState());

        await Storage.ClearStateAsync(StateName, grain, state);
        state.State!.Value = "after clear";
        await Storage.WriteStateAsync(StateName, grain, state);

        var read = await ReadAsync(grain);
        Assert.Equal("after clear", read.State!.Value);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task GrainStorage_EveryKeyShape_KeepsItsOwnRow()
    {
        var guid = Guid.NewGuid();
        var number = Random.Shared.NextInt64(1, long.MaxValue);
        GrainId[] grains =
        [
            GrainId.Create(ContractType, GrainIdKeyExtensions.CreateGuidKey(guid)),
            GrainId.Create(ContractType, GrainIdKeyExtensions.CreateGuidKey(guid, "ext")),
            GrainId.Create(ContractType, GrainIdKeyExtensions.CreateIntegerKey(number)),
            GrainId.Create(ContractType, GrainIdKeyExtensions.CreateIntegerKey(number, "ext")),
            GrainId.Create("contract", "tenant/" + guid.ToString("N")),
        ];

        foreach (var grain in grains)
        {
            await Storage.WriteStateAsync(StateName, grain, State(grain.ToString()));
        }

        foreach (var grain in grains)
        {
            var read = await ReadAsync(grain);
            Assert.Equal(grain.ToString(), read.State!.Value);
            Assert.Equal("1", read.ETag);
        }
    }

    private async Task<GrainState<ProbeState>> ReadAsync(GrainId grain)
    {
        var read = new GrainState<ProbeState>();
        await Storage.ReadStateAsync(StateName, grain, read);
        return read;
    }

    private static GrainId NewGrain() => GrainId.Create("contract", "t1/" + Guid.NewGuid().ToString("N"));

    private static GrainState<ProbeState> State(string value, string? etag = null) =>
        new(new ProbeState { Value = value, Writes = 1, WrittenAt = DateTimeOffset.UtcNow }, etag);
}
