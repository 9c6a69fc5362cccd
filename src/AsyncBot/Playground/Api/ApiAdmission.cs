using AsyncBot.Runs;
using Microsoft.AspNetCore.Http;

namespace AsyncBot.Playground.Api;

/// <summary>Admits an API request's run under the bot's run limits, owned by the calling address.</summary>
internal static class ApiAdmission
{
    /// <summary>The admitted run, or null after answering 429 with the limits' reason.</summary>
    public static async Task<ActiveRun?> TryAdmitAsync(HttpContext context, IRunRegistry registry)
    {
        var admission = await registry.TryStartAsync("api-" + context.TraceIdentifier, ApiClient.Key(context), context.RequestAborted).ConfigureAwait(false);
        if (admission.Run is null)
        {
            await ApiReplies.BusyAsync(context, admission.Refusal!).ConfigureAwait(false);
        }

        return admission.Run;
    }
}
