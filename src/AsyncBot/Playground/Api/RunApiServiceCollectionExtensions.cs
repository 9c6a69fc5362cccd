using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Playground.Api;

/// <summary>Registers the streaming run API's options and its per-client rate limiter.</summary>
public static class RunApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RunApiOptions"/> bound from <paramref name="section"/> (validated at start) and ASP.NET Core's
    /// rate limiter with one concurrency partition per client address: each open stream holds a permit, and a
    /// request beyond <see cref="RunApiOptions.StreamsPerClient"/> is answered 429 at once rather than queued.
    /// </summary>
    public static IServiceCollection AddRunApi(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<RunApiOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RunApiOptions>, RunApiOptionsValidator>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var limit = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<RunApiOptions>>().Value.StreamsPerClient;
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(rejected.HttpContext.Response.WriteAsync(
                    $"Not now: you already have {limit} streams open — wait for one to end.\n", cancellationToken));
            };
            limiter.AddPolicy(RunApiEndpoints.PolicyName, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<RunApiOptions>>().Value.StreamsPerClient;
                return RateLimitPartition.GetConcurrencyLimiter(
                    ApiClient.Key(context),
                    _ => new ConcurrencyLimiterOptions { PermitLimit = limit, QueueLimit = 0 });
            });
        });
        return services;
    }
}
