namespace Monitoring.Tests.Shared.Hostile;

/// <summary>One generated bad request and what its answer must satisfy beyond the rules every answer obeys.</summary>
internal sealed record HostileRequest(string Endpoint, string Class, HttpMethod Method, string Path, string? Key)
{
    /// <summary>The raw body (null: none).</summary>
    public byte[]? Body { get; init; }

    /// <summary>The Content-Type sent with the body (null: none).</summary>
    public string? ContentType { get; init; }

    /// <summary>A field the body got wrong: a 400 must name it in <c>errors</c>.</summary>
    public string? Field { get; init; }

    /// <summary>Another tenant's (or no) object with everything else right: the answer must be 404.</summary>
    public bool ExpectNotFound { get; init; }

    /// <summary>A range read (the archive) of another tenant's or no object: the page must be empty, as for an id never seen.</summary>
    public bool ExpectEmptyPage { get; init; }

    /// <summary>
    /// Not valid HTTP (a NUL in a header value or in the decoded path): the server refuses it before
    /// any application code runs, with a bare 400 no application can dress as problem+json.
    /// </summary>
    public bool ProtocolViolation { get; init; }

    /// <summary>For ingest, the number of events in the batch, every one of them bad: a 202 must reject them all.</summary>
    public int BadEvents { get; init; } = -1;

    /// <summary>A request that would change state if the host took it: it must not succeed.</summary>
    public bool Mutating { get; init; }

    /// <summary>Sent after the state is compared: it may move the host clock if the host wrongly takes it.</summary>
    public bool Late { get; init; }

    /// <summary>Extra headers sent as they are (no validation).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public override string ToString() =>
        $"{Method} {(Path.Length > 160 ? Path[..160] + "…" : Path)} key={Key ?? "none"}"
        + (ContentType is null ? "" : $" type={ContentType}")
        + (Body is null ? "" : $" body={HostileText.Preview(Body)}");
}
