namespace AsyncBot.Playground.Chat;

/// <summary>A file uploaded with a message, served under an unguessable key.</summary>
/// <param name="Key">Random path segment, so an ephemeral message's file cannot be fetched by guessing ids.</param>
/// <param name="FileName">File name, e.g. <c>timeline.png</c>.</param>
/// <param name="ContentType">MIME type as the bot declared it.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">Alt text.</param>
internal sealed record StoredAttachment(string Key, string FileName, string ContentType, ReadOnlyMemory<byte> Content, string? Description);
