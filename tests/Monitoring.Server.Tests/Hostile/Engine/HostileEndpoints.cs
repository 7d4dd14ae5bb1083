namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Every endpoint of the API (src/Monitoring.Server/Apis, the hub, the anonymous documents), with
/// valid bodies the generator breaks one field at a time.
/// </summary>
internal static class HostileEndpoints
{
    public static readonly string[] Read = ["viewer", "operator", "admin"];
    public static readonly string[] Act = ["operator", "admin"];
    public static readonly string[] Admin = ["admin"];
    public static readonly string[] Ingest = ["device", "admin"];
    public static readonly string[] AllRoles = ["device", "viewer", "operator", "admin"];

    private static readonly (string, string[])[] Page = [("limit", HostileValues.Numbers), ("cursor", HostileValues.Cursors)];

    private static readonly BodyField By = new("by", "\"op-1\"", FieldKind.RequiredText, "\"\"", "\"   \"", Quoted(201), "\"line\\nbreak\"");
    private static readonly BodyField Notes = new("notes", "\"checked\"", FieldKind.Text, Quoted(2001));

    /// <summary>A valid webhook channel (raw JSON), for the contacts the seeder and the generator send.</summary>
    public const string WebhookChannel = "{\"kind\":\"webhook\",\"url\":\"https://hooks.example.com/x\",\"secret\":\"0123456789abcdef0123\"}";

    private static readonly BodyField BookName = new("name", "\"Night lead\"", FieldKind.Text, "\"\"", "\"  \"", Quoted(201));

    public static readonly HostileEndpoint Telemetry = new("POST", "/api/v1/telemetry", Ingest) { Mutating = true };

