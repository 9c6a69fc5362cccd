namespace AsyncBot.Runs;

/// <summary>The answer to <see cref="IRunRegistry.TryStartAsync(string, string, CancellationToken)"/>: a run, or a sentence for the user.</summary>
/// <param name="Run">The admitted run, when admitted.</param>
/// <param name="Refusal">Why not, when refused (one of <see cref="RunRefusals"/>).</param>
public sealed record RunAdmission(ActiveRun? Run, string? Refusal);
