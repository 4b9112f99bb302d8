using System.Buffers;

namespace PainCare.Reflection.Text;

/// <summary>Mutable builder behind <see cref="Tokenizer"/>; boundaries are counters, compared only for equality.</summary>
internal sealed class TokenizerState(string text)
{
    private readonly List<QuoteSpan> _quotes = [];
    // Pooled: a 2,000-word note needs arrays near the large-object threshold; renting keeps GC pauses out of p95.
    private Token[] _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(32, text.Length * 2));
    private int _count;
    private int _charCount;
    private int _clause;
    private int _sentence;
    private int _paragraph;
    private int _quote = -1;
    private bool _singleQuote;
    private int _quoteFirstToken;
    private int _quoteStart;

    public void AddWord(int start, int end)
    {
        var length = end - start;
        EnsureCapacity(length);
        var lowerAt = _charCount;
        var lower = _chars.AsSpan(lowerAt, length);
        for (var k = 0; k < length; k++)
        {
            var c = text[start + k];
            lower[k] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        var stemAt = lowerAt + length;
        var stemLength = Stemmer.Stem(lower, _chars.AsSpan(stemAt, length));
        _charCount = stemAt + stemLength;
        _tokens[_count++] = new Token(start, end, lowerAt, stemAt, stemLength, _clause, _sentence, _paragraph, _quote);
    }

    public void Clause() => _clause++;

    public void Sentence()
    {
        _clause++;
        _sentence++;
    }

    public void Paragraph()
    {
        // Quotations never run across a line break: an unbalanced quote must not swallow the note.
        CloseQuote(-1, _singleQuote);
        Sentence();
        _paragraph++;
    }

    public void ToggleDoubleQuote(int at)
    {
        if (_quote >= 0 && !_singleQuote)
        {
            CloseQuote(at, single: false);
        }
        else
        {
            OpenQuote(at, single: false);
        }
    }

    public void OpenQuote(int at, bool single)
    {
        if (_quote >= 0)
        {
            return;
        }

        _clause++;
        _quote = _quotes.Count;
        _singleQuote = single;
        _quoteFirstToken = _count;
        _quoteStart = at;
    }

    public void CloseQuote(int at, bool single)
    {
        if (_quote < 0 || single != _singleQuote)
        {
            return;
        }

        var end = at >= 0 ? at + 1 : (_count > 0 ? _tokens[_count - 1].End : _quoteStart + 1);
        if (_count > _quoteFirstToken)
        {
            _quotes.Add(new QuoteSpan(_quote, _quoteFirstToken, _count, _quoteStart, end));
        }

        _quote = -1;
        _clause++;
    }

    public TokenStream Build()
    {
        CloseQuote(-1, _singleQuote);
        return new TokenStream(text, _tokens, _count, _chars, _quotes);
    }

    private void EnsureCapacity(int length)
    {
        if (_count == _tokens.Length)
        {
            _tokens = Grow(_tokens, _tokens.Length * 2, _count);
        }

        if (_charCount + (2 * length) > _chars.Length)
        {
            _chars = Grow(_chars, Math.Max(_chars.Length * 2, _charCount + (2 * length)), _charCount);
        }
    }

    private static T[] Grow<T>(T[] old, int size, int used)
    {
        var grown = ArrayPool<T>.Shared.Rent(size);
        old.AsSpan(0, used).CopyTo(grown);
        ArrayPool<T>.Shared.Return(old);
        return grown;
    }
}
