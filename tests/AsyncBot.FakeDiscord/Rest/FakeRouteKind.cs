namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Which routes a fault or rule applies to.</summary>
public enum FakeRouteKind
{
    /// <summary>Routes with <c>Authorization: Bot</c> (commands).</summary>
    Bot,

    /// <summary>The callback, followup and <c>@original</c> routes (secret token in the path).</summary>
    Interaction,

    /// <summary>Every route.</summary>
    Any,
}
