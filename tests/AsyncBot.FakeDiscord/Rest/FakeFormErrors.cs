using System.Text.Json.Nodes;

namespace AsyncBot.FakeDiscord.Rest;

/// <summary>Builds the <c>errors</c> object of a 400 50035: the request's shape down to the bad field's <c>_errors</c>.</summary>
internal sealed class FakeFormErrors
{
    private readonly JsonObject _root = [];

    public bool Any => _root.Count > 0;

    /// <summary>Adds an error at <paramref name="path"/> (object keys and array indexes); an empty path is request-level.</summary>
    public void Add(string code, string message, params string[] path)
    {
        var node = _root;
        foreach (var key in path)
        {
            if (node[key] is not JsonObject child)
            {
                child = [];
                node[key] = child;
            }

            node = child;
        }

        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }

        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public FakeResult ToResult() => FakeResult.InvalidFormBody(_root);
}
