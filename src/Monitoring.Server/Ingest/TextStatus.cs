namespace Monitoring.Server.Ingest;

/// <summary>What decoding a JSON string gave: its characters, or why not.</summary>
internal enum TextStatus
{
    Ok,

    /// <summary>More characters than the destination holds (the token itself is fine).</summary>
    TooLong,

    /// <summary>Invalid UTF-8 bytes or a lone surrogate: not text.</summary>
    Invalid,
}
