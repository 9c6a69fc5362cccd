using System.Buffers.Text;
using System.Text;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>
/// The interactions the fake accepts callbacks and followups for. The gateway fake registers each
/// INTERACTION_CREATE it delivers here; tests can register their own. Thread-safe.
/// </summary>
public sealed class FakeInteractions
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeInteraction> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeInteraction> _byToken = new(StringComparer.Ordinal);
    private readonly Func<string> _applicationId;
    private readonly Func<TimeProvider> _time;
    private readonly FakeIdSource _ids;

    internal FakeInteractions(Func<string> applicationId, Func<TimeProvider> time, FakeIdSource ids)
    {
        _applicationId = applicationId;
        _time = time;
        _ids = ids;
    }

    /// <summary>All registered interactions.</summary>
    public IReadOnlyList<FakeInteraction> All
    {
        get
        {
            lock (_lock)
            {
                return _byId.Values.ToList();
            }
        }
    }

    /// <summary>
    /// Registers an interaction (id and token as delivered in INTERACTION_CREATE). <paramref name="createdAt"/> defaults
    /// to now on the fake's clock; <paramref name="type"/> is 2 for a slash command, 3 for a button click.
    /// </summary>
    public FakeInteraction Register(string id, string token, DateTimeOffset? createdAt = null, int type = 2)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var interaction = new FakeInteraction(id, token, _applicationId(), type, createdAt ?? _time().GetUtcNow());
        lock (_lock)
        {
            _byId[id] = interaction;
            _byToken[token] = interaction;
        }

        return interaction;
    }

    /// <summary>Registers a new interaction with a fresh snowflake id and token, created now.</summary>
    public FakeInteraction Create(int type = 2)
    {
        var id = _ids.Next();
        var raw = Encoding.UTF8.GetBytes($"interaction:{id}:fake-{Guid.NewGuid():N}");
        return Register(id, Base64Url.EncodeToString(raw), type: type);
    }

    /// <summary>The interaction with this id, if registered.</summary>
    public FakeInteraction? Find(string id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>The interaction with this token, if registered.</summary>
    public FakeInteraction? FindByToken(string token)
    {
        lock (_lock)
        {
            return _byToken.GetValueOrDefault(token);
        }
    }
}
