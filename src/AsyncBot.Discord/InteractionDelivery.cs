namespace AsyncBot.Discord;

/// <summary>How Discord delivers interactions to the bot (<c>Discord:Interactions</c>).</summary>
public enum InteractionDelivery
{
    /// <summary>As <c>INTERACTION_CREATE</c> over the gateway connection; answered with REST callbacks.</summary>
    Gateway,

    /// <summary>As signed POSTs to the Interactions Endpoint URL; the first answer is the HTTP response. No gateway connection.</summary>
    Http,
}
