using AsyncBot.Playground.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsyncBot.Playground.Web;

/// <summary>
/// Serves a message's uploaded file (the timeline PNG) at <c>/attachments/{messageId}/{key}/{fileName}</c>. Images
/// show inline; anything else is offered as a download, so a file can never run as a page.
/// </summary>
internal static class AttachmentEndpoint
{
    public static Results<FileContentHttpResult, NotFound> Serve(PlaygroundChannel channel, string messageId, string key, string fileName)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var file = channel.Find(messageId)?.Attachments.FirstOrDefault(a =>
            string.Equals(a.Key, key, StringComparison.Ordinal) && string.Equals(a.FileName, fileName, StringComparison.Ordinal));
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        return Views.MessageViews.IsImage(file.ContentType)
            ? TypedResults.File(file.Content.ToArray(), file.ContentType)
            : TypedResults.File(file.Content.ToArray(), "application/octet-stream", fileDownloadName: file.FileName);
    }
}
