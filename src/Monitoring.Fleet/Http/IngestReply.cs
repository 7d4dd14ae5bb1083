using System.Text.Json;

namespace Monitoring.Fleet.Http;

/// <summary>The counts of a 202 ingest answer, or the status of a failed post (0: no answer).</summary>
internal readonly record struct IngestReply(int Status, int Accepted, int Duplicates, int Rejected)
{
    public bool Ok => Status == 202;

    public static IngestReply Failed(int status) => new(status, 0, 0, 0);

    /// <summary>Reads <c>{ "accepted": n, "duplicates": n, "rejected": [...] }</c>.</summary>
    public static IngestReply Parse(ReadOnlySpan<byte> json)
    {
        int accepted = 0, duplicates = 0, rejected = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "accepted": accepted = reader.GetInt32(); break;
                case "duplicates": duplicates = reader.GetInt32(); break;
                case "rejected": rejected = CountElements(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new IngestReply(202, accepted, duplicates, rejected);
    }

    private static int CountElements(ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
            count++;
        }

        return count;
    }
}
