using System.Text.Json;
using AsyncBot.Core.Fetch;
using static AsyncBot.Core.Tests.Fetch.Support.FetchResults;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchJsonWriterTests
{
    private const string Url = "https://x/posts/1";

    [Fact]
    public void ToJson_SingleLeg_HasTheContractFieldsAtTheTop()
    {
        var run = new FetchRunResult(FetchMode.Concurrent,
            [Ok(0, Url, 0.34, 118.26), Refused(1, "http://10.0.0.5/", "10.0.0.5 is a private address")], Ms(120.04), false);

        using var json = JsonDocument.Parse(FetchJsonWriter.ToJson(new FetchResult(FetchMode.Concurrent, 2, [run], Ms(120.04), false)));

        var root = json.RootElement;
        Assert.Equal("concurrent", root.GetProperty("mode").GetString());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        Assert.Equal(120.0, root.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(117.9, root.GetProperty("sum_ms").GetDouble());
        Assert.Equal(1, root.GetProperty("received").GetInt32());
        Assert.Equal(0.98, root.GetProperty("speedup").GetDouble());
        Assert.False(root.TryGetProperty("runs", out _));
        var urls = root.GetProperty("urls");
        Assert.Equal(2, urls.GetArrayLength());
        var first = urls[0];
        Assert.Equal(Url, first.GetProperty("url").GetString());
        Assert.Equal(200, first.GetProperty("status").GetInt32());
        Assert.Equal(292, first.GetProperty("bytes").GetInt64());
        Assert.Equal(0.3, first.GetProperty("started_ms").GetDouble());
        Assert.Equal(118.3, first.GetProperty("finished_ms").GetDouble());
        Assert.False(first.GetProperty("truncated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        var refused = urls[1];
        Assert.Equal("refused", refused.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("started_ms").ValueKind);
        Assert.Equal("10.0.0.5 is a private address", refused.GetProperty("error").GetString());
    }

    [Fact]
    public void ToJson_Compare_PutsOneObjectPerLegUnderRunsWithTheRatio()
    {
        var sequential = new FetchRunResult(FetchMode.Sequential, [Ok(0, Url, 0, 1000), Ok(1, Url, 1000, 2000)], Ms(2000), false);
        var concurrent = new FetchRunResult(FetchMode.Concurrent, [Ok(0, Url, 0, 1000), Ok(1, Url, 0, 1000)], Ms(1000), false);

        using var json = JsonDocument.Parse(FetchJsonWriter.ToJson(new FetchResult(FetchMode.Compare, 2, [sequential, concurrent], Ms(3000), false)));

        var root = json.RootElement;
        Assert.Equal("compare", root.GetProperty("mode").GetString());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        Assert.Equal(3000, root.GetProperty("elapsed_ms").GetDouble());
        Assert.Equal(4000, root.GetProperty("sum_ms").GetDouble());
        Assert.Equal(2.0, root.GetProperty("ratio").GetDouble());
        var runs = root.GetProperty("runs");
        Assert.Equal(["sequential", "concurrent"], runs.EnumerateArray().Select(run => run.GetProperty("mode").GetString()));
        Assert.Equal(2, runs[1].GetProperty("urls").GetArrayLength());
        Assert.Equal(2.0, runs[1].GetProperty("speedup").GetDouble());
        Assert.False(root.TryGetProperty("urls", out _));
    }

    [Fact]
    public void ToJson_ErrorWithQuotes_IsEscaped()
    {
        var run = new FetchRunResult(FetchMode.Sequential, [Refused(0, "http://\"evil\"/", "'x' is \"bad\"")], Ms(1), false);

        using var json = JsonDocument.Parse(FetchJsonWriter.ToJson(new FetchResult(FetchMode.Sequential, 1, [run], Ms(1), false)));

        Assert.Equal("'x' is \"bad\"", json.RootElement.GetProperty("urls")[0].GetProperty("error").GetString());
    }
}
