using System.ComponentModel.DataAnnotations;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Patients;

/// <summary>The create/edit patient form. Every identifying field is validated at the edge.</summary>
public sealed class PatientInput : IValidatableObject
{
    /// <summary>One per rendered "New patient" form, so a second post of it creates no second patient (SubmissionGuard).</summary>
    public Guid Submission { get; set; } = Guid.NewGuid();

    [Required(ErrorMessage = "Enter the patient's given name.")]
    [MaxLength(100)]
    [NoControlCharacters]
    [Display(Name = "Given name")]
    public string GivenName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the patient's family name.")]
    [MaxLength(100)]
    [NoControlCharacters]
    [Display(Name = "Family name")]
    public string FamilyName { get; set; } = string.Empty;

    [MaxLength(100)]
    [NoControlCharacters]
    [Display(Name = "Preferred name")]
    public string? PreferredName { get; set; }

    [Required(ErrorMessage = "Enter the date of birth.")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [MaxLength(32)]
    [NoControlCharacters]
    [Display(Name = "NHS or Medicare number")]
    public string? HealthcareNumber { get; set; }

    [MaxLength(32)]
    [Phone(ErrorMessage = "Enter a phone number using digits, spaces, brackets or +.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [MaxLength(254)]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [MaxLength(500)]
    [NoControlCharacters(AllowLineBreaks = true)]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [MaxLength(1000)]
    [NoControlCharacters(AllowLineBreaks = true)]
    [Display(Name = "Relatives or carers")]
    public string? Relatives { get; set; }

    [MaxLength(4000)]
    [NoControlCharacters(AllowLineBreaks = true)]
    [Display(Name = "What matters to me")]
    public string? WhatMattersToMe { get; set; }

    /// <summary>The patient row's xmin when the form was opened: a save over someone else's change is refused.</summary>
    public uint Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = ClinicClock.TodayFor(validationContext);
        if (DateOfBirth is { } dob && (dob > today || dob < today.AddYears(-130)))
        {
            yield return new ValidationResult("Enter a date of birth in the past 130 years.", [nameof(DateOfBirth)]);
        }
    }

    public IReadOnlyList<string> RelativesList() =>
        (Relatives ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
