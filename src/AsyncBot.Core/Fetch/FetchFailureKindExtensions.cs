namespace AsyncBot.Core.Fetch;

/// <summary>Questions about a <see cref="FetchFailureKind"/>.</summary>
public static class FetchFailureKindExtensions
{
    /// <summary>
    /// Whether the failure looks like this machine has no internet access (DNS or an unreachable network) rather
    /// than a problem with one site; the console uses it to explain that the default URLs need internet access.
    /// </summary>
    public static bool IsNoNetwork(this FetchFailureKind kind) => kind is FetchFailureKind.Dns or FetchFailureKind.Network;
}
