namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>A frame this client sends: <c>{"op", "d"}</c>.</summary>
internal sealed class OutgoingFrame<TData>
{
    public required int Op { get; init; }

    public required TData D { get; init; }
}
