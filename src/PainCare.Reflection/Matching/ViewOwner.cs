using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Whether a view with no subject of its own was reached with someone other than the patient: "agreed with his
/// daughter: continue the frame" and "plan agreed with the MDT" record a relative's or a colleague's say, not the
/// patient's. "Agreed with her" and "she agreed with her husband" stay the patient's.
/// </summary>
internal static class ViewOwner
{
    private const int Reach = 3;

    private const int SubjectReach = 4;

    /// <summary>"At his request", "her idea", "she chose": the view names its owner inside the phrase.</summary>
    public static bool OwnedInside(TokenStream tokens, PhraseMatch match, WordLists words)
    {
        for (var j = match.First; j < match.End; j++)
        {
            if (WordLists.In(words.PatientMarkers, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SharedWithOther(TokenStream tokens, PhraseMatch match, WordLists words)
    {
        var end = match.End;
        if (end >= tokens.Count || tokens.Lower(end) is not "with" || HasPatientSubject(tokens, match, words))
        {
            return false;
        }

        var sentence = tokens[match.First].Sentence;
        for (var j = end + 1; j < tokens.Count && j <= end + Reach && tokens[j].Sentence == sentence; j++)
        {
            var lower = tokens.Lower(j);
            if (WordLists.In(words.OtherMarkers, lower) || lower is "mdt" or "registrar" or "physician" or "colleague")
            {
                return true;
            }

            if (lower is not ("the" or "a" or "his" or "her" or "their" or "my" or "our"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// In a meeting's note "we" and "I" are the team, so only the patient named inside the view or as its subject
    /// ("she agreed", "at his request") keeps it the patient's.
    /// </summary>
    public static bool NamesPatient(TokenStream tokens, PhraseMatch match, WordLists words)
    {
        if (OwnedInside(tokens, match, words))
        {
            return true;
        }

        var clause = tokens[match.First].Clause;
        for (var j = match.First - 1; j >= 0 && j >= match.First - SubjectReach && tokens[j].Clause == clause; j--)
        {
            if (WordLists.In(words.PatientMarkers, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPatientSubject(TokenStream tokens, PhraseMatch match, WordLists words)
    {
        if (WordLists.In(words.Subjects, tokens.Lower(match.First)))
        {
            return true;
        }

        // "He would like to discuss it with his wife": the subject may stand a few words back in the same clause.
        var clause = tokens[match.First].Clause;
        for (var j = match.First - 1; j >= 0 && j >= match.First - SubjectReach && tokens[j].Clause == clause; j--)
        {
            if (WordLists.In(words.Subjects, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }
}
