namespace AsyncBot.History;

/// <summary>What <c>/history</c> shows a user about themselves.</summary>
/// <param name="Latest">Their newest runs, newest first.</param>
/// <param name="BestSpeedup">Their best speedup among finished runs, or null.</param>
internal sealed record PersonalHistory(IReadOnlyList<RunRecord> Latest, double? BestSpeedup);
