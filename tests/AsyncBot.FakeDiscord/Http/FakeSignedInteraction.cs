namespace AsyncBot.FakeDiscord.Http;

/// <summary>An interaction serialized and signed as Discord would POST it, ready to send.</summary>
/// <param name="Id">The interaction's id.</param>
/// <param name="Token">Its token, for the followups the fake will accept.</param>
/// <param name="Type">Its type (1 ping, 2 command, 3 component).</param>
/// <param name="Body">The JSON body, UTF-8.</param>
/// <param name="Signature"><c>X-Signature-Ed25519</c>: hex of the signature over timestamp + body.</param>
/// <param name="Timestamp"><c>X-Signature-Timestamp</c>: Unix seconds.</param>
#pragma warning disable CA1819 // A body to send as it is; copying it per request would defeat preparing it.
public sealed record FakeSignedInteraction(string Id, string Token, int Type, byte[] Body, string Signature, string Timestamp);
#pragma warning restore CA1819
