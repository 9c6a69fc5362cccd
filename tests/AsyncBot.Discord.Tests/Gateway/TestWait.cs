namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>Polls a condition that another thread will make true (real time, generous bound).</summary>
internal static class TestWait
{
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}");
            }

            await Task.Delay(5);
        }
    }
}
