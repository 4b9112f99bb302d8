using PainCare.Reflection.Rules;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Finds lexicon cues in a tokenised narrative, dropping those that are negated ("no guarding", "denied feeling
/// low") or that describe the clinician rather than the patient ("I felt frustrated").
/// </summary>
internal sealed class CueAnalyser(Lexicon lexicon)
{
    /// <summary>Words a negator reaches forward: enough for "denied feeling low or hopeless".</summary>
    private const int NegationWindow = 4;

    private const int PostNegationWindow = 2;

    public FeatureSet Analyse(TokenStream tokens)
    {
        var features = new FeatureSet();
        if (tokens.Count == 0)
        {
            return features;
        }

        features.Add(Features.Text);
        var words = lexicon.Words;
        var foreign = LanguageGuard.ForeignTokens(tokens, words);
        var clinicianQuotes = QuoteAttribution.ClinicianQuotes(tokens, words);
        var matches = new List<PhraseMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (foreign[i])
            {
                continue;
            }

            matches.Clear();
            lexicon.Trie.MatchAt(tokens, i, words, matches);
            foreach (var match in matches)
            {
                Record(tokens, match, clinicianQuotes, features);
            }
        }

        foreach (var quote in tokens.Quotes)
        {
            if (!clinicianQuotes[quote.Index])
            {
                features.Add(Features.PatientQuote, tokens.Text, quote.Start, quote.End);
            }
        }

        return features;
    }

    private void Record(TokenStream tokens, PhraseMatch match, bool[] clinicianQuotes, FeatureSet features)
    {
        var negated = (bool?)null;
        // Indexed loop: enumerating through an interface would allocate once per match.
        for (var g = 0; g < match.Groups.Count; g++)
        {
            var group = lexicon.Groups[match.Groups[g]];
            if (group.Negatable && (negated ??= IsNegated(tokens, match)))
            {
                continue;
            }

            if (group.PatientOnly && IsClinicians(tokens, match, group.AttributionWindow, clinicianQuotes))
            {
                continue;
            }

            features.Add(group.Id, tokens.Text, tokens[match.First].Start, tokens[match.End - 1].End);
        }
    }

    private bool IsNegated(TokenStream tokens, PhraseMatch match)
    {
        var words = lexicon.Words;
        var clause = tokens[match.First].Clause;
        for (var j = match.First - 1; j >= 0 && j >= match.First - NegationWindow && tokens[j].Clause == clause; j--)
        {
            var lower = tokens.Lower(j);
            if (WordLists.In(words.ClauseBreakers, lower) || StartsNewClause(tokens, j))
            {
                break;
            }

            if (words.IsNegator(lower))
            {
                return true;
            }
        }

        var last = tokens[match.End - 1].Clause;
        for (var j = match.End; j < tokens.Count && j < match.End + PostNegationWindow && tokens[j].Clause == last; j++)
        {
            if (WordLists.In(words.PostNegators, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"no guarding and she flinched": a new subject after "and" starts a clause the negator does not reach.</summary>
    private bool StartsNewClause(TokenStream tokens, int index) =>
        index > 0
        && WordLists.In(lexicon.Words.Subjects, tokens.Lower(index))
        && WordLists.In(lexicon.Words.Coordinators, tokens.Lower(index - 1));

    /// <summary>
    /// The nearest person mentioned before the cue in its sentence decides whose experience it is, except that
    /// "I noticed/palpated …" reports what the clinician observed in the patient.
    /// </summary>
    private bool IsClinicians(TokenStream tokens, PhraseMatch match, int window, bool[] clinicianQuotes)
    {
        var first = tokens[match.First];
        if (first.Quote >= 0)
        {
            return clinicianQuotes[first.Quote];
        }

        var words = lexicon.Words;
        for (var j = match.First - 1; j >= 0 && j >= match.First - window && tokens[j].Sentence == first.Sentence; j--)
        {
            if (tokens[j].Quote >= 0)
            {
                continue;
            }

            var lower = tokens.Lower(j);
            if (WordLists.In(words.ClinicianMarkers, lower))
            {
                return j + 1 >= tokens.Count || !WordLists.In(words.ObservationVerbs, tokens.Lower(j + 1));
            }

            if (WordLists.In(words.PatientMarkers, lower))
            {
                return false;
            }
        }

        return false;
    }
}
