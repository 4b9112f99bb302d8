namespace PainCare.Deidentification.Dates;

internal enum DateForm
{
    /// <summary>27/06/2019, 06/27/2019, 08.02.21.</summary>
    Numeric,

    /// <summary>2024-03-14.</summary>
    Iso,

    /// <summary>14 March 2024, 2nd October, Tuesday 3 March.</summary>
    DayMonth,

    /// <summary>March 14, 2024; Feb 12.</summary>
    MonthDay,

    /// <summary>March 2024.</summary>
    MonthYear,

    /// <summary>"in March".</summary>
    MonthOnly,

    /// <summary>"the 3rd", "Tuesday the 3rd".</summary>
    OrdinalDay,

    /// <summary>"spring 2023", "the summer of 2019": a season with its year.</summary>
    Season,

    /// <summary>"since Sun", "last Thursday", "Tuesday night": one day of the week, named alone.</summary>
    Weekday,

    /// <summary>The bare day of a range that writes its month once: "12" of "12-14 Aug", "5" of "March 3-5".</summary>
    RangeDay,
}
