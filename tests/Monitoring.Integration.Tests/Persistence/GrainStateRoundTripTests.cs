using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Rules;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Incidents;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Alerts;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Guards;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Notifications.Book;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Sites;
using Monitoring.Grains.Tickets;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>
/// Every grain state class the application persists, filled in, written to PostgreSQL through the
/// default storage and read back: the storage serializer must lose nothing.
/// </summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class GrainStateRoundTripTests(PostgresClusterFixture fixture)
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 22, 15, 30, 123, TimeSpan.Zero);

    [Fact]
    public Task GuardSnapshot_RoundTrip_IsLossless() => AssertRoundTripAsync("guard", new GuardSnapshot
    {
        Seen = true,
        SiteId = "s1",
        OnShift = true,
        ShiftStartedAt = At.AddHours(-2),
        DeviceIds = ["d1", "d2"],
        LastSeenAt = At,
        BreakStartedAt = At.AddMinutes(-3),
        Breaks = [new BreakRecord(At.AddMinutes(-50), At.AddMinutes(-30))],
        OpenAlertId = "a1",
        Armed = false,
        ConsecutiveInactiveWindows = 3,
        LastEvaluation = new LastEvaluation(At, 0.85, Severity.High, true, true, true, null,
            new WindowView(At.AddMinutes(-30), At, 2, 5, 12.5, 0, 1)),
        NextDueAt = At.AddMinutes(5),
        Window = [new BucketRecord(29_000_000, 1, 2, 0, 1, 0.5, 24.4, 1.17, 4.2)],
        Scores = [new ScorePoint(At, 0.85, Severity.High)],
        Rules = new GuardRules
        {
            Slots = { ["geofence_exit"] = new RuleSlot { LastSampleAt = At, RunSince = At.AddMinutes(-6), RunLevel = 0, AlertLevel = 0, AlertId = "a7" } },
            Devices = [new DeviceSeenRecord("d2", At), new DeviceSeenRecord("d1", At.AddMinutes(-1))],
            BiometricFailures = [At.AddMinutes(-4), At.AddMinutes(-2)],
        },
    });

    [Fact]
    public Task DeviceSnapshot_RoundTrip_IsLossless() => AssertRoundTripAsync("device", new DeviceSnapshot
    {
        GuardId = "g1",
        SiteId = "s1",
        MaxSeq = 0,
        SeqBits = [0UL, ulong.MaxValue, 5UL],
        LastSeenAt = At,
        Readings = new DeviceReadings { At = At, Battery = 41.5, Charging = false, SignalDbm = -101, Network = "4g", Lat = 48.85, Lon = 2.35, AccuracyM = 8 },
        EventsAccepted = 12,
        DuplicatesDropped = 1,
    });

    [Fact]
    public Task AlertSnapshot_RoundTrip_IsLossless() => AssertRoundTripAsync("alert", new AlertSnapshot
    {
        Alert = SampleAlert(),
        Fingerprints = ["ack:op1", "verify:op1"],
        SlaPeriod = TimeSpan.FromMinutes(5),
    });

    [Fact]
    public Task FeedGrainState_RoundTrip_IsLossless() => AssertRoundTripAsync("feed", new FeedGrainState { LastSeq = 42 });

    [Fact]
    public Task SiteSnapshot_RoundTrip_IsLossless() => AssertRoundTripAsync("site", new SiteSnapshot
    {
        Site = new Site { SiteId = "s1", Name = "Depot", TimeZone = "Europe/Paris", Lat = 48.85, Lon = 2.35, GeofenceRadiusM = 300, Configured = true },
        Guards = { ["g1"] = new GuardStanding(true, false), ["g2"] = new GuardStanding(false, true) },
        OpenAlerts = { ["a1"] = Severity.Critical },
    });

    [Fact]
    public Task CorrelationAndDirectoryStates_RoundTrip_AreLossless() => Task.WhenAll(
        AssertRoundTripAsync("correlation", new CorrelationState
        {
            Incidents = { ["i1"] = [new SiteSignal(SiteSignal.AlertKind, "a1", "inactivity", Severity.High, "s1", "g1", At, true, 0.85)] },
            History =
            {
                ["i1"] =
                [
                    new IncidentHistoryEntry(IncidentActionKind.Investigate, "op1", At, "bob", null),
                    new IncidentHistoryEntry(IncidentActionKind.Note, "bob", At.AddMinutes(1), "line one\nline two", null),
                    new IncidentHistoryEntry(IncidentActionKind.Close, "bob", At.AddMinutes(2), null, Resolution.FalsePositive),
                ],
            },
            Tickets = { ["i1"] = ["tkt_1"] },
        }),
        AssertRoundTripAsync("site-directory", new SortedSet<string>(StringComparer.Ordinal) { "s2", "S1", "s1" }));

    [Fact]
    public Task TicketRuleAndHealthStates_RoundTrip_AreLossless() => Task.WhenAll(
        AssertRoundTripAsync("ticket", new TicketSnapshot { Ticket = SampleTicket(), Fingerprints = ["Transition|Assigned|op1|tech"] }),
        AssertRoundTripAsync("ticket-desk", new List<DeskEntry>
        {
            new("tkt_1", TicketSource.Alert, "inactivity", "s1", "g1", At, TicketStatus.Assigned),
            new("tkt_2", TicketSource.Incident, "device_offline", "s1", null, At.AddHours(-5), TicketStatus.Closed),
        }),
        AssertRoundTripAsync("rule-book", new RuleBookState
        {
            Tenant = { ["battery_low"] = new RuleOverride { Type = "battery_low", Threshold = 25, DurationS = 0, HoldS = 300, Severity = Severity.Medium, SlaS = 900 } },
            Sites = { ["s1"] = new Dictionary<string, RuleOverride> { ["poor_signal"] = new RuleOverride { Type = "poor_signal", Threshold = -105, DurationS = 600, Severity = Severity.Medium, SlaS = 1200 } } },
            Version = 3,
        }),
        AssertRoundTripAsync("device-health", new DeviceSnapshot
        {
            GuardId = "g1",
            Health = new DeviceHealth
            {
                Slots = { ["battery_low"] = new RuleSlot { LastSampleAt = At, RunSince = At.AddMinutes(-3), RunLevel = 1, AlertLevel = 0, AlertId = "a9" } },
                Battery = [new BatteryPoint(At.AddMinutes(-10), 31.5, false), new BatteryPoint(At, 30, false)],
                LastHeardAt = At,
                ShiftStartedAt = At.AddHours(-1),
                ShiftEndsAt = At.AddHours(7),
            },
        }));

    [Fact]
    public Task NotificationBookState_RoundTrip_IsLossless() => AssertRoundTripAsync("notification-book", new NotificationBookState
    {
        Version = 7,
        Seeded = true,
        Contacts =
        {
            ["ct-1"] = new Contact
            {
                ContactId = "ct-1",
                Name = "Night lead",
                Channels =
                [
                    new ContactChannel { Kind = ChannelKind.Webhook, Url = "https://hooks.example.com/x", Secret = "0123456789abcdef", HasSecret = true },
                    new ContactChannel { Kind = ChannelKind.Sms, Phone = "+33612345678" },
                ],
                RateLimitMessages = 5,
                UpdatedAt = At,
            },
        },
        Routes =
        {
            ["rt-1"] = new Route
            {
                RouteId = "rt-1",
                SiteIds = ["s1"],
                Types = ["inactivity"],
                Severities = [Severity.High, Severity.Critical],
                Hours = new HourWindow("20:00", "06:00"),
                Tiers = [new RouteTier(0, ["ct-1"]), new RouteTier(2, ["ct-1"])],
                UpdatedAt = At,
            },
        },
        Silences =
        {
            ["sil_1"] = new Silence
            {
                SilenceId = "sil_1",
                Matchers = new SilenceMatchers { SiteId = "s1", Severity = Severity.High },
                StartsAt = At,
                EndsAt = At.AddHours(2),
                CreatedBy = "ops",
                Comment = "works",
                EndWhenResolved = true,
                CreatedAt = At,
                EndedAt = At.AddHours(1),
                EndedBy = "resolved",
            },
        },
        Inhibitions = { ["dead-phone"] = new Inhibition { InhibitionId = "dead-phone", SourceTypes = ["device_offline"], TargetTypes = ["inactivity"], OnlyDevice = true } },
        Announced = { ["sil_1"] = SilenceStatus.Expired },
        Tallies = { ["sil_1"] = new SilenceTally { OpenBySite = { ["s1"] = 2 }, SilencedAny = true } },
        ArmedFor = At.AddHours(2),
    });

    private static Ticket SampleTicket() => new()
    {
        TicketId = "tkt_1",
        Category = "inactivity",
        Priority = TicketPriority.P1,
        Status = TicketStatus.Assigned,
        SiteId = "s1",
        GuardId = "g1",
        AlertIds = ["a1", "a2"],
        IncidentId = "i1",
        CreatedAt = At,
        SlaDueAt = At.AddHours(1),
        Assignee = "tech",
        UpdatedAt = At.AddMinutes(3),
        History = [new TicketHistoryEntry("opened", TicketStatus.New, "system", At, null), new TicketHistoryEntry("moved", TicketStatus.Assigned, "op1", At.AddMinutes(3), "tech")],
    };

    private static Alert SampleAlert() => new()
    {
        AlertId = "a1",
        Type = "inactivity",
        Severity = Severity.High,
        Status = AlertStatus.Resolved,
        Resolution = Resolution.FalsePositive,
        GuardId = "g1",
        DeviceId = "d1",
        SiteId = "s1",
        RaisedAt = At,
        UpdatedAt = At.AddMinutes(4),
        AcknowledgedAt = At.AddMinutes(1),
        AcknowledgedBy = "op1",
        EscalationLevel = 1,
        SlaDueAt = At.AddMinutes(15),
        Score = 0.85,
        EvidenceJson = """{"phone":0,"movementM":3.5}""",
        Verifications = [new Verification(VerificationMethod.Call, "guard answered", At.AddMinutes(2), "op1")],
        Notes = ["asleep in the car"],
        ResolvedAt = At.AddMinutes(4),
        ResolvedBy = "op1",
        History = [new AlertHistoryEntry("raise", AlertStatus.Active, Severity.High, "system", At, null)],
    };

    private async Task AssertRoundTripAsync<T>(string stateName, T state)
        where T : class, new()
    {
        var grain = GrainId.Create("roundtrip", "t1/" + Guid.NewGuid().ToString("N"));
        await fixture.DefaultStorage.WriteStateAsync(stateName, grain, new GrainState<T>(state));

        var read = new GrainState<T>();
        await fixture.DefaultStorage.ReadStateAsync(stateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(JsonSerializer.Serialize(state), JsonSerializer.Serialize(read.State));
    }
}
