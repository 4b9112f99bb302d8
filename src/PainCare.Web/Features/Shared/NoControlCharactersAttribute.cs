using System.ComponentModel.DataAnnotations;
using PainCare.Domain.Text;

namespace PainCare.Web.Features.Shared;

/// <summary>
/// Refuses control characters (NUL and friends), which PostgreSQL cannot store in text and no clinician types, and
/// characters that reorder shown text. Single-line fields (names, titles) also refuse invisible formatting characters,
/// which can hide a name from the de-identifier or make it look like another (<see cref="HiddenCharacters"/>).
/// Line breaks and tabs are allowed where <see cref="AllowLineBreaks"/> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    public bool AllowLineBreaks { get; init; }

    private static ValidationResult Refuse(ValidationContext context, string what) =>
        new($"{context.DisplayName} contains {what}. Remove it and try again.", [context.MemberName!]);

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
                return Refuse(validationContext, "a control character that cannot be saved");
            }

            if (HiddenCharacters.ReordersText(c))
            {
                return Refuse(validationContext, "a hidden character that changes the order text is shown in");
            }

            if (!AllowLineBreaks && HiddenCharacters.IsInvisibleFormatting(c))
            {
                return Refuse(validationContext, "an invisible formatting character (often from pasting)");
            }
        }

        return ValidationResult.Success;
    }
}
