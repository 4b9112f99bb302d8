using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;

namespace PainCare.Deidentification.Scanning;

/// <summary>Everything the recognisers share about one text: its tokens, its folded copy and the record's known identifiers.</summary>
internal sealed class ScanContext
{
    public ScanContext(string text, KnownIdentifiers known)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Known = known;
        Protected = new bool[Tokens.Count];
        Countries = new bool[Tokens.Count];
        TextWords = new HashSet<string>(Tokens.Select(t => t.Key), StringComparer.Ordinal);
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public KnownIdentifiers Known { get; }

    /// <summary>Codes said one figure or letter at a time in a transcript (see <see cref="SpokenForms"/>).</summary>
    public IReadOnlyList<(int Start, int End)> SpokenCodes { get; init; } = [];

    /// <summary>Tokens inside clinical allow-list spans, which guesses must leave alone.</summary>
    public bool[] Protected { get; }

    /// <summary>Tokens of country names: kept on their own, but inside a longer name ("Mary Seacole Memorial") they go with it.</summary>
    public bool[] Countries { get; }

    /// <summary>Every word key in the text, so surrogates never reuse one.</summary>
    public HashSet<string> TextWords { get; }

    /// <summary>Whether numeric dates read month first (US style).</summary>
    public bool MonthFirst { get; set; }

    public Token? TokenAt(int index) => index >= 0 && index < Tokens.Count ? Tokens[index] : null;

    /// <summary>The characters between two tokens (or from the text start).</summary>
    public ReadOnlySpan<char> Gap(int leftIndex, int rightIndex)
    {
        var from = leftIndex < 0 ? 0 : Tokens[leftIndex].End;
        var to = rightIndex >= Tokens.Count ? Text.Length : Tokens[rightIndex].Start;
        return from <= to ? Text.AsSpan(from, to - from) : [];
    }

    public bool IsSpaceGap(int leftIndex, int rightIndex)
    {
        var gap = Gap(leftIndex, rightIndex);
        return gap.Length is > 0 and <= 2 && gap.Trim().IsEmpty && !gap.ContainsAny('\n', '\r');
    }

    public bool IsCommon(Token token) => Gazetteer.CommonCapitalised.Contains(token.Base);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenIndexFrom(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
