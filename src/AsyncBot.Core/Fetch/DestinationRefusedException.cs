namespace AsyncBot.Core.Fetch;

/// <summary>
/// Thrown when a URL's destination is not allowed by <see cref="AddressPolicy"/>; its message is the per-URL
/// reason shown to the user, e.g. "resolves to a private address (10.0.0.5)".
/// </summary>
public sealed class DestinationRefusedException : Exception
{
    /// <summary>Creates the exception with the user-facing reason.</summary>
    public DestinationRefusedException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with a default reason.</summary>
    public DestinationRefusedException()
        : base("the destination is not allowed")
    {
    }

    /// <summary>Creates the exception with the user-facing reason and a cause.</summary>
    public DestinationRefusedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
