using System.Globalization;

namespace PainCare.Domain.Alliance;

/// <summary>How much a change in a 0-10 pain rating matters.</summary>
public enum PainChangeSize
{
    /// <summary>Smaller than the changes below.</summary>
    Small,

    /// <summary>About 2 points or more, but under 30%: clinically important by points (Farrar et al. 2001).</summary>
    Important,

    /// <summary>30% or more: clinically important (Farrar et al. 2001), moderately important by IMMPACT (Dworkin et al. 2008).</summary>
    Moderate,

    /// <summary>50% or more: substantial by IMMPACT (Dworkin et al. 2008).</summary>
    Substantial,
}

/// <summary>A change in a pain rating between two sessions, classed by the published thresholds for 0-10 pain scales.</summary>
public sealed record PainChange(double Previous, double Current, PainChangeSize Size)
{
    /// <summary>Farrar JT et al. 2001, Pain 94(2):149-158: about 2 points or about 30% is clinically important.</summary>
    public const double ImportantPoints = 2;

    /// <summary>Farrar 2001 and IMMPACT (Dworkin RH et al. 2008, J Pain 9(2):105-121): 30% moderate, 50% substantial.</summary>
    public const double ModeratePercent = 30;

    public const double SubstantialPercent = 50;

    public double Points => Current - Previous;

    /// <summary>Change as a percentage of the earlier rating; null when the earlier rating was 0 (no percentage exists).</summary>
    public double? Percent => Previous == 0 ? null : 100 * (Current - Previous) / Previous;

    public bool Worse => Current > Previous;

    public static PainChange Between(double previous, double current)
    {
        var points = Math.Abs(current - previous);
        var percent = previous == 0 ? (double?)null : 100 * points / previous;
        var size = percent >= SubstantialPercent ? PainChangeSize.Substantial
            : percent >= ModeratePercent ? PainChangeSize.Moderate
            : points >= ImportantPoints ? PainChangeSize.Important
            : PainChangeSize.Small;
        return new PainChange(previous, current, size);
    }

    /// <summary>Plain words for a clinician, with the source of the threshold.</summary>
    public string Describe()
    {
        var direction = Worse ? "rose" : "fell";
        var percent = Percent is { } p ? $", {Math.Abs(p).ToString("0", CultureInfo.InvariantCulture)}%" : string.Empty;
        var what = Size switch
        {
            PainChangeSize.Substantial => "a substantial change (50% or more: IMMPACT)",
            PainChangeSize.Moderate => "a clinically important change (30% or more: Farrar 2001; moderate by IMMPACT)",
            PainChangeSize.Important => "a clinically important change (2 points or more: Farrar 2001)",
            _ => "smaller than a clinically important change (about 2 points or 30%: Farrar 2001)",
        };
        return $"pain {direction} from {F(Previous)} to {F(Current)} ({F(Math.Abs(Points))} points{percent}): {what}";
    }

    /// <summary>"; pain rose …" for a single-item 0-10 pain instrument, else empty: the thresholds belong to that scale.</summary>
    internal static string Annotation(InstrumentDefinition instrument, double previous, double current) =>
        IsZeroToTenPain(instrument) ? "; " + Between(previous, current).Describe() : string.Empty;

    private static bool IsZeroToTenPain(InstrumentDefinition instrument) =>
        !instrument.HigherIsBetter && instrument.ScaleMin == 0 && instrument.ScaleMax == 10 && instrument.Items.Count == 1;

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
