using System.Globalization;

namespace Monitoring.Server.Apis;

/// <summary>
/// One page of a list ordered by id (<c>limit</c> 1..500, default 100; <c>cursor</c> from the previous
/// page): the items go out as the plain array of the first version, and a further page is announced
/// in a <c>Link: &lt;...&gt;; rel="next"</c> header. The grains behind a page are called a few at a time.
/// </summary>
internal readonly record struct IdPage(int Limit, string? After)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>How many grains one request calls at once.</summary>
    public const int Concurrency = 16;

    public static bool TryParse(string? limit, string? cursor, out IdPage page, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!PageLimit.TryParse(limit, DefaultLimit, MaxLimit, out var size))
        {
            errors["limit"] = [PageLimit.Rule(MaxLimit)];
        }

        if (!IdCursor.TryDecode(cursor, out var after))
        {
            errors["cursor"] = [IdCursor.Rule];
        }

        page = new IdPage(size, after);
        return errors.Count == 0;
    }

    /// <summary>Calls <paramref name="get"/> for each of the page's ids (<paramref name="ids"/> holds one more when a next page exists), at most <see cref="Concurrency"/> at once, and announces the next page.</summary>
    public async Task<T[]> FetchAsync<T>(IReadOnlyList<string> ids, Func<string, Task<T?>> get, HttpContext http)
        where T : class
    {
        var count = Math.Min(ids.Count, Limit);
        var found = new T?[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = http.RequestAborted },
            async (i, _) => found[i] = await get(ids[i]));
        if (ids.Count > Limit)
        {
            var next = string.Create(CultureInfo.InvariantCulture, $"{http.Request.PathBase}{http.Request.Path}?limit={Limit}&cursor={IdCursor.Encode(ids[Limit - 1])}");
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        return [.. found.OfType<T>()];
    }
}
