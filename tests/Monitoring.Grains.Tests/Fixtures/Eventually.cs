namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>Polls for what a grain's retry brings about, with a deadline far beyond its backoff.</summary>
public static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, what);
            await Task.Delay(100);
        }
    }
}
