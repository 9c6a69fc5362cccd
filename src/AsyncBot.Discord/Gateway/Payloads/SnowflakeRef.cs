namespace AsyncBot.Discord.Gateway.Payloads;

/// <summary>An object of which only the snowflake matters (<c>application</c>, <c>channel</c>, <c>message</c>, …).</summary>
internal sealed class SnowflakeRef
{
    public string? Id { get; set; }
}
