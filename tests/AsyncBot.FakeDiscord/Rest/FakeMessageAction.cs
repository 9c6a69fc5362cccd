namespace AsyncBot.FakeDiscord.Rest;

/// <summary>What a recorded message request did.</summary>
public enum FakeMessageAction
{
    /// <summary>An interaction callback (any type).</summary>
    Callback,
    /// <summary>A followup was created.</summary>
    Create,
    /// <summary>The original or a followup was edited.</summary>
    Edit,
    /// <summary>The original or a followup was deleted.</summary>
    Delete,
}
