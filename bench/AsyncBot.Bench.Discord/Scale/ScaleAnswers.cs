using System.Net;
using AsyncBot.Bench.Output;
using AsyncBot.FakeDiscord.Http;

namespace AsyncBot.Bench.Discord.Scale;

/// <summary>
/// What the replicas' HTTP answers said, one per interaction sent: the plan (a 200 whose body the fake accepted as
/// a visible <c>Racing …</c> reply), a refusal (an ephemeral reply: busy, over a limit, store down), a deferral
/// ("thinking…", when the handler took over the endpoint's 2 s), or nothing usable (an error status, a body the fake
/// refused, the request failing). Latency is the poster's: request sent → whole answer read.
/// </summary>
internal sealed class ScaleAnswers
{
    private const int EphemeralFlag = 64;

    private readonly List<double> _ms = [];

    public int Plans { get; private set; }

    public int Refused { get; private set; }

    public int Deferred { get; private set; }

    public int Lost { get; private set; }

    /// <summary>The first refusal's text or the first failure, for the report of a run that lost some.</summary>
    public string? FirstProblem { get; private set; }

    public static ScaleAnswers Of(IEnumerable<Task<FakeEndpointAnswer>> posts)
    {
        var answers = new ScaleAnswers();
        foreach (var post in posts)
        {
            answers.Add(post);
        }

        return answers;
    }

    public ResultLine AddTo(ResultLine line) => line
        .Add("plans", Plans)
        .Add("refused", Refused)
        .Add("deferred", Deferred)
        .Add("lost", Lost)
        .Add("http_ms_p50", Percentile(50))
        .Add("http_ms_p99", Percentile(99))
        .Add("http_ms_max", Percentile(100));

    private void Add(Task<FakeEndpointAnswer> post)
    {
        if (!post.IsCompletedSuccessfully)
        {
            Lost++;
            FirstProblem ??= "request failed: " + post.Exception?.GetBaseException().Message;
            return;
        }

        var answer = post.Result;
        if (answer.Status != HttpStatusCode.OK || answer.Rejection is not null || answer.Json is not { } body)
        {
            Lost++;
            FirstProblem ??= $"HTTP {(int)answer.Status}: {answer.Rejection ?? answer.Body}";
            return;
        }

        _ms.Add(answer.Elapsed.TotalMilliseconds);
        var data = body["data"];
        var flags = data?["flags"]?.GetValue<int>() ?? 0;
        var content = data?["content"]?.GetValue<string>() ?? string.Empty;
        if (answer.CallbackType == 5)
        {
            Deferred++;
        }
        else if ((flags & EphemeralFlag) != 0)
        {
            Refused++;
            FirstProblem ??= "refused: " + content;
        }
        else if (answer.CallbackType == 4 && content.StartsWith("Racing ", StringComparison.Ordinal))
        {
            Plans++;
        }
        else
        {
            Lost++;
            FirstProblem ??= $"unexpected answer: {answer.Body}";
        }
    }

    private double Percentile(int percent)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        _ms.Sort();
        var rank = (int)Math.Ceiling(percent / 100.0 * _ms.Count) - 1;
        return _ms[Math.Clamp(rank, 0, _ms.Count - 1)];
    }
}
