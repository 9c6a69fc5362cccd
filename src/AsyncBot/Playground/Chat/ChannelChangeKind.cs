namespace AsyncBot.Playground.Chat;

/// <summary>Kinds of <see cref="ChannelChange"/>.</summary>
internal enum ChannelChangeKind
{
    /// <summary>A message was posted or edited: tabs insert or replace it by id.</summary>
    Upsert,

    /// <summary>
    /// A note from the page itself to one tab, such as a choice that is not on the list: what Discord's own client
    /// would refuse before sending anything.
    /// </summary>
    Notice,
}
