namespace PainCare.Deidentification.Dates;

/// <summary>A recognised date and how it was written, so the shifted date is written the same way.</summary>
internal sealed record DateValue(DateForm Form, int? Year, int Month, int Day)
{
    public char Separator { get; init; } = '/';

    public bool TwoDigitYear { get; init; }

    public bool PadDay { get; init; }

    public bool PadMonth { get; init; }

    public bool MonthFirst { get; init; }

    public bool Ordinal { get; init; }

    public bool AbbreviatedMonth { get; init; }

    public bool HasWeekday { get; init; }

    public bool OfForm { get; init; }

    public bool HasComma { get; init; }

    /// <summary>The day named by a <see cref="DateForm.Weekday"/> mention, and whether it was shortened ("Weds").</summary>
    public DayOfWeek Weekday { get; init; }

    public bool AbbreviatedWeekday { get; init; }

    /// <summary>A season written with the American "fall".</summary>
    public bool Fall { get; init; }
}
