using PainCare.Domain.Text;

namespace PainCare.Domain.Narratives;

public static class NarrativeRules
{
    public static readonly string TooLong =
        $"The narrative is over the limit of {NarrativeNote.MaxLength:N0} characters. Nothing has been cut or saved: shorten it and it will save.";

    /// <summary>Null when the text may be saved as a narrative; otherwise what is wrong, in words for the clinician.</summary>
    public static string? Check(string text)
    {
        if (text.Length > NarrativeNote.MaxLength)
        {
            return TooLong;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return "The narrative contains a control character (often from pasting) that cannot be saved. Remove it and it will save.";
            }

            if (HiddenCharacters.ReordersText(c))
            {
                return "The narrative contains a hidden character that changes the order text is shown in. Remove it and it will save.";
            }
        }

        return null;
    }
}
