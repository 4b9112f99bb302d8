using System.Buffers;

namespace PainCare.Reflection.Text;

/// <summary>The narrative tokenised once: every later step reads these arrays, never the raw text again.
/// The arrays are rented; dispose the stream when the analysis is done.</summary>
internal sealed class TokenStream(string text, Token[] tokens, int count, char[] chars, IReadOnlyList<QuoteSpan> quotes) : IDisposable
{
    public string Text => text;

    public int Count => count;

    public IReadOnlyList<QuoteSpan> Quotes => quotes;

    public ref readonly Token this[int index] => ref tokens[index];

    public ReadOnlySpan<char> Surface(int index) => text.AsSpan(tokens[index].Start, tokens[index].Length);

    public ReadOnlySpan<char> Lower(int index) => chars.AsSpan(tokens[index].LowerAt, tokens[index].Length);

    public ReadOnlySpan<char> Stem(int index) => chars.AsSpan(tokens[index].StemAt, tokens[index].StemLength);

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(tokens);
        ArrayPool<char>.Shared.Return(chars);
    }
}
