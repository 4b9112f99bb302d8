using System.Buffers;
using PainCare.Reflection.Rules;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Finds lexicon cues in a tokenised narrative, dropping those that are negated ("no guarding", "denied feeling
/// low"), hidden by a look-alike ("the car broke down"), or that describe someone other than the patient
/// ("I felt frustrated", "her husband was furious") or an earlier time ("in the first fortnight he kept his eyes down").
/// </summary>
internal sealed class CueAnalyser(Lexicon lexicon)
{
    private readonly CueScope _scope = new(lexicon.Words);

    public FeatureSet Analyse(TokenStream tokens) => Analyse(tokens, null);

    /// <summary>As <see cref="Analyse(TokenStream)"/>, also counting every cue match found and why any was dropped.</summary>
    public FeatureSet Analyse(TokenStream tokens, CueTally? tally)
    {
        var features = new FeatureSet();
        if (tokens.Count == 0)
        {
            return features;
        }

        features.Add(Features.Text);
        var words = lexicon.Words;
        var foreign = LanguageGuard.ForeignTokens(tokens, words);
        var speakers = QuoteAttribution.Speakers(tokens, words);
        var matches = new List<PhraseMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!foreign[i])
            {
                lexicon.Trie.MatchAt(tokens, i, words, matches);
            }
        }

        var masked = ArrayPool<bool>.Shared.Rent(tokens.Count);
        try
        {
            Array.Clear(masked, 0, tokens.Count);
            MarkMasks(matches, masked);
            var past = TimeScope.PastTokens(tokens, matches, lexicon, out var clausePast);
            var context = new CueContext(tokens, matches, lexicon);
            foreach (var match in matches)
            {
                if (!Overlaps(match, masked) || IsMaskPhrase(match))
                {
                    Record(tokens, match, speakers, (past, clausePast), context, features, tally);
                }
                else
                {
                    tally?.AddAll(lexicon, match, CueOutcome.Masked);
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(masked);
        }

        foreach (var quote in tokens.Quotes)
        {
            if (speakers[quote.Index] == Speaker.Patient)
            {
                features.Add(Features.PatientQuote, tokens.Text, quote.Start, quote.End);
            }
        }

        BodyMotion.Find(tokens, speakers, _scope, features);
        return features;
    }

    private void MarkMasks(List<PhraseMatch> matches, bool[] masked)
    {
        foreach (var match in matches)
        {
            for (var g = 0; g < match.Groups.Count; g++)
            {
                if (lexicon.Groups[match.Groups[g]].Mask)
                {
                    masked.AsSpan(match.First, match.End - match.First).Fill(true);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A phrase listed both as a look-alike and as a cue ("shook my hand": no tremor, but a handshake the text may mark as
    /// a first) hides the shorter cues inside it and still counts as itself. A single word is not: there a look-alike
    /// inflection ("frictions") shares its stem with the cue ("friction") and must keep hiding it.
    /// </summary>
    private bool IsMaskPhrase(PhraseMatch match)
    {
        if (match.End - match.First < 2)
        {
            return false;
        }

        for (var g = 0; g < match.Groups.Count; g++)
        {
            if (lexicon.Groups[match.Groups[g]].Mask)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(PhraseMatch match, bool[] masked) =>
        masked.AsSpan(match.First, match.End - match.First).Contains(true);

    private void Record(TokenStream tokens, PhraseMatch match, Speaker[] speakers, (bool[] Sentence, bool[] Clause) past, CueContext context, FeatureSet features, CueTally? tally)
    {
        var first = tokens[match.First];
        var negated = (bool?)null;
        // Indexed loop: enumerating through an interface would allocate once per match.
        for (var g = 0; g < match.Groups.Count; g++)
        {
            var group = lexicon.Groups[match.Groups[g]];
            if (!group.IsCue)
            {
                continue;
            }

            // "'Not the stretches again,' he said": refusing or asking, in the patient's own words, is their view.
            if (group.Quoted is { } quoted && first.Quote >= 0 && speakers[first.Quote] == Speaker.Patient)
            {
                if (QuotedView.AboutEarlierCare(tokens, first.Quote, past.Sentence[match.First]) || QuotedView.ReportsOwnAct(tokens, first.Quote, match.First))
                {
                    tally?.Add(group.Index, CueOutcome.Past);
                    continue;
                }

                tally?.Add(group.Index, CueOutcome.Kept);
                features.Add(quoted, tokens.Text, first.Start, tokens[match.End - 1].End);
                continue;
            }

            // Only the proposal group records a patient's quoted words as their view.
            if (group.Quoted is not null && VisitHeading.IsHeading(tokens, match))
            {
                tally?.Add(group.Index, CueOutcome.Masked);
                continue;
            }

            if (group.Requires >= 0 && !context.NearSentence(group.Requires, first.Sentence, group.RequiresReach))
            {
                continue;
            }

            if (group.BlockedBy is { } blockedBy && context.AnyInClause(blockedBy, first.Clause))
            {
                tally?.Add(group.Index, CueOutcome.Masked);
                continue;
            }

            if (group.SentenceBlockers is { } blockers && context.AnyInSentence(blockers, first.Sentence))
            {
                tally?.Add(group.Index, CueOutcome.Masked);
                continue;
            }

            if (group.TimeScoped && (group.ClauseTimeScoped ? past.Clause : past.Sentence)[match.First])
            {
                tally?.Add(group.Index, CueOutcome.Past);
                continue;
            }

            if (group.Negatable && (negated ??= _scope.IsNegated(tokens, match)))
            {
                tally?.Add(group.Index, CueOutcome.Negated);
                continue;
            }

            if (group.Hedgeable && _scope.IsHedged(tokens, match))
            {
                tally?.Add(group.Index, CueOutcome.Negated);
                continue;
            }

            if (group.PatientOnly && _scope.OwnerOf(tokens, match, group.AttributionWindow, speakers) != Speaker.Patient)
            {
                tally?.Add(group.Index, CueOutcome.OtherPerson);
                continue;
            }

            if (group.NotRelatives && !ViewOwner.OwnedInside(tokens, match, lexicon.Words)
                && (_scope.OwnerOf(tokens, match, group.AttributionWindow, speakers) == Speaker.Other || ViewOwner.SharedWithOther(tokens, match, lexicon.Words)))
            {
                tally?.Add(group.Index, CueOutcome.OtherPerson);
                continue;
            }

            if (group.MeetingBlockers is { } meeting && context.AnyInNote(meeting) && !ViewOwner.NamesPatient(tokens, match, lexicon.Words))
            {
                tally?.Add(group.Index, CueOutcome.OtherPerson);
                continue;
            }

            if (group.NotOthers && !_scope.PatientOrPair(tokens, match, group, speakers, lexicon.Words))
            {
                tally?.Add(group.Index, CueOutcome.OtherPerson);
                continue;
            }

            if (group.NotClinicians && _scope.WritersOwn(tokens, match, group.AttributionWindow))
            {
                tally?.Add(group.Index, CueOutcome.OtherPerson);
                continue;
            }

            tally?.Add(group.Index, CueOutcome.Kept);
            features.Add(group.FeatureId, tokens.Text, tokens[match.First].Start, tokens[match.End - 1].End);
        }
    }
}
