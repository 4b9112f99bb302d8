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

        return null;
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
