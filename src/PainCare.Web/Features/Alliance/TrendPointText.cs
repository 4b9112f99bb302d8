using System.Globalization;
using PainCare.Domain.Alliance;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Alliance;

/// <summary>
/// The words for one session on the trend: shown on hover or keyboard focus, and read out as the session link's name.
/// Figures, flag names and catalogue words only, never note text.
/// </summary>
public static class TrendPointText
{
    public static IReadOnlyList<string> Lines(TrendModel model, int index, Func<DateTimeOffset, DateTimeOffset> toClinicTime)
    {
        var point = model.Points[index];
        var lines = new List<string>
        {
            $"Session {point.Number}, {toClinicTime(point.StartsAt).ToString("d MMM yyyy", CultureInfo.CurrentCulture)}",
            Ratings(point),
        };
        if (point.Pain is { } pain)
        {
            lines.Add(Pain(pain, model.Points.Take(index).LastOrDefault(p => p.Pain is not null)?.Pain));
        }

        var flags = model.Flags.Where(f => f.Session == point.Number).Select(f => FlagText.Label(f.Rule)).Distinct().ToList();
        if (flags.Count > 0)
        {
            lines.Add((flags.Count == 1 ? "Flag: " : "Flags: ") + string.Join("; ", flags));
        }

        if (Observations(point.Marks) is { Length: > 0 } observed)
        {
            lines.Add(observed);
        }

        if (point.Marks.Prompts > 0)
        {
            lines.Add($"Reflection prompts: {point.Marks.PromptsAnswered} answered, {point.Marks.PromptsPinned} pinned for supervision");
        }

        return lines;
    }

    /// <summary>The link's accessible name: every line, then where it goes.</summary>
    public static string AccessibleName(IReadOnlyList<string> lines) => string.Join(". ", lines) + ". Opens the session's narrative.";

    private static string Ratings(TrendPoint point) => point.Attendance switch
    {
        Attendance.DidNotAttend => "Did not attend",
        Attendance.Cancelled => "Cancelled",
        _ when point.Patient is null && point.Clinician is null => "Not rated",
        _ => string.Join(" · ", new[] { ("Patient", point.Patient), ("Clinician", point.Clinician) }
            .Select(r => $"{r.Item1} {(r.Item2 is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) : "not rated")}")),
    };

    /// <summary>Pain before the session, and how it compares with the last pain recorded (Farrar 2001; IMMPACT).</summary>
    private static string Pain(int pain, int? previous)
    {
        if (previous is not { } before || before == pain)
        {
            return previous is null ? $"Pain before {pain}/10" : $"Pain before {pain}/10, as last time";
        }

        var change = PainChange.Between(before, pain);
        var size = change.Size switch
        {
            PainChangeSize.Substantial => "substantial (50% or more, IMMPACT)",
            PainChangeSize.Moderate => "clinically important (30% or more, Farrar 2001)",
            PainChangeSize.Important => "clinically important (2 points or more, Farrar 2001)",
            _ => "below a clinically important change",
        };
        return $"Pain before {pain}/10, {(change.Worse ? "up" : "down")} from {before}: {size}";
    }

    private static string Observations(SessionMarks marks)
    {
        var parts = new List<string>();
        if (marks.SafetyCues > 0)
        {
            parts.Add($"Safety cues {marks.SafetyCues}" + (marks.SafetyAspects.Count > 0 ? $" ({string.Join(", ", marks.SafetyAspects)})" : string.Empty));
        }

        if (marks.Strains > 0)
        {
            parts.Add($"Moments of strain {marks.Strains}");
        }

        if (marks.Connections > 0)
        {
            parts.Add($"Moments of connection {marks.Connections}");
        }

        return string.Join(" · ", parts);
    }
}
