using System.Collections.Frozen;

namespace PainCare.Reflection.Matching;

internal enum PhraseTokenKind
{
    /// <summary>Matches any inflection sharing the stem.</summary>
    Stem,

    /// <summary>Written <c>=word</c>: matches that lower-case form only ("=plan" is not "planning").</summary>
    Exact,

    /// <summary>Written with capitals ("DNA"): matches that exact surface form only.</summary>
    CaseSensitive,

    /// <summary>Written <c>{pron}</c>: one possessive or object pronoun ("held {pron} breath").</summary>
    Pronoun,

    /// <summary>Written <c>*</c>: skips up to <see cref="PhraseTrie.MaxGap"/> words inside the sentence.</summary>
    Gap,
}

internal readonly record struct PhraseToken(PhraseTokenKind Kind, string Value);

/// <summary>What a group's phrases do: most are cues; the time groups only scope other cues.</summary>
internal enum GroupRole
{
    Cue,

    /// <summary>Marks an earlier time ("last week", "used to", "in week one").</summary>
    Past,

    /// <summary>An earlier time only when the text sets it against the present ("at first …; today …").</summary>
    PastIfContrasted,

    /// <summary>Brings the narrative back to the session or the present ("today", "this time", "still").</summary>
    Present,

    /// <summary>An earlier session ("last time", "at the first appointment"): also scopes clause-scoped groups.</summary>
    PastSession,

    /// <summary>"She had been guarded": past unless it is reported speech shifted back ("she said she had been …").</summary>
    PastPerfect,

    /// <summary>Never a feature: tells a cue group named with it whether its sentence or clause has the context it needs.</summary>
    Context,
}

/// <summary>
/// A group of cue phrases. <paramref name="AttributionWindow"/>: how far back a clinician "I" still claims the cue.
/// A <paramref name="Mask"/> group is never a feature: its phrases are look-alikes ("the car broke down") that hide
/// any cue they overlap. A <paramref name="TimeScoped"/> group describes the present state, so a cue inside a clause
/// set in an earlier time ("in the first fortnight he kept his eyes down") does not fire; time groups carry a
/// <paramref name="Role"/> other than <see cref="GroupRole.Cue"/> and are never features either.
/// <paramref name="ClauseTimeScoped"/>: only a past marker inside the cue's own clause sets it in the past.
/// <paramref name="Requires"/>: index of a context group that must occur in the cue's sentence ("we were both" for
/// shared laughter); <paramref name="RequiresReach"/>: how many sentences before may hold that context instead (a plan in
/// one sentence, "she agreed" in the next); <paramref name="BlockedBy"/>: indexes of context groups any of which cancels the cue within its clause
/// (a medicine as the cause of feeling spaced out); <paramref name="Feature"/>: the feature recorded (default: the id);
/// <paramref name="Quoted"/>: the feature recorded instead when the match lies in the patient's own quoted words (a
/// treatment named by the patient is their view of it); <paramref name="SentenceBlockers"/>: groups (cue or context)
/// whose match anywhere in the cue's sentence cancels it (eyes fixed on the wall while dissociating is not withdrawal);
/// <paramref name="NotClinicians"/>: the cue may be the patient's or their people's, but not the writer's own ("my own
/// father's stroke"); <paramref name="NotOthers"/>: the cue may be the patient's or the pair's ("we disagreed"), but
/// not a relative's, a colleague's or the writer's alone ("her husband argued with the GP", "I disagreed with the
/// surgeon"); <paramref name="NotRelatives"/>: the cue may be the patient's or the writer's, but not a relative's or a
/// colleague's ("her husband chose the pool", "agreed with the MDT"); <paramref name="CareOwns"/>: with NotOthers, a doctor, nurse, clinic or insurer named as the cue's subject
/// still counts, because the cue tells how the patient was treated ("the GP fobbed him off"); <paramref name="Hedgeable"/>:
/// a hedge just before the cue ("a bit anxious", "mildly frustrated") makes it too mild to count;
/// <paramref name="MeetingBlockers"/>: context groups whose match anywhere in the note (a case conference, "patient not
/// present") makes a view with no patient of its own as subject the meeting's ("Agreed: phased return").
/// </summary>
internal sealed record LexiconGroup(
    int Index,
    string Id,
    bool PatientOnly,
    bool Negatable,
    int AttributionWindow,
    int PhraseCount,
    bool Mask = false,
    bool TimeScoped = false,
    GroupRole Role = GroupRole.Cue,
    bool ClauseTimeScoped = false,
    int Requires = -1,
    int RequiresReach = 0,
    IReadOnlyList<int>? BlockedBy = null,
    string? Feature = null,
    string? Quoted = null,
    IReadOnlyList<int>? SentenceBlockers = null,
    bool NotClinicians = false,
    bool NotOthers = false,
    bool NotRelatives = false,
    bool CareOwns = false,
    bool Hedgeable = false,
    IReadOnlyList<int>? MeetingBlockers = null)
{
    /// <summary>The feature a kept match records.</summary>
    public string FeatureId => Feature ?? Id;

    /// <summary>True when the group's matches are recorded as features.</summary>
    public bool IsCue => !Mask && Role == GroupRole.Cue;
}

/// <summary>Function-word lists used by negation, attribution, quotation and language handling.</summary>
internal sealed record WordLists(
    FrozenSet<string> Negators,
    IReadOnlyList<string> NegatorSuffixes,
    FrozenSet<string> PostNegators,
    FrozenSet<string> ClinicianMarkers,
    FrozenSet<string> PatientMarkers,
    FrozenSet<string> OtherMarkers,
    FrozenSet<string> Prepositions,
    FrozenSet<string> Causatives,
    FrozenSet<string> ExperiencerVerbs,
    FrozenSet<string> ObservationVerbs,
    FrozenSet<string> SpeechVerbs,
    FrozenSet<string> Pronouns,
    FrozenSet<string> ClauseBreakers,
    FrozenSet<string> Coordinators,
    FrozenSet<string> Subjects,
    FrozenSet<string> English,
    FrozenSet<string> Foreign,
    FrozenSet<string> FemaleOthers,
    FrozenSet<string> MaleOthers,
    FrozenSet<string> PluralOthers,
    FrozenSet<string> Hedges)
{
    public bool IsNegator(ReadOnlySpan<char> lower)
    {
        if (Negators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
        {
            return true;
        }

        foreach (var suffix in NegatorSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool In(FrozenSet<string> set, ReadOnlySpan<char> lower) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
}

internal sealed record Lexicon(IReadOnlyList<LexiconGroup> Groups, PhraseTrie Trie, WordLists Words)
{
    /// <summary>By group index: true when some group names it in <see cref="LexiconGroup.SentenceBlockers"/>.</summary>
    public bool[] SentenceBlockerGroups { get; } = BlockerFlags(Groups);

    public LexiconGroup? Find(string id) => Groups.FirstOrDefault(g => g.Id == id);

    private static bool[] BlockerFlags(IReadOnlyList<LexiconGroup> groups)
    {
        var flags = new bool[groups.Count];
        foreach (var group in groups)
        {
            foreach (var blocker in group.SentenceBlockers ?? [])
            {
                flags[blocker] = true;
            }
        }

        return flags;
    }
}
