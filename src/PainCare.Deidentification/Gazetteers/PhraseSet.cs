using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Gazetteers;

/// <summary>Multi-word entries indexed by their first word's key, matched against tokens in one step per token.</summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var keys = Tokenizer.Tokenize(phrase).Select(t => t.Key).ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            if (!_byFirst.TryGetValue(keys[0], out var list))
            {
                list = [];
                _byFirst[keys[0]] = list;
            }

            list.Add(keys);
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>Number of tokens of the longest entry starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (!_byFirst.TryGetValue(tokens[index].Key, out var list))
        {
            return 0;
        }

        foreach (var phrase in list)
        {
            if (index + phrase.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++)
            {
                var previous = tokens[index + k - 1];
                var current = tokens[index + k];
                ok = current.Key == phrase[k] && IsJoin(text, previous.End, current.Start);
            }

            if (ok)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the set holds <paramref name="key"/> as an entry of its own.</summary>
    /// <summary>Whether any entry opens with the word <paramref name="key"/>.</summary>
    public bool StartsWith(string key) => _byFirst.ContainsKey(key);

    public bool ContainsWord(string key) => _byFirst.TryGetValue(key, out var list) && list.Exists(p => p.Length == 1);

    private static bool IsJoin(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
