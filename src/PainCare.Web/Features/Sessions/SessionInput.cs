using System.ComponentModel.DataAnnotations;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Sessions;

public sealed class SessionInput : IValidatableObject
{
    /// <summary>One per rendered form, so a second post of the same form creates nothing (<see cref="SubmissionGuard"/>).</summary>
    public Guid Submission { get; set; } = Guid.NewGuid();

    [Required(ErrorMessage = "Enter the session date.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the start time.")]
    [Display(Name = "Start time")]
    public TimeOnly? StartTime { get; set; }

    [Range(5, 240, ErrorMessage = "Duration must be between 5 and 240 minutes.")]
    [Display(Name = "Duration (minutes)")]
    public int DurationMinutes { get; set; } = 45;

    [EnumDataType(typeof(Attendance), ErrorMessage = "Choose whether the patient attended, cancelled or did not attend.")]
    public Attendance Attendance { get; set; } = Attendance.Attended;

    /// <summary>As typed: a text box, so "6.5" reaches the server and is refused with a message, never silently cleared.</summary>
    [Display(Name = "Pain before (0–10)")]
    public string? PainBefore { get; set; }

    [Display(Name = "Pain after (0–10)")]
    public string? PainAfter { get; set; }

    public int? PainBeforeScore => PainScore.Parse(PainBefore);

    public int? PainAfterScore => PainScore.Parse(PainAfter);

    [MaxLength(NarrativeNote.MaxLength, ErrorMessage = "The narrative is over 100,000 characters. Nothing has been cut: shorten it, or split it across an addendum.")]
    [NoControlCharacters(AllowLineBreaks = true)]
    [Display(Name = "Narrative")]
    public string? Narrative { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var clinicToday = ClinicClock.TodayFor(validationContext);
        if (Date is { } date && date > clinicToday)
        {
            yield return new ValidationResult("A session cannot be recorded for a date after today.", [nameof(Date)]);
        }

        foreach (var (text, name, label) in new[] { (PainBefore, nameof(PainBefore), "Pain before"), (PainAfter, nameof(PainAfter), "Pain after") })
        {
            if (!string.IsNullOrWhiteSpace(text) && PainScore.Parse(text) is null)
            {
                yield return new ValidationResult($"{label} must be a whole number from 0 to 10 (for example 6, not 6.5).", [name]);
            }
        }

        if (SessionFacts.Check(Attendance, PainBeforeScore, PainAfterScore) == SessionFactsProblem.PainWithoutAttendance)
        {
            yield return new ValidationResult(PainScore.WithoutAttendance, [nameof(PainBefore)]);
        }
    }
}
