using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

internal sealed partial class CueScope
{
    /// <summary>How far back from "for" the person it names may stand: "with her insurer for", "at the neighbour for".</summary>
    private const int ForActorReach = 3;

    /// <summary>
    /// "He snapped", "she refused": a cue that opens with the patient's pronoun names its own subject, so a place or
    /// person named earlier as an object ("when I suggested the pain clinic he snapped") does not claim it.
    /// </summary>
    private static int FirstSubjectCandidate(TokenStream tokens, PhraseMatch match) =>
        tokens.Lower(match.First) is "she" or "he" or "they" ? match.First : match.First - 1;

    /// <summary>
    /// "Furious with her insurer for refusing to pay", "cross at her brother for cancelling": after "for" the act is
    /// the person named just before it, even when that person is the object of a preposition.
    /// </summary>
    private bool ActorBeforeFor(TokenStream tokens, PhraseMatch match)
    {
        var forIndex = match.First - 1;
        if (forIndex < 1 || tokens.Lower(forIndex) is not "for" || tokens[forIndex].Clause != tokens[match.First].Clause)
        {
            return false;
        }

        for (var j = forIndex - 1; j >= 0 && j >= forIndex - ForActorReach && tokens[j].Clause == tokens[forIndex].Clause; j--)
        {
            if (WordLists.In(words.OtherMarkers, tokens.Lower(j)))
            {
                return true;
            }
        }

        // "With her landlord for", "at the council for": any noun there, as the words for outsiders are open-ended.
        return forIndex >= 3 && tokens[forIndex - 3].Clause == tokens[forIndex].Clause
            && tokens.Lower(forIndex - 3) is "with" or "at"
            && tokens.Lower(forIndex - 2) is "her" or "his" or "their" or "the" or "a" or "an";
    }

    /// <summary>
    /// "Phoned reception to cancel", "emailed the clinic to say": a service reached by phone or message is the object,
    /// not the subject of what the patient then does.
    /// </summary>
    private bool ObjectOfContact(TokenStream tokens, int index)
    {
        if (!WordLists.In(words.OtherMarkers, tokens.Lower(index)))
        {
            return false;
        }

        for (var k = index - 1; k >= 0 && k >= index - 2 && tokens[k].Clause == tokens[index].Clause; k--)
        {
            var lower = tokens.Lower(k);
            if (lower is "phoned" or "rang" or "called" or "emailed" or "e-mailed" or "texted" or "messaged" or "contacted" or "told" or "asked"
                or "suggested" or "mentioned" or "recommended" or "informed")
            {
                return true;
            }

            if (lower is not ("the" or "a" or "an" or "her" or "his" or "their" or "pain" or "local"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Anxiety: nil", "Low mood - none": a form field's value stands after a colon or dash, in the next clause.</summary>
    private static bool FieldValue(TokenStream tokens, int end, int j)
    {
        if (j != end || end == 0)
        {
            return false;
        }

        var gap = tokens.Text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim();
        return gap is ":" or "-" or "–";
    }

    /// <summary>
    /// "She thanked the nurse who helped her, tearful": a person named as the object of the patient's verb, with a
    /// relative clause straight after (no comma), is not the subject of what follows; "her husband, who drove her in,
    /// was tearful" keeps the relative as subject.
    /// </summary>
    private bool ObjectWithRestrictiveRelative(TokenStream tokens, int index)
    {
        if (index < 3 || index + 1 >= tokens.Count || tokens.Lower(index + 1) is not ("who" or "that")
            || !WordLists.In(words.OtherMarkers, tokens.Lower(index))
            || tokens.Text.AsSpan(tokens[index].End, tokens[index + 1].Start - tokens[index].End).Trim().Length > 0)
        {
            return false;
        }

        return tokens.Lower(index - 1) is "the" or "a" or "an" or "her" or "his" or "their"
            && tokens.Lower(index - 3) is "she" or "he" or "they"
            && tokens[index - 3].Sentence == tokens[index].Sentence;
    }
}
