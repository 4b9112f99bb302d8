using System.Globalization;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Sessions;

/// <summary>Reads a pain score as the clinician typed it, and the words for the rules it must meet.</summary>
public static class PainScore
{
    public const string WithoutAttendance =
        "Pain scores are only recorded for a session the patient attended. Clear them, or set attendance to Attended.";

    /// <summary>The whole number from 0 to 10 typed, or null for anything else (blank, 6.5, 11, words).</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= SessionFacts.LowestPain and <= SessionFacts.HighestPain
            ? value
            : null;

    public static string Describe(SessionFactsProblem problem) => problem switch
    {
        SessionFactsProblem.PainWithoutAttendance => WithoutAttendance,
        _ => "Pain scores must be whole numbers from 0 to 10.",
    };
}
