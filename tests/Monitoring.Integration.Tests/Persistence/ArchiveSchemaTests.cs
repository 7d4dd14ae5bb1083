using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Archive;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>The telemetry archive holds every field of <see cref="TelemetrySchema"/>, in a column of its kind, and gives each back unchanged.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ArchiveSchemaTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Ts = new(2026, 3, 12, 21, 0, 5, TimeSpan.Zero);

    [Fact]
    public async Task ArchiveTable_Columns_OneOfItsKindForEverySchemaField()
    {
        var db = await postgres.CreateDatabaseAsync("archive_columns");

        var columns = (await Sql.ColumnAsync<string>(db, """
            SELECT column_name || ' ' || data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = 'telemetry_archive'
            """)).ToHashSet();

        Assert.All(TelemetrySchema.Fields, f => Assert.Contains($"{ArchiveRows.ColumnOf(f.Name)} {ColumnType(f)}", columns));
        Assert.Equal(["tenant_id", .. TelemetrySchema.Fields.Select(f => ArchiveRows.ColumnOf(f.Name))], ArchiveRows.Columns.Split(", "));
    }

    [Fact]
    public async Task ReadAsync_FullEvents_GivesEveryFieldBackUnchanged()
    {
        var db = await postgres.CreateDatabaseAsync("archive_fields");
        await using var source = PostgresStore.Create(db);
        await using var archive = new TelemetryArchive(source, NullLogger<TelemetryArchive>.Instance, writers: 1);

        // success and shiftEndsAt belong to different types, so two events carry every field between them.
        TelemetryEvent[] written = [Full(EventType.ShiftStart, 0) with { Success = null }, Full(EventType.Biometric, 1) with { ShiftEndsAt = null }];
        await archive.WriteAsync("t1", written);
        var read = await new ArchiveReader(source).ReadAsync("t1", "d-full", Ts.AddHours(-1), Ts.AddHours(1), 10);

        Assert.Equal(written, read);
        foreach (var field in TelemetrySchema.Fields)
        {
            var property = typeof(TelemetryEvent).GetProperty(char.ToUpperInvariant(field.Name[0]) + field.Name[1..])!;
            Assert.Contains(read, e => property.GetValue(e) is not null);
        }
    }

    private static string ColumnType(TelemetryField field) => field.Kind switch
    {
        TelemetryValueKind.Integer => field.Maximum <= int.MaxValue ? "integer" : "bigint",
        TelemetryValueKind.Number => "double precision",
        TelemetryValueKind.Flag => "boolean",
        TelemetryValueKind.Time => "timestamp with time zone",
        _ => "text",
    };

    private static TelemetryEvent Full(EventType type, long seq) => new()
    {
        DeviceId = "d-full",
        Seq = seq,
        Ts = Ts.AddSeconds(seq),
        Type = type,
        GuardId = "g-full",
        SiteId = "site-full",
        Battery = 64.5,
        Charging = true,
        BatteryTempC = 31.25,
        SignalDbm = -87,
        Network = "lte",
        MemoryPct = 41.5,
        Lat = 48.856613,
        Lon = 2.352222,
        AccuracyM = 6.5,
        Steps = 1234,
        Success = true,
        CheckpointId = "cp-7",
        TaskId = "task-3",
        ShiftEndsAt = Ts.AddHours(8),
    };
}
