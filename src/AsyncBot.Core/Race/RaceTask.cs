namespace AsyncBot.Core.Race;

/// <summary>One task of a plan: a name and how long its work lasts.</summary>
/// <param name="Name">1–32 letters, digits, <c>_</c> or <c>-</c>.</param>
/// <param name="Seconds">The duration as the user wrote it, kept so <c>1.25</c> prints as <c>1.25</c>.</param>
public readonly record struct RaceTask(string Name, double Seconds)
{
    /// <summary>The duration as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);
}
