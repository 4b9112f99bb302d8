namespace PainCare.Domain.Narratives;

public static class NarrativeRules
{
    /// <summary>Null when the text may be saved as a narrative; otherwise what is wrong, in words for the clinician.</summary>
    public static string? Check(string text)
    {
        if (text.Length > NarrativeNote.MaxLength)
        {
            return $"The narrative is {text.Length:N0} characters, over the limit of {NarrativeNote.MaxLength:N0}. Nothing has been cut or saved: shorten it and it will save.";
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return "The narrative contains a control character (often from pasting) that cannot be saved. Remove it and it will save.";
            }
        }

        return null;
    }
}
