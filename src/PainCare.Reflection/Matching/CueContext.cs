using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Where the context groups of the lexicon matched, by sentence and by clause: a cue that needs a context ("both of
/// us" for shared laughter) or is cancelled by one (a medicine named as the cause of feeling spaced out) asks here.
/// Cue groups that another group names as a sentence blocker are tracked too.
/// </summary>
internal sealed class CueContext
{
    // Sets, not a list: a long note holds thousands of context matches, and every cue asks about its own sentence.
    private readonly HashSet<(int Group, int Sentence)> _sentences = [];
    private readonly HashSet<(int Group, int Clause)> _clauses = [];
    private readonly HashSet<int> _note = [];

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
                    _sentences.Add((group.Index, tokens[match.First].Sentence));
                    _clauses.Add((group.Index, tokens[match.First].Clause));
                    _note.Add(group.Index);
                }
            }
        }
    }

    public bool InSentence(int group, int sentence) => _sentences.Contains((group, sentence));

    public bool NearSentence(int group, int sentence, int reach)
    {
        for (var s = sentence; s >= 0 && s >= sentence - reach; s--)
        {
            if (_sentences.Contains((group, s)))
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

    public bool AnyInNote(IReadOnlyList<int> groups)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            if (_note.Contains(groups[g]))
            {
                return true;
            }
        }

        return false;
    }

    public bool InClause(int group, int clause) => _clauses.Contains((group, clause));

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
