namespace AsyncBot.Discord.Tests.Gateway;

/// <summary>A "random" source that always returns <see cref="Value"/>, so jittered delays are known in advance.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public double Value { get; set; } = value;

    public override double NextDouble() => Value;

    protected override double Sample() => Value;
}
