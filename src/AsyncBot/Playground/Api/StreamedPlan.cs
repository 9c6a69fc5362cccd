namespace AsyncBot.Playground.Api;

/// <summary>The data of the first event of a stream: the plan, as the commands describe it.</summary>
/// <param name="Line">The plan's text (may span lines).</param>
internal sealed record StreamedPlan(string Line);
