namespace AsyncBot.Tests.Playground.Browser;

/// <summary>A browser test: skips with a one-line reason when no Chromium is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
