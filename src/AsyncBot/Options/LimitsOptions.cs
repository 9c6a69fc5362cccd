namespace AsyncBot.Options;

/// <summary>The <c>Limits</c> section: how many runs may be going at once.</summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Limits";

    /// <summary>
    /// Concurrent runs one user may have. Two lets a user compare two modes side by side without letting one person
    /// flood a channel.
    /// </summary>
    public int RunsPerUser { get; set; } = 2;

    /// <summary>Concurrent runs in total: bounds followup traffic and memory on a small host.</summary>
    public int RunsTotal { get; set; } = 50;
}
