using System.Globalization;

namespace PainCare.Web.Features.Alliance;

/// <summary>A date label under the chart: the day, and the year under the first label and wherever the year changes.</summary>
public sealed record DateTick(double X, string Day, string? Year);

/// <summary>One row under the plot holding a kind of marker (safety cues, strain, connection, reflection).</summary>
public sealed record MarkLane(string Label, double Y);

/// <summary>
/// Where everything sits on the trend chart (SVG user units): a details band on top, the plot (alliance on the left
/// axis, pain 0-10 on the right), the marker lanes, the dates. The x axis is time in the clinic's zone, so a gap
/// between sessions looks like a gap.
/// </summary>
public sealed class TrendLayout(TrendModel model, Func<DateTimeOffset, DateTimeOffset> toClinicTime)
{
    public const int Width = 840;
    public const int Left = 96;
    public const int Right = Width - 56;
    public const int DetailTop = 6;
    public const int DetailHeight = 140;
    public const int Top = 184;
    public const int PlotBottom = 384;
    public const int LaneBottom = 474;
    public const int Height = 524;
    public const int DetailLine = 17;
    private const int Pad = 18;
    private const double MinimumLabelGap = 74;
    private const double MaximumHalfBand = 24;

    public static IReadOnlyList<MarkLane> Lanes { get; } =
        [new("Safety cues", 404), new("Strain", 424), new("Connection", 444), new("Reflection", 464)];

    public double X(TrendPoint point)
    {
        var (first, last) = (model.Points[0].StartsAt, model.Points[^1].StartsAt);
        var span = (last - first).TotalMinutes;
        return span <= 0 ? (Left + Right) / 2.0 : Left + Pad + ((point.StartsAt - first).TotalMinutes / span * (Right - Left - (2 * Pad)));
    }

    public double AllianceY(double value)
    {
        var (min, max) = (model.Instrument.TotalMin, model.Instrument.TotalMax);
        return PlotBottom - ((value - min) / (max - min) * (PlotBottom - Top));
    }

    public static double PainY(int value) => PlotBottom - (value / 10.0 * (PlotBottom - Top));

    /// <summary>Labelled values on the alliance axis: whole steps of 0.5, 1, 2, 5, … so that there are at most seven.</summary>
    public IReadOnlyList<double> AllianceTicks()
    {
        var (min, max) = (model.Instrument.TotalMin, model.Instrument.TotalMax);
        var step = new[] { 0.5, 1, 2, 5, 10, 20, 50, 100 }.FirstOrDefault(s => (max - min) / s <= 6, max - min);
        var first = Math.Ceiling(min / step) * step;
        return [.. Enumerable.Range(0, (int)Math.Floor((max - first) / step) + 1).Select(i => first + (i * step))];
    }

    public static IReadOnlyList<int> PainTicks { get; } = [0, 2, 4, 6, 8, 10];

    /// <summary>
    /// Session dates to label, left to right, skipping any too close to the last one labelled. The oldest and the newest
    /// session are always labelled: when the newest falls too close to the label before it, that earlier label gives way.
    /// </summary>
    public IReadOnlyList<DateTick> DateTicks()
    {
        var chosen = new List<int>();
        for (var i = 0; i < model.Points.Count; i++)
        {
            if (chosen.Count == 0 || X(model.Points[i]) - X(model.Points[chosen[^1]]) >= MinimumLabelGap)
            {
                chosen.Add(i);
            }
        }

        var newest = model.Points.Count - 1;
        if (newest > 0 && chosen[^1] != newest)
        {
            if (chosen.Count > 1 && X(model.Points[newest]) - X(model.Points[chosen[^1]]) < MinimumLabelGap)
            {
                chosen.RemoveAt(chosen.Count - 1);
            }

            chosen.Add(newest);
        }

        var ticks = new List<DateTick>();
        int? year = null;
        foreach (var point in chosen.Select(i => model.Points[i]))
        {
            var date = toClinicTime(point.StartsAt);
            ticks.Add(new DateTick(X(point), date.ToString("d MMM", CultureInfo.CurrentCulture), year == date.Year ? null : date.Year.ToString(CultureInfo.InvariantCulture)));
            year = date.Year;
        }

        return ticks;
    }

    /// <summary>The strip a session's link covers: half-way to each neighbour, at most <see cref="MaximumHalfBand"/> either side.</summary>
    public (double X, double Width) Band(int index)
    {
        var x = X(model.Points[index]);
        var before = index == 0 ? MaximumHalfBand : Math.Min(MaximumHalfBand, (x - X(model.Points[index - 1])) / 2);
        var after = index == model.Points.Count - 1 ? MaximumHalfBand : Math.Min(MaximumHalfBand, (X(model.Points[index + 1]) - x) / 2);
        return (x - Math.Max(before, 3), Math.Max(before, 3) + Math.Max(after, 3));
    }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
