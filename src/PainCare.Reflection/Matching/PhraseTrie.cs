using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>A phrase matched at tokens [First, End) for the given lexicon groups.</summary>
internal readonly record struct PhraseMatch(int First, int End, List<int> Groups);

/// <summary>
/// Every lexicon phrase in one trie keyed by token. Matching costs a few dictionary look-ups per token,
/// independent of lexicon size, which keeps the whole pass linear in the narrative's length.
/// </summary>
internal sealed class PhraseTrie
{
    public const int MaxGap = 3;

    private readonly Node _root = new();

    public void Add(IReadOnlyList<PhraseToken> phrase, int group)
    {
        var node = _root;
        foreach (var token in phrase)
        {
            node = token.Kind switch
            {
                PhraseTokenKind.Stem => Child(node.Stems ??= new(StringComparer.Ordinal), token.Value),
                PhraseTokenKind.Exact => Child(node.Exact ??= new(StringComparer.Ordinal), token.Value),
                PhraseTokenKind.CaseSensitive => Child(node.Cased ??= new(StringComparer.Ordinal), token.Value),
                PhraseTokenKind.Pronoun => node.Pronoun ??= new Node(),
                _ => node.Gap ??= new Node(),
            };
        }

        if (!node.Groups.Contains(group))
        {
            node.Groups.Add(group);
        }
    }

    public void MatchAt(TokenStream tokens, int start, WordLists words, List<PhraseMatch> output) =>
        Step(_root, tokens, start, start, words, output);

    private static Node Child(Dictionary<string, Node> edges, string key)
    {
        if (!edges.TryGetValue(key, out var child))
        {
            child = new Node();
            edges[key] = child;
        }

        return child;
    }

    private static void Visit(Node node, TokenStream tokens, int start, int position, WordLists words, List<PhraseMatch> output)
    {
        if (node.Groups.Count > 0)
        {
            output.Add(new PhraseMatch(start, position, node.Groups));
        }

        Step(node, tokens, start, position, words, output);
    }

    private static void Step(Node node, TokenStream tokens, int start, int position, WordLists words, List<PhraseMatch> output)
    {
        if (position >= tokens.Count || tokens[position].Sentence != tokens[start].Sentence)
        {
            return;
        }

        if (node.Stems is not null && node.Stems.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Stem(position), out var stem))
        {
            Visit(stem, tokens, start, position + 1, words, output);
        }

        if (node.Exact is not null && node.Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Lower(position), out var exact))
        {
            Visit(exact, tokens, start, position + 1, words, output);
        }

        if (node.Cased is not null && node.Cased.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Surface(position), out var cased))
        {
            Visit(cased, tokens, start, position + 1, words, output);
        }

        if (node.Pronoun is not null && WordLists.In(words.Pronouns, tokens.Lower(position)))
        {
            Visit(node.Pronoun, tokens, start, position + 1, words, output);
        }

        if (node.Gap is not null && position > start)
        {
            for (var skip = 0; skip <= MaxGap && position + skip < tokens.Count; skip++)
            {
                Step(node.Gap, tokens, start, position + skip, words, output);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Stems { get; set; }

        public Dictionary<string, Node>? Exact { get; set; }

        public Dictionary<string, Node>? Cased { get; set; }

        public Node? Pronoun { get; set; }

        public Node? Gap { get; set; }

        public List<int> Groups { get; } = [];
    }
}