    public static readonly HostileEndpoint[] All =
    [
        new("GET", "/api/v1/health", null) { Query = [("verbose", HostileValues.Words)] },
        new("GET", "/metrics", null),
        new("GET", "/openapi/v1.json", null),
        Telemetry,
        new("GET", "/api/v1/telemetry/{id}", Read, IdKind.Device)
        {
            Query = [("from", HostileValues.Times), ("to", HostileValues.Times), ("limit", HostileValues.Numbers)],
        },
        new("GET", "/api/v1/guards/{id}", Read, IdKind.Guard),
        new("POST", "/api/v1/guards/{id}/evaluate", Act, IdKind.Guard) { Mutating = true },
        new("GET", "/api/v1/devices/{id}", Read, IdKind.Device),
        new("GET", "/api/v1/sites", Read) { Query = Page },
        new("GET", "/api/v1/sites/{id}", Read, IdKind.Site),
        new("GET", "/api/v1/sites/{id}/guards", Read, IdKind.Site) { Query = Page },
        new("GET", "/api/v1/sites/{id}/devices", Read, IdKind.Site) { Query = Page },
        new("PUT", "/api/v1/sites/{id}", Admin, IdKind.Site)
        {
            Mutating = true,
            Body =
            [
                new("name", "\"North gate\"", FieldKind.RequiredText, "\"\"", "\"  \"", Quoted(201)),
                new("timeZone", "\"UTC\"", FieldKind.RequiredText, "\"Mars/Olympus\"", "\"\"", "\"../../etc/passwd\""),
                new("lat", "48.85", FieldKind.RequiredNumber, "91", "-90.5", "1e308"),
                new("lon", "2.35", FieldKind.RequiredNumber, "181", "-180.5"),
                new("geofenceRadiusM", "500", FieldKind.RequiredNumber, "0", "-1", "100001"),
                new("inactivityThreshold", "0.8", FieldKind.Number, "0", "1.01", "-0.5"),
            ],
        },
        new("GET", "/api/v1/alerts", Read)
        {
            Query =
            [
                ("status", HostileValues.Words), ("severity", HostileValues.Words), ("type", HostileValues.Words), ("siteId", HostileValues.Words),
                ("guardId", HostileValues.Words), ("since", HostileValues.Times), .. Page,
            ],
        },
        new("GET", "/api/v1/alerts/{id}", Read, IdKind.Alert),
        new("POST", "/api/v1/alerts/{id}/acknowledge", Act, IdKind.Alert) { Mutating = true, Body = [By, Notes] },
        new("POST", "/api/v1/alerts/{id}/verify", Act, IdKind.Alert)
        {
            Mutating = true,
            Body =
            [
                new("method", "\"call\"", FieldKind.RequiredText, "\"fax\"", "\"\""),
                new("response", "\"answered\"", FieldKind.RequiredText, Quoted(2001)),
                By,
            ],
        },
        new("POST", "/api/v1/alerts/{id}/resolve", Act, IdKind.Alert)
        {
            Mutating = true,
            Body = [By, new("resolution", "\"confirmed\"", FieldKind.RequiredText, "\"cleared\"", "\"nope\"", "\"\""), Notes],
        },
        new("GET", "/api/v1/admin/clock", Admin) { HostWide = true },
        new("POST", "/api/v1/admin/clock", Admin) { HostWide = true, Mutating = true, Body = [new("now", "\"2026-11-24T12:00:00Z\"", FieldKind.Time)] },
        new("PUT", "/api/v1/admin/clock", Admin) { HostWide = true, Mutating = true, Body = [new("now", "\"2026-11-24T12:00:00Z\"", FieldKind.Time)] },
        new("GET", "/api/v1/admin/memory", Admin) { HostWide = true, Query = [("collect", HostileValues.Words)] },
        new("GET", "/api/v1/events", Read) { Query = [("after", HostileValues.Numbers), ("limit", HostileValues.Numbers)] },
        new("GET", "/api/v1/incidents", Read)
        {
            Query = [("siteId", HostileValues.Words), ("guardId", HostileValues.Words), ("status", HostileValues.Words), .. Page],
        },
        new("GET", "/api/v1/incidents/{id}", Read, IdKind.Incident),
        new("GET", "/api/v1/incidents/{id}/timeline", Read, IdKind.Incident),
        new("POST", "/api/v1/incidents/{id}/investigate", Act, IdKind.Incident)
        {
            Mutating = true,
            Body = [By, new("assignee", "\"tech-7\"", FieldKind.RequiredText, "\"\"", "\"  \"", Quoted(129), "\"line\\nbreak\"")],
        },
        new("POST", "/api/v1/incidents/{id}/root-cause", Act, IdKind.Incident)
        {
            Mutating = true,
            Body = [By, new("cause", "\"phone in locker\"", FieldKind.RequiredText, "\"\"", "\"   \"", Quoted(2001))],
        },
        new("POST", "/api/v1/incidents/{id}/note", Act, IdKind.Incident)
        {
            Mutating = true,
            Body = [By, new("text", "\"called the guard\"", FieldKind.RequiredText, "\"\"", "\"   \"", Quoted(2001))],
        },
        new("POST", "/api/v1/incidents/{id}/close", Act, IdKind.Incident)
        {
            Mutating = true,
            Body = [By, new("resolution", "\"confirmed\"", FieldKind.RequiredText, "\"cleared\"", "\"nope\"", "\"\"")],
        },
        new("GET", "/api/v1/tickets", Read)
        {
            Query =
            [
                ("status", HostileValues.Words), ("priority", HostileValues.Words), ("category", HostileValues.Words), ("siteId", HostileValues.Words),
                ("guardId", HostileValues.Words), .. Page,
            ],
        },
        new("GET", "/api/v1/tickets/{id}", Read, IdKind.Ticket),
        new("POST", "/api/v1/tickets/{id}/transition", Act, IdKind.Ticket)
        {
            Mutating = true,
            Body = [new("to", "\"assigned\"", FieldKind.RequiredText, "\"new\"", "\"done\"", "\"\""), By, new("assignee", "\"tech-7\"", FieldKind.Text)],
        },
        new("GET", "/api/v1/rules", Read) { Query = [("siteId", HostileValues.Words)] },
        new("PUT", "/api/v1/rules/{id}", Admin, IdKind.RuleType)
        {
            Mutating = true,
            Body =
            [
                new("threshold", "20", FieldKind.RequiredNumber),
                new("durationS", "300", FieldKind.RequiredNumber, "-1"),
                new("severity", "\"medium\"", FieldKind.RequiredText, "\"huge\"", "\"\""),
                new("slaS", "3600", FieldKind.RequiredNumber, "-1"),
                new("siteId", "\"hxa-site-1\"", FieldKind.Text, "\"a b\"", Quoted(65)),
                new("holdS", "300", FieldKind.Number, "-1"),
                new("escalatedSeverity", "\"high\"", FieldKind.Text, "\"nope\""),
                new("enabled", "true", FieldKind.Bool),
            ],
        },
        new("GET", "/api/v1/contacts", Read),
        new("GET", "/api/v1/contacts/{id}", Read, IdKind.Contact),
        new("PUT", "/api/v1/contacts/{id}", Admin, IdKind.Contact)
        {
            Mutating = true,
            Body =
            [
                BookName with { Kind = FieldKind.RequiredText },
                new("channels", "[" + WebhookChannel + "]", FieldKind.RequiredText, "[{\"kind\":\"fax\"}]", "[{\"kind\":\"webhook\",\"url\":\"ftp://x\"}]",
                    "[{\"kind\":\"email\",\"address\":\"nope\"}]", "[null]"),
                new("rateLimitMessages", "10", FieldKind.Number, "0", "1001", "-1"),
                new("rateLimitMinutes", "60", FieldKind.Number, "0", "1441"),
            ],
        },
        new("DELETE", "/api/v1/contacts/{id}", Admin, IdKind.Contact) { Mutating = true },
        new("GET", "/api/v1/routes", Read),
        new("GET", "/api/v1/routes/{id}", Read, IdKind.Route),
        new("PUT", "/api/v1/routes/{id}", Admin, IdKind.Route)
        {
            Mutating = true,
            Body =
            [
                new("tiers", "[{\"tier\":0,\"contactIds\":[\"hxa-ct-1\"]}]", FieldKind.RequiredText, "[{\"tier\":4,\"contactIds\":[\"hxa-ct-1\"]}]",
                    "[{\"tier\":0,\"contactIds\":[\"hxb-ct-1\"]}]", "[{\"tier\":0,\"contactIds\":[]}]", "[{\"contactIds\":[\"hxa-ct-1\"]}]"),
                BookName,
                new("hours", "{\"from\":\"20:00\",\"to\":\"06:00\"}", FieldKind.Text, "{\"from\":\"20:00\",\"to\":\"20:00\"}", "{\"from\":\"25:00\",\"to\":\"06:00\"}"),
                new("groupWaitS", "30", FieldKind.Number, "-1", "3601"),
                new("groupIntervalS", "300", FieldKind.Number, "0", "86401"),
                new("repeatIntervalS", "14400", FieldKind.Number, "59", "604801"),
            ],
        },
        new("DELETE", "/api/v1/routes/{id}", Admin, IdKind.Route) { Mutating = true },
        new("GET", "/api/v1/inhibitions", Read),
        new("GET", "/api/v1/inhibitions/{id}", Read, IdKind.Inhibition),
        new("PUT", "/api/v1/inhibitions/{id}", Admin, IdKind.Inhibition)
        {
            Mutating = true,
            Body =
            [
                new("sourceTypes", "[\"geofence_exit\"]", FieldKind.RequiredText, "[\"napping\"]"),
                new("targetTypes", "[\"inactivity\"]", FieldKind.RequiredText, "[\"geofence_exit\"]", "[\"snoring\"]"),
                BookName,
                new("equal", "\"guard\"", FieldKind.Text, "\"planet\"", "\"\""),
                new("sourceMinSeverity", "\"high\"", FieldKind.Text, "\"dire\"", "\"\""),
                new("onlyDevice", "true", FieldKind.Bool),
            ],
        },
        new("DELETE", "/api/v1/inhibitions/{id}", Admin, IdKind.Inhibition) { Mutating = true },
        new("GET", "/api/v1/silences", Read) { Query = [("status", HostileValues.Words)] },
        new("GET", "/api/v1/silences/{id}", Read, IdKind.Silence),
        new("POST", "/api/v1/silences", Admin)
        {
            Mutating = true,
            Body =
            [
                new("endsAt", "\"2026-12-20T00:00:00Z\"", FieldKind.Time, "\"2026-11-01T00:00:00Z\"", "\"2027-06-01T00:00:00Z\""),
                new("matchers", "{\"type\":\"poor_signal\"}", FieldKind.RequiredText, "{\"type\":\"napping\"}", "{\"siteId\":\"a b\"}",
                    "{\"severity\":\"dire\"}"),
                new("createdBy", "\"op-1\"", FieldKind.RequiredText, "\"\"", "\"   \"", Quoted(201), "\"line\\nbreak\""),
                new("comment", "\"gate works\"", FieldKind.RequiredText, "\"\"", Quoted(1001)),
                new("endWhenResolved", "false", FieldKind.Bool),
            ],
        },
        new("DELETE", "/api/v1/silences/{id}", Admin, IdKind.Silence) { Mutating = true },
        new("GET", "/api/v1/notifications", Read)
        {
            Query = [("alertId", HostileValues.Words), ("contactId", HostileValues.Words), ("status", HostileValues.Words), .. Page],
        },
        new("GET", "/api/v1/audit", Admin)
        {
            Query = [("resource", HostileValues.Words), ("actor", HostileValues.Words), ("since", HostileValues.Times), .. Page],
        },
        Report("sla"),
        Report("alerts"),
        Report("rules"),
        Report("guards"),
        new("POST", "/hubs/monitoring/negotiate?negotiateVersion=1", Read),
        new("GET", "/hubs/monitoring", Read),
        // Appended, not beside GET /api/v1/guards/{id}: the generator's seeded picks for the endpoints above stay as they were.
        new("GET", "/api/v1/guards/{id}/history", Read, IdKind.Guard) { Query = [("hours", HostileValues.Numbers)] },

        // Last, so the requests generated for the endpoints above stay the same.
        new("GET", "/api-reference/", null),
        new("GET", "/orleans-dashboard/", Admin) { HostWide = true },
        new("GET", "/orleans-dashboard/ClusterStats", Admin) { HostWide = true },
        new("GET", "/orleans-dashboard/sign-in", null),
        new("POST", "/orleans-dashboard/sign-in", null) { Mutating = true },
        new("POST", "/orleans-dashboard/sign-out", null) { Mutating = true },

        // Issue 18, appended so the requests generated for every endpoint above stay the same.
        new("GET", "/api/v1/fraud/live", Read) { Query = [("hours", HostileValues.Numbers)] },
        new("GET", "/api/v1/fraud/guards/{id}", Read, IdKind.Guard) { Query = [("days", HostileValues.Numbers)] },
        new("GET", "/api/v1/fraud/sites", Read) { Query = [("hours", HostileValues.Numbers)] },
        new("POST", "/api/v1/fraud/labels", Act)
        {
            Mutating = true,
            Body =
            [
                // seq 999999 is never scored: even the valid body names no event, so nothing is labelled.
                new("items", "[{\"deviceId\":\"hxa-dev-1\",\"seq\":999999,\"label\":\"fraud\"}]", FieldKind.RequiredText, "[]", "[null]",
                    "[{\"deviceId\":\"\",\"seq\":1,\"label\":\"fraud\"}]", "[{\"deviceId\":\"hxa-dev-1\",\"seq\":-1,\"label\":\"fraud\"}]",
                    "[{\"deviceId\":\"hxa-dev-1\",\"seq\":1,\"label\":\"maybe\"}]",
                    "[{\"deviceId\":\"hxa-dev-1\",\"seq\":1,\"label\":\"fraud\"},{\"deviceId\":\"hxa-dev-1\",\"seq\":1,\"label\":\"legit\"}]"),
                By,
                new("replace", "false", FieldKind.Bool),
            ],
        },
        // Fraud models, appended so the requests generated above stay the same. A seeded tenant has
        // too few labelled rows to train: the train request is refused with its counts (409).
        new("GET", "/api/v1/fraud/models", Read),
        new("POST", "/api/v1/fraud/models/train", Admin) { Mutating = true, Query = [("by", HostileValues.Words)] },
        new("GET", "/api/v1/fraud/models/jobs/{id}", Read, IdKind.FraudJob),
        new("POST", "/api/v1/fraud/models/jobs/{id}/cancel", Admin, IdKind.FraudJob) { Mutating = true },
    ];

