namespace AsyncBot.Discord.Rest.Json;

/// <summary>The 200 body of a callback sent with <c>?with_response=true</c>.</summary>
internal sealed class CallbackResponseBody
{
    public CallbackResponseInteraction? Interaction { get; init; }

    public CallbackResponseResource? Resource { get; init; }
}

/// <summary><c>interaction</c> of a callback response.</summary>
internal sealed class CallbackResponseInteraction
{
    public string? Id { get; init; }

    public string? ResponseMessageId { get; init; }
}

/// <summary><c>resource</c> of a callback response.</summary>
internal sealed class CallbackResponseResource
{
    public int Type { get; init; }

    public MessageResponseBody? Message { get; init; }
}
