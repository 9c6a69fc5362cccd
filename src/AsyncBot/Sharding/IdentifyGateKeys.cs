using StackExchange.Redis;

namespace AsyncBot.Sharding;

/// <summary>
/// The store keys of the identify gate: one per rate-limit bucket, under the same <c>{prefix}</c> hash tag as the
/// run state, so bots that share a store with different <c>State:KeyPrefix</c> values pace apart.
/// </summary>
internal sealed class IdentifyGateKeys(string prefix)
{
    private readonly string _root = "{" + prefix + "}:identify:bucket:";

    /// <summary>Held for 5 s by the shard that identified last in <paramref name="bucket"/>; its value is that shard's id.</summary>
    public RedisKey Bucket(int bucket) => _root + bucket.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