    /// <summary>Requests no route takes: unknown paths and methods the routes do not allow.</summary>
    public static readonly (string Method, string Path)[] Unrouted =
    [
        ("GET", "api/v1/nope"), ("GET", "api/v2/alerts"), ("GET", "api/v1/alerts/x/y/z"), ("DELETE", "api/v1/alerts/hxa-x"),
        ("PATCH", "api/v1/sites/hxa-site-1"), ("PUT", "api/v1/telemetry"), ("DELETE", "api/v1/telemetry"), ("POST", "api/v1/health"),
        ("DELETE", "api/v1/rules"), ("POST", "api/v1/sites"), ("GET", "api/v1/guards"), ("GET", "api/v1/devices"), ("GET", "api/v1/admin"),
        ("OPTIONS", "api/v1/alerts"), ("TRACE", "api/v1/alerts"), ("GET", "api/v1/alerts/hxa-x/acknowledge"), ("GET", "api//v1//alerts"),
        ("GET", "hubs/monitoring?id=nope"), ("POST", "hubs/monitoring?id=nope"), ("DELETE", "hubs/monitoring?id=nope"), ("GET", "hubs/nope"),
        ("GET", "api/v1/reports"), ("GET", "api/v1/reports/nope"), ("POST", "api/v1/reports/sla"),
    ];

    private static HostileEndpoint Report(string name) => new("GET", "/api/v1/reports/" + name, Read)
    {
        Query = [("from", HostileValues.Times), ("to", HostileValues.Times), ("siteId", HostileValues.Words), ("format", HostileValues.Words)],
    };

    private static string Quoted(int length) => "\"" + new string('q', length) + "\"";
}
