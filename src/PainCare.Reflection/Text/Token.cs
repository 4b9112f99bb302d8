namespace PainCare.Reflection.Text;

/// <summary>One word of the narrative. Offsets point into the text and into the stream's normalised character buffer.</summary>
internal readonly record struct Token(
    int Start,
    int End,
    int LowerAt,
    int StemAt,
    int StemLength,
    int Clause,
    int Sentence,
    int Paragraph,
    int Quote)
{
    public int Length => End - Start;
}

/// <summary>A quotation in the narrative: tokens [FirstToken, EndToken).</summary>
internal sealed record QuoteSpan(int Index, int FirstToken, int EndToken, int Start, int End);
