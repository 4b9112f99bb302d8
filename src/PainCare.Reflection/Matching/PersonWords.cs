using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>Classifies one token as a mention of the clinician, the patient or someone else (a relative, a colleague).</summary>
internal static class PersonWords
{
    /// <summary>
    /// Who the token names, or null when it names nobody. A relative after a preposition ("talked about her mum",
    /// "went with his wife") is an object, not the subject of what follows, so it is passed over.
    /// </summary>
    public static Speaker? Classify(TokenStream tokens, WordLists words, int index)
    {
        var lower = tokens.Lower(index);
        if (WordLists.In(words.ClinicianMarkers, lower))
        {
            return Speaker.Clinician;
        }

        if (WordLists.In(words.PatientMarkers, lower))
        {
            return AccompanyingRelative(tokens, words, index) || WardNeighbour.IsAnotherPatient(tokens, index) ? Speaker.Other : Speaker.Patient;
        }

        if (WardNeighbour.IsAnotherPatient(tokens, index))
        {
            return Speaker.Other;
        }

        if (WordLists.In(words.OtherMarkers, lower) && (StartsRelativeClause(tokens, index) || !AfterPreposition(tokens, words, index)))
        {
            return Speaker.Other;
        }

        if (NamedRelative(tokens, words, index) && (StartsRelativeClause(tokens, index) || !AfterPreposition(tokens, words, index)))
        {
            return Speaker.Other;
        }

        return null;
    }

    /// <summary>How many words back a relative's name is looked for where it was introduced.</summary>
    private const int NameReach = 400;

    /// <summary>
    /// "Came with her son Luis … Luis was livid": a capitalised name that the note introduced straight after a relative
    /// or companion ("his daughter Ana", "her husband, Tomás,") names that person wherever it stands later.
    /// </summary>
    private static bool NamedRelative(TokenStream tokens, WordLists words, int index)
    {
        var surface = tokens.Surface(index);
        if (surface.Length < 2 || !char.IsUpper(surface[0]) || !char.IsLower(surface[1]))
        {
            return false;
        }

        var lower = tokens.Lower(index);
        for (var j = index - 1; j >= 1 && j >= index - NameReach; j--)
        {
            if (tokens.Lower(j).SequenceEqual(lower) && char.IsUpper(tokens.Surface(j)[0])
                && tokens[j - 1].Sentence == tokens[j].Sentence && WordLists.In(words.OtherMarkers, tokens.Lower(j - 1))
                && !(tokens.Lower(j - 1) is "dr" or "gp" or "consultant" or "surgeon" or "doctor" or "nurse" or "clinic" or "hospital"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"wife with him, furious": the relative who came with the patient is the one described.</summary>
    private static bool AccompanyingRelative(TokenStream tokens, WordLists words, int index) =>
        index >= 2
        && tokens.Lower(index) is "him" or "her" or "them"
        && tokens.Lower(index - 1) is "with"
        && tokens[index - 2].Clause == tokens[index].Clause
        && WordLists.In(words.OtherMarkers, tokens.Lower(index - 2));

    /// <summary>"her mum, who has been inconsolable": the relative is the subject of what follows.</summary>
    private static bool StartsRelativeClause(TokenStream tokens, int index) =>
        index + 1 < tokens.Count && tokens.Lower(index + 1) is "who" or "who's" or "who'd" or "who'll";

    private static bool AfterPreposition(TokenStream tokens, WordLists words, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 2 && tokens[j].Clause == tokens[index].Clause; j--)
        {
            if (WordLists.In(words.Prepositions, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }
}
