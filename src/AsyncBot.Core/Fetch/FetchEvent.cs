namespace AsyncBot.Core.Fetch;

/// <summary>Something that just happened to one URL, published the moment it happens.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Leg">The leg it belongs to: <see cref="FetchMode.Concurrent"/> or <see cref="FetchMode.Sequential"/> (a compare run has both).</param>
/// <param name="Index">Position of the URL in the plan, from 0.</param>
/// <param name="Url">The URL as the user gave it.</param>
/// <param name="Offset">Time since the whole run started (across both legs of a compare run), for <c>[+2.00s]</c> prefixes.</param>
/// <param name="Result">The URL's result for every kind but <see cref="FetchEventKind.Started"/>.</param>
public sealed record FetchEvent(FetchEventKind Kind, FetchMode Leg, int Index, string Url, TimeSpan Offset, FetchUrlResult? Result);
