using System.Net.Http.Headers;
using System.Reflection;
using AsyncBot.Core.Fetch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AsyncBot.Core;

/// <summary>Registers the fetch engine behind <c>/fetch</c> and the console <c>fetch</c> command.</summary>
public static class FetchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FetchEngine"/>, <see cref="FetchOptions"/> bound from <paramref name="section"/> (the
    /// <c>Fetch</c> section) and validated on start, and the guarded named HttpClient it fetches with.
    /// </summary>
    public static IServiceCollection AddFetchEngine(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<FetchOptions>().Bind(section);
        return services.AddFetchEngineCore();
    }

    /// <summary>Registers <see cref="FetchEngine"/> with options set in code (tests, tools).</summary>
    public static IServiceCollection AddFetchEngine(this IServiceCollection services, Action<FetchOptions> configure)
    {
        services.AddOptions<FetchOptions>().Configure(configure);
        return services.AddFetchEngineCore();
    }

    private static IServiceCollection AddFetchEngineCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FetchOptions>()
            .PostConfigure(options =>
            {
                if (options.DefaultUrls.Count == 0)
                {
                    foreach (var url in FetchOptions.TutorialUrls)
                    {
                        options.DefaultUrls.Add(url);
                    }
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<IFetchDialer, SocketFetchDialer>();
        services.TryAddSingleton<FetchEngine>();

        services.AddHttpClient(FetchEngine.HttpClientName, client =>
            {
                // The engine's per-URL timeout runs on the injected TimeProvider; HttpClient's own must not cut in first.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("AsyncBot", ProductVersion));
                client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(+" + RepositoryUrl + ")"));
            })
            .ConfigurePrimaryHttpMessageHandler(provider => FetchHttpHandlerFactory.Create(
                provider.GetRequiredService<IHostResolver>(),
                provider.GetRequiredService<IFetchDialer>(),
                provider.GetRequiredService<IOptions<FetchOptions>>().Value));
        return services;
    }

    private static string ProductVersion =>
        typeof(FetchEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    // The build's RepositoryUrl property (Directory.Build.props, or -p:RepositoryUrl=… for a fork), which the SDK
    // stamps into the assembly: a site owner who sees the requests can find who sent them.
    private static string RepositoryUrl =>
        typeof(FetchEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? throw new InvalidOperationException("AsyncBot.Core was built without a RepositoryUrl property");
}
