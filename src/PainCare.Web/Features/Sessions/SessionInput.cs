using System.ComponentModel.DataAnnotations;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Sessions;

public sealed class SessionInput : IValidatableObject
{
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

    [Range(0, 10, ErrorMessage = "Pain before must be a whole number from 0 to 10.")]
    [Display(Name = "Pain before (0–10)")]
    public int? PainBefore { get; set; }

    [Range(0, 10, ErrorMessage = "Pain after must be a whole number from 0 to 10.")]
    [Display(Name = "Pain after (0–10)")]
    public int? PainAfter { get; set; }

    [MaxLength(NarrativeNote.MaxLength, ErrorMessage = "The narrative is over 100,000 characters. Nothing has been cut: shorten it, or split it across an addendum.")]
    [NoControlCharacters(AllowLineBreaks = true)]
    [Display(Name = "Narrative")]
    public string? Narrative { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Date is { } date && date > DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14)))
        {
            yield return new ValidationResult("A session cannot be recorded for a date after today.", [nameof(Date)]);
        }
    }
}
