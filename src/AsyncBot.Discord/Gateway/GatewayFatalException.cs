namespace AsyncBot.Discord.Gateway;

/// <summary>
/// The gateway stopped for a reason retrying cannot fix (bad token, invalid shard, intents). The message is one
/// operator-facing sentence that says what to fix and never contains the token, so the host can log it as is and
/// exit non-zero.
/// </summary>
public sealed class GatewayFatalException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="closeCode">The gateway close code, or null when the failure came from elsewhere (HTTP 401, configuration).</param>
    /// <param name="message">The operator-facing sentence.</param>
    public GatewayFatalException(int? closeCode, string message)
        : base(message)
    {
        CloseCode = closeCode;
    }

    /// <summary>Creates an exception with no details (for serializers and analyzers).</summary>
    public GatewayFatalException()
        : this(null, "The Discord gateway stopped for good")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public GatewayFatalException(string message)
        : this(null, message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The close code Discord sent (4004, 4010–4014), or null for HTTP 401 and configuration errors.</summary>
    public int? CloseCode { get; }
}
