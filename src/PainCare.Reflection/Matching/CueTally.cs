namespace PainCare.Reflection.Matching;

/// <summary>What became of one cue match: kept as evidence, or dropped and why.</summary>
public enum CueOutcome
{
    Kept,
    Masked,
    Past,
    Negated,
    OtherPerson,
}

/// <summary>
/// Counts of cue matches per lexicon group and outcome for one note: the structural evidence a scorer or a learned
/// layer can weigh. Holds no text.
/// </summary>
internal sealed class CueTally(int groups)
{
    private static readonly int _outcomes = Enum.GetValues<CueOutcome>().Length;

    private readonly int[] _counts = new int[groups * _outcomes];

    public void Add(int group, CueOutcome outcome) => _counts[(group * _outcomes) + (int)outcome]++;

    public void AddAll(Lexicon lexicon, PhraseMatch match, CueOutcome outcome)
    {
        for (var g = 0; g < match.Groups.Count; g++)
        {
            if (lexicon.Groups[match.Groups[g]].IsCue)
            {
                Add(match.Groups[g], outcome);
            }
        }
    }

    public int Count(int group, CueOutcome outcome) => _counts[(group * _outcomes) + (int)outcome];
}
