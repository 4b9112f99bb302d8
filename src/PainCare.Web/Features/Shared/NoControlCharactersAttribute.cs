using System.ComponentModel.DataAnnotations;

namespace PainCare.Web.Features.Shared;

/// <summary>
/// Refuses control characters (NUL and friends), which PostgreSQL cannot store in text and no clinician types.
/// Line breaks and tabs are allowed where <see cref="AllowLineBreaks"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    public bool AllowLineBreaks { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text)
        {
            return ValidationResult.Success;
        }

        foreach (var c in text)
        {
            var allowed = AllowLineBreaks && c is '\n' or '\r' or '\t';
            if (char.IsControl(c) && !allowed)
            {
                return new ValidationResult($"{validationContext.DisplayName} contains a control character that cannot be saved. Remove it and try again.", [validationContext.MemberName!]);
            }
        }

        return ValidationResult.Success;
    }
}
