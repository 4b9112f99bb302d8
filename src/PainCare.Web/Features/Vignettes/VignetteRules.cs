using PainCare.Domain.Narratives;
using PainCare.Domain.Text;
using PainCare.Domain.Vignettes;

namespace PainCare.Web.Features.Vignettes;

public static class VignetteRules
{
    /// <summary>Null when the title and text may be saved as they are; never a reason to cut them.</summary>
    public static TextRefusal? Check(string title, string text) =>
        TextRefusal.Check("title", title, Vignette.MaxTitleLength)
        ?? TextRefusal.Check("vignette text", text, Vignette.MaxTextLength)
        ?? (NarrativeRules.Check(title + text) is not null || HiddenCharacters.AnyInvisibleFormatting(title) ? new TextRefusal("vignette", TextProblem.HiddenCharacters) : null);
}
