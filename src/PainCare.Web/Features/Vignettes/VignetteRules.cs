using PainCare.Domain.Narratives;
using PainCare.Domain.Text;
using PainCare.Domain.Vignettes;

namespace PainCare.Web.Features.Vignettes;

public static class VignetteRules
{
    public static string? Check(string title, string text) =>
        string.IsNullOrWhiteSpace(title) || title.Length > Vignette.MaxTitleLength ? $"Give the vignette a title of up to {Vignette.MaxTitleLength} characters."
        : string.IsNullOrWhiteSpace(text) || text.Length > Vignette.MaxTextLength ? $"The vignette needs text, up to {Vignette.MaxTextLength:N0} characters."
        : NarrativeRules.Check(title + text) is not null ? "Remove control characters from the vignette."
        : HiddenCharacters.AnyInvisibleFormatting(title) ? "Remove the invisible formatting characters (often from pasting) from the title." : null;
}
