namespace Monitoring.Notifications.Tests.Support;

/// <summary>Polls an asynchronous outcome until it holds, with a generous timeout.</summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still waiting for {what} after {timeoutSeconds} s; last seen: {value}");
            }

            await Task.Delay(50);
        }
    }
}
