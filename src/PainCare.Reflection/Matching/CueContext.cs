using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Where the context groups of the lexicon matched, by sentence and by clause: a cue that needs a context ("both of
/// us" for shared laughter) or is cancelled by one (a medicine named as the cause of feeling spaced out) asks here.
/// Cue groups that another group names as a sentence blocker are tracked too.
/// </summary>
internal sealed class CueContext
{
    private readonly List<(int Group, int Sentence, int Clause)> _found = [];

    public CueContext(TokenStream tokens, List<PhraseMatch> matches, Lexicon lexicon)
    {
        var blockers = lexicon.SentenceBlockerGroups;
        foreach (var match in matches)
        {
            for (var g = 0; g < match.Groups.Count; g++)
            {
                var group = lexicon.Groups[match.Groups[g]];
                if (group.Role == GroupRole.Context || blockers[group.Index])
                {
                    _found.Add((group.Index, tokens[match.First].Sentence, tokens[match.First].Clause));
                }
            }
        }
    }

    public bool InSentence(int group, int sentence)
    {
        foreach (var found in _found)
        {
            if (found.Group == group && found.Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    public bool NearSentence(int group, int sentence, int reach)
    {
        foreach (var found in _found)
        {
            if (found.Group == group && found.Sentence <= sentence && found.Sentence >= sentence - reach)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyInSentence(IReadOnlyList<int> groups, int sentence)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (InSentence(groups[g], sentence))
            {
                return true;
            }
        }

        return false;
    }

    public bool InClause(int group, int clause)
    {
        foreach (var found in _found)
        {
            if (found.Group == group && found.Clause == clause)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyInClause(IReadOnlyList<int> groups, int clause)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (InClause(groups[g], clause))
            {
                return true;
            }
        }

        return false;
    }
}
