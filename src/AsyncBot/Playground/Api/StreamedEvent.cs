namespace AsyncBot.Playground.Api;

/// <summary>
/// The data of one streamed event: what happened, when (milliseconds from the start of the run) and the same line
/// the commands show for it.
/// </summary>
/// <param name="TMs">Milliseconds since the run started, to a tenth.</param>
/// <param name="Kind">e.g. <c>task_started</c>, <c>task_finished</c>, <c>fetch_finished</c>.</param>
/// <param name="Task">The task's name (races).</param>
/// <param name="Url">The URL (fetches).</param>
/// <param name="Line">The line the commands print for this event.</param>
internal sealed record StreamedEvent(double TMs, string Kind, string? Task, string? Url, string? Line);
