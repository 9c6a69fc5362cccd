namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Fresh snowflakes stamped with the REST fake's (possibly fake) clock.</summary>
internal sealed class FakeIdSource(Func<TimeProvider> time)
{
    public string Next() => FakeSnowflakes.Next(time());
}
