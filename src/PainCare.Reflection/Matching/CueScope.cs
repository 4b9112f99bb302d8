using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Negation and attribution of one cue, both scoped by the clause and its subject rather than a fixed count of words:
/// "no guarding" and "if she becomes tearful" do not fire; "she made me feel anxious" is the clinician's affect and
/// "her husband was furious" is someone else's.
/// </summary>
internal sealed partial class CueScope(WordLists words)
{
    /// <summary>Bounds the look-back so one endless clause cannot make the pass quadratic.</summary>
    private const int MaxClauseReach = 10;

    private const int PostNegationWindow = 2;

    /// <summary>"A bit anxious", "a little bit low": a hedge sits within two words of the feeling it softens.</summary>
    private const int HedgeReach = 2;

    /// <summary>A clinician named this close before a cue is its subject: "I jumped", "I was anxious".</summary>
    private const int DirectReach = 3;

    /// <summary>How close "me" must sit to a cue to claim it: "made me anxious", "left me feeling drained", "shaky myself".</summary>
    private const int ObjectReach = 2;

    /// <summary>"The physio was anxious", "physio felt rushed": the verb a role noun owns a feeling through.</summary>
    private const int RoleVerbReach = 2;

    public bool IsNegated(TokenStream tokens, PhraseMatch match)
    {
        var clause = tokens[match.First].Clause;
        for (var j = match.First - 1; j >= 0 && j >= match.First - MaxClauseReach && tokens[j].Clause == clause; j--)
        {
            var lower = tokens.Lower(j);
            if (WordLists.In(words.ClauseBreakers, lower) || WordLists.In(words.Coordinators, lower) || NamesSomeoneElse(tokens, j)
                || IsEventAnchor(lower))
            {
                break;
            }

            if (words.IsNegator(lower))
            {
                return true;
            }
        }

        var last = tokens[match.End - 1].Clause;
        for (var j = match.End; j < tokens.Count && j < match.End + PostNegationWindow && (tokens[j].Clause == last || FieldValue(tokens, match.End, j)); j++)
        {
            if (WordLists.In(words.PostNegators, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Has not driven since the collision", "never felt safe following the assault": an event named as the time of
    /// something else is taken as having happened, so a negator before the anchor does not reach it.
    /// </summary>
    private static bool IsEventAnchor(ReadOnlySpan<char> lower) => lower is "after" or "since" or "following";

    /// <summary>
    /// "Not eating his brother moved away in May", "didn't tell her husband she was terrified": a relative named between a
    /// negator and the cue opens another statement (unpunctuated dictation runs them together), so the negation stops
    /// there. "Family history" is a heading, not a person.
    /// </summary>
    private bool NamesSomeoneElse(TokenStream tokens, int j) =>
        WordLists.In(words.OtherMarkers, tokens.Lower(j))
        && !(j + 1 < tokens.Count && tokens.Lower(j + 1) is "history" or "hx");

    /// <summary>
    /// "A bit anxious", "slightly fed up", "mildly frustrated": a hedge in the two words before the cue. A feeling
    /// given a number straight after it ("anxiety 3/10") is a rating, not a feeling shown in the session.
    /// </summary>
    public bool IsHedged(TokenStream tokens, PhraseMatch match)
    {
        if (match.End < tokens.Count && tokens[match.End].Clause == tokens[match.End - 1].Clause && char.IsAsciiDigit(tokens.Lower(match.End)[0]))
        {
            return true;
        }

        for (var j = match.First - 1; j >= 0 && j >= match.First - HedgeReach && tokens[j].Clause == tokens[match.First].Clause; j--)
        {
            if (WordLists.In(words.Hedges, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest person named before the cue in its sentence decides whose experience it is, except that
    /// "I noticed/palpated …" reports what the clinician observed in the patient, and a "she" or "he" opening the
    /// sentence may continue the previous sentence's relative (<see cref="PronounChain"/>). Unmarked notes ("Flinched on
    /// palpation.") are about the patient.
    /// </summary>
    public Speaker OwnerOf(TokenStream tokens, PhraseMatch match, int window, Speaker[] quoteSpeakers)
    {
        var first = tokens[match.First];
        if (first.Quote >= 0)
        {
            return quoteSpeakers[first.Quote];
        }

        // "My voice wavered": a cue that opens with the writer's own possessive is the clinician's.
        if (ClaimedAfter(tokens, match) || tokens.Lower(match.First) is "my")
        {
            return Speaker.Clinician;
        }

        if (ActorBeforeFor(tokens, match))
        {
            return Speaker.Other;
        }

        if (InGlossOfQuote(tokens, match, quoteSpeakers) is { } glossed)
        {
            return glossed;
        }

        for (var j = FirstSubjectCandidate(tokens, match); j >= 0 && j >= match.First - window && tokens[j].Sentence == first.Sentence; j--)
        {
            if (tokens[j].Quote >= 0)
            {
                continue;
            }

            if (ObjectPossessive(tokens, j) || ObjectOfRelativeClause(tokens, j) || ObjectOfContact(tokens, j) || ObjectWithRestrictiveRelative(tokens, j)
                || ObjectPronounOfPreposition(tokens, j) || ObjectBeforeSharedSubject(tokens, j, match.First))
            {
                continue;
            }

            if (tokens.Lower(j) is "me")
            {
                if (j >= match.First - ObjectReach && j > 0 && WordLists.In(words.Causatives, tokens.Lower(j - 1)))
                {
                    return Speaker.Clinician;
                }

                continue;
            }

            switch (PersonWords.Classify(tokens, words, j))
            {
                case Speaker.Clinician when ClinicianOwns(tokens, j, match.First):
                    return Speaker.Clinician;
                case Speaker.Clinician when tokens.Lower(j) is "my" && ClinicianSubjectBefore(tokens, j):
                    // "I felt my shoulders rise, rattled by the delay": the clinician's own body, named after their "I" with
                    // nobody else in between, makes the clause the clinician's.
                    return Speaker.Clinician;
                case Speaker.Clinician:
                    return Speaker.Patient;
                case Speaker.Patient when PronounChain.ContinuesOther(tokens, words, j) || PronounChain.ReportedByOther(tokens, words, j)
                    || PronounChain.PluralOfGroup(tokens, words, j):
                    return Speaker.Other;
                case { } speaker:
                    return speaker;
                default:
                    break;
            }
        }

        return Speaker.Patient;
    }

    /// <summary>
    /// "I flinched" and "I felt unsettled myself" are the clinician's; "I noticed guarding" and "as I lifted the
    /// leg there was guarding" report the patient. Beyond the next few words the clinician keeps the cue only through an
    /// experiencer verb ("felt", "was", "got") that is not existential ("there was").
    /// </summary>
    private bool ClinicianOwns(TokenStream tokens, int person, int cue)
    {
        if (person + 1 < cue && WordLists.In(words.ObservationVerbs, tokens.Lower(person + 1)))
        {
            return false;
        }

        if (cue - person <= DirectReach)
        {
            return true;
        }

        // A role noun ("physio", "therapist") owns a feeling only through a verb right after it: in an unpunctuated
        // dictation opening "ED physio dictation … was angry" the role heads the note, it is not the subject.
        var reach = IsRoleNoun(tokens, person) ? Math.Min(cue, person + RoleVerbReach + 1) : cue;
        for (var j = person + 1; j < reach; j++)
        {
            if (WordLists.In(words.ExperiencerVerbs, tokens.Lower(j)) && !(j > 0 && tokens.Lower(j - 1) is "there"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Her father is anxious for her and wept", "his brother, cross with him, swore": the patient named as the
    /// object of a preposition is not the subject of what follows, so the subject is further back. "Her" counts only
    /// where it stands alone, not as a possessive ("about her knee").
    /// </summary>
    private bool ObjectPronounOfPreposition(TokenStream tokens, int index)
    {
        if (index < 1 || tokens[index - 1].Clause != tokens[index].Clause || !WordLists.In(words.Prepositions, tokens.Lower(index - 1)))
        {
            return false;
        }

        var lower = tokens.Lower(index);
        if (lower is "him" or "them")
        {
            return true;
        }

        return lower is "her"
            && (index + 1 >= tokens.Count || tokens[index + 1].Clause != tokens[index].Clause
                || WordLists.In(words.Coordinators, tokens.Lower(index + 1)) || WordLists.In(words.ClauseBreakers, tokens.Lower(index + 1)));
    }

    /// <summary>
    /// "His brother visited him and wept at the bedside", "his son drove him in and seemed
    /// anxious": the patient as the object of one verb is not the subject of a second verb joined to it by "and" or "then"
    /// with no subject of its own; the subject of the first verb is, further back. "Her" counts only where no noun follows
    /// it (not "her knee"), and a verb that lets its object act ("made him", "saw her") keeps the object as the owner.
    /// </summary>
    private bool ObjectBeforeSharedSubject(TokenStream tokens, int index, int cue)
    {
        var lower = tokens.Lower(index);
        if (lower is not ("him" or "them" or "her") || index == 0 || tokens[index - 1].Sentence != tokens[index].Sentence)
        {
            return false;
        }

        var before = tokens.Lower(index - 1);
        if (WordLists.In(words.Causatives, before) || WordLists.In(words.Prepositions, before) || WordLists.In(words.ObservationVerbs, before)
            || WordLists.In(words.ExperiencerVerbs, before) || before is "let" or "helped" or "help" or "watched" or "heard" or "kept" or "caught")
        {
            return false;
        }

        if (lower is "her" && index + 1 < cue && tokens[index + 1].Clause == tokens[index].Clause
            && !(WordLists.In(words.Prepositions, tokens.Lower(index + 1)) || WordLists.In(words.Coordinators, tokens.Lower(index + 1))
                || tokens.Lower(index + 1) is "the" or "a" or "an" or "that" or "again" or "back" or "in" or "up" or "down" or "off" or "out"))
        {
            return false;
        }

        for (var k = index + 1; k < cue; k++)
        {
            if (tokens.Lower(k) is "and" or "then")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How long an English gloss of a quoted phrase may run: "'Nakakatakot' (it frightens me)".</summary>
    private const int GlossReach = 12;

    /// <summary>
    /// "'Dw i wedi blino' — I am worn out — she said", "'Thaka hua hoon' (I am so tired)": a translation set off by dashes or
    /// brackets straight after a quotation in another language carries the same speaker's words, so its "I" is theirs, not
    /// the writer's. The gloss must be closed again by a dash or bracket, or end the sentence; null when the cue is not
    /// inside one.
    /// </summary>
    private Speaker? InGlossOfQuote(TokenStream tokens, PhraseMatch match, Speaker[] quoteSpeakers)
    {
        var sentence = tokens[match.First].Sentence;
        for (var k = match.First - 1; k >= 0 && k >= match.First - GlossReach && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Quote < 0)
            {
                continue;
            }

            var opening = tokens.Text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
            if (!OpensGloss(opening) || !NotEnglish(tokens, tokens[k].Quote) || ClosesGloss(tokens.Text.AsSpan(tokens[k + 1].Start, tokens[match.First].Start - tokens[k + 1].Start)))
            {
                return null;
            }

            var after = match.End;
            while (after < tokens.Count && tokens[after].Sentence == sentence && after < match.End + GlossReach)
            {
                after++;
            }

            var cueEnd = tokens[match.End - 1].End;
            var closes = after < tokens.Count && tokens[after].Sentence == sentence
                ? ClosesGloss(tokens.Text.AsSpan(cueEnd, tokens[after].Start - cueEnd))
                : true;
            return closes ? quoteSpeakers[tokens[k].Quote] : null;
        }

        return null;
    }

    /// <summary>A quotation with no common English word in it is in another language and may need a gloss.</summary>
    private bool NotEnglish(TokenStream tokens, int quote)
    {
        var span = tokens.Quotes[quote];
        for (var t = span.FirstToken; t < span.EndToken; t++)
        {
            if (WordLists.In(words.English, tokens.Lower(t)) || tokens.Lower(t) is "i" or "you" or "me" or "it" or "a")
            {
                return false;
            }
        }

        return span.EndToken > span.FirstToken;
    }

    private static bool OpensGloss(ReadOnlySpan<char> between) =>
        between.IndexOfAny('—', '–', '(') >= 0 || between.IndexOf(" - ", StringComparison.Ordinal) >= 0;

    private static bool ClosesGloss(ReadOnlySpan<char> text) =>
        text.IndexOfAny('—', '–', ')') >= 0 || text.IndexOf(" - ", StringComparison.Ordinal) >= 0 || text.IndexOf(" -\n", StringComparison.Ordinal) >= 0;

    /// <summary>How far before a "my" the clinician's "I" may stand to own the clause: "I could feel my".</summary>
    private const int PossessorReach = 3;

    /// <summary>An "I" shortly before <paramref name="my"/> in its clause, with nobody else named between them.</summary>
    private bool ClinicianSubjectBefore(TokenStream tokens, int my)
    {
        for (var j = my - 1; j >= 0 && j >= my - PossessorReach && tokens[j].Clause == tokens[my].Clause; j--)
        {
            var lower = tokens.Lower(j);
            if (lower is "i" or "i'm" or "i'd" or "i've")
            {
                return true;
            }

            if (PersonWords.Classify(tokens, words, j) is not null)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRoleNoun(TokenStream tokens, int person) =>
        tokens.Lower(person) is "therapist" or "clinician" or "physiotherapist" or "physio";

    /// <summary>
    /// "He patted my shoulder and nodded": a "my" straight after a verb or preposition names the clinician's hand or arm
    /// as an object, so the subject is further back. After a conjunction, a clause start or "felt"/"noticed" it opens the
    /// clinician's own clause ("and my knees went weak", "I noticed my own jaw tighten").
    /// </summary>
    private bool ObjectPossessive(TokenStream tokens, int index)
    {
        if (tokens.Lower(index) is not "my" || index == 0 || tokens[index - 1].Clause != tokens[index].Clause || tokens[index - 1].Quote >= 0)
        {
            return false;
        }

        var before = tokens.Lower(index - 1);
        return !(WordLists.In(words.Coordinators, before) || WordLists.In(words.ClauseBreakers, before)
            || WordLists.In(words.ObservationVerbs, before) || WordLists.In(words.ExperiencerVerbs, before)
            || WordLists.In(words.SpeechVerbs, before) || WordLists.In(words.Subjects, before)
            || before is "when" or "as" or "because" or "if" or "that" or "whether");
    }

    /// <summary>
    /// "His wife, who had driven him in, became tearful": the patient as the object inside a relative clause is not the
    /// subject of the cue after it; the person the clause describes is.
    /// </summary>
    private static bool ObjectOfRelativeClause(TokenStream tokens, int index)
    {
        if (tokens.Lower(index) is not ("him" or "her" or "them"))
        {
            return false;
        }

        for (var k = index - 1; k >= 0 && k >= index - 3 && tokens[k].Sentence == tokens[index].Sentence; k--)
        {
            if (tokens.Lower(k) is "who")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the cue belongs to the writer's own people or past: "my own father's stroke", "our neighbour's crash",
    /// "my accident". Only the nearest person before the cue in its sentence is asked.
    /// </summary>
    public bool WritersOwn(TokenStream tokens, PhraseMatch match, int window)
    {
        var first = tokens[match.First];
        if (first.Quote >= 0)
        {
            return false;
        }

        for (var j = match.First - 1; j >= 0 && j >= match.First - window && tokens[j].Sentence == first.Sentence; j--)
        {
            if (tokens[j].Quote >= 0)
            {
                continue;
            }

            if (RelativesPossessive(tokens, j))
            {
                return ClinicianPossessive(tokens, j);
            }

            switch (PersonWords.Classify(tokens, words, j))
            {
                case Speaker.Other:
                    return ClinicianPossessive(tokens, j);
                case Speaker.Clinician:
                    return j == match.First - 1 && tokens.Lower(j) is "my";
                case Speaker.Patient:
                    return false;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>"Sister's" in "my sister's overdose": whose adversity it is, though not the subject of any verb.</summary>
    private bool RelativesPossessive(TokenStream tokens, int index)
    {
        var lower = tokens.Lower(index);
        return lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal) && WordLists.In(words.OtherMarkers, lower[..^2]);
    }

    /// <summary>"My own father", "our neighbour": the writer's relative or friend stands on the clinician's side.</summary>
    private static bool ClinicianPossessive(TokenStream tokens, int person)
    {
        var before = person - 1;
        if (before > 0 && tokens.Lower(before) is "own")
        {
            before--;
        }

        return before >= 0 && tokens[before].Clause == tokens[person].Clause && tokens.Lower(before) is "my" or "our";
    }

    /// <summary>"It frightened me", "a bit shaky myself": the clinician named right after the cue owns it.</summary>
    private bool ClaimedAfter(TokenStream tokens, PhraseMatch match)
    {
        var sentence = tokens[match.First].Sentence;
        for (var j = match.End; j < tokens.Count && j < match.End + ObjectReach && tokens[j].Sentence == sentence && tokens[j].Quote < 0; j++)
        {
            // "Shouted at me", "cried on me": the clinician there is the one the feeling was aimed at, not its owner.
            if (tokens.Lower(j) is "myself" || (tokens.Lower(j) is "me" && !WordLists.In(words.Prepositions, tokens.Lower(j - 1))))
            {
                return true;
            }
        }

        return false;
    }
}
