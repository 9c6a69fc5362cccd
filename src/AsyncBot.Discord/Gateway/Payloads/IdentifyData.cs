namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>
/// <c>d</c> of op 2 Identify. A class, not a record, so no generated <c>ToString</c> can print the token.
/// </summary>
internal sealed class IdentifyData
{
    public required string Token { get; init; }

    public required int Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }

    public required int[] Shard { get; init; }

    /// <summary>The client description Discord shows nowhere but wants anyway.</summary>
    internal sealed class IdentifyProperties
    {
        public required string Os { get; init; }

        public required string Browser { get; init; }

        public required string Device { get; init; }
    }
}
