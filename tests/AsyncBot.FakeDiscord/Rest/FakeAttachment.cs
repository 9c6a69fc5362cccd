namespace AsyncBot.FakeDiscord.Rest;

/// <summary>A file part of a multipart request.</summary>
/// <param name="Index">The <c>n</c> of <c>files[n]</c>.</param>
/// <param name="FileName">The part's filename.</param>
/// <param name="ContentType">The part's content type.</param>
/// <param name="Length">Bytes received.</param>
/// <param name="ContentDisposition">The raw Content-Disposition header, to check its exact form.</param>
public sealed record FakeAttachment(int Index, string FileName, string? ContentType, int Length, string ContentDisposition);
