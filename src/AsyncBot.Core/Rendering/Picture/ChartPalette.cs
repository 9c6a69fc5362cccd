using AsyncBot.Core.Race;
using SkiaSharp;

namespace AsyncBot.Core.Rendering.Picture;

/// <summary>
/// The chart's colours. Outcomes are blue, orange and red, which stay apart for the common kinds of colour
/// blindness; every bar also carries its outcome in words, so colour is never the only cue.
/// </summary>
internal static class ChartPalette
{
    /// <summary>The canvas.</summary>
    public static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);

    /// <summary>Every other task row, so long charts can be read across.</summary>
    public static readonly SKColor Stripe = new(0xF4, 0xF6, 0xF9);

    /// <summary>Vertical lines at each axis tick.</summary>
    public static readonly SKColor Grid = new(0xE3, 0xE7, 0xEC);

    /// <summary>Titles, names and labels.</summary>
    public static readonly SKColor Text = new(0x1F, 0x23, 0x28);

    /// <summary>Axis labels, subtitles, notes.</summary>
    public static readonly SKColor MutedText = new(0x5F, 0x67, 0x70);

    /// <summary>The axis line.</summary>
    public static readonly SKColor Axis = new(0x8C, 0x95, 0x9F);

    /// <summary>The faint line at the sequential total.</summary>
    public static readonly SKColor Sequential = new(0xA0, 0xA8, 0xB2);

    /// <summary>A task that did all its work.</summary>
    public static readonly SKColor Finished = new(0x2F, 0x6F, 0xDB);

    /// <summary>A finished task waiting to be awaited (ordered and as-completed modes).</summary>
    public static readonly SKColor Waiting = new(0xA9, 0xC4, 0xF0);

    /// <summary>A task stopped by cancellation.</summary>
    public static readonly SKColor Cancelled = new(0xF0, 0x8A, 0x1C);

    /// <summary>A task caught in a failed run.</summary>
    public static readonly SKColor Failed = new(0xD6, 0x33, 0x33);

    /// <summary>The bar colour for <paramref name="outcome"/>; tasks that never started have no bar.</summary>
    public static SKColor For(RaceTaskOutcome outcome) => outcome switch
    {
        RaceTaskOutcome.Cancelled => Cancelled,
        RaceTaskOutcome.Failed => Failed,
        _ => Finished,
    };
}
