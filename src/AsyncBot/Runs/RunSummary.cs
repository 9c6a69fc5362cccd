using AsyncBot.Discord.Interactions;
using AsyncBot.History;

namespace AsyncBot.Runs;

/// <summary>What a run says when it is over: the text, and a picture of it when one could be drawn.</summary>
/// <param name="Text">The summary text (within one Discord message).</param>
/// <param name="Picture">The timeline picture, attached to the summary message.</param>
internal sealed record RunSummary(string Text, FileAttachment? Picture = null)
{
    /// <summary>What the run was and how it went, for the run history; null records nothing.</summary>
    public RunFacts? Facts { get; init; }
}
