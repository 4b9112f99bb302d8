namespace PainCare.Reflection.Text;

/// <summary>
/// One linear pass over the text: words (letters/digits, inner apostrophes), clause, sentence and paragraph
/// boundaries, and quotations. Hyphens split words so "breath-holding" matches "breath holding".
/// </summary>
internal static class Tokenizer
{
    public static TokenStream Tokenize(string text)
    {
        var state = new TokenizerState(text);
        var dictated = Dictation.IsDictated(text);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i);
                if (dictated && SpokenMark(state, text, i, end, out var commandEnd))
                {
                    i = commandEnd;
                    continue;
                }

                if (Dictation.IsFiller(text, i, end, dictated))
                {
                    i = end;
                    continue;
                }

                state.AddWord(i, end);
                i = end;
                continue;
            }

            Punctuation(state, text, i);
            i++;
        }

        return state.Build();
    }

    /// <summary>Applies a spoken punctuation command in a dictated note; false when the word is an ordinary word.</summary>
    private static bool SpokenMark(TokenizerState state, string text, int start, int end, out int commandEnd)
    {
        switch (Dictation.CommandAt(text, start, end, out commandEnd))
        {
            case Dictation.Mark.Clause:
                state.Clause();
                return true;
            case Dictation.Mark.Sentence:
                state.Sentence();
                return true;
            case Dictation.Mark.Paragraph:
                state.Paragraph();
                return true;
            case Dictation.Mark.OpenQuote:
                state.OpenQuote(start, single: false);
                return true;
            case Dictation.Mark.CloseQuote:
                state.CloseQuote(commandEnd - 1, single: false);
                return true;
            default:
                commandEnd = end;
                return false;
        }
    }

    private static int WordEnd(string text, int start)
    {
        var j = start + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                j++;
            }
            else if (IsApostrophe(c) && j + 1 < text.Length && char.IsLetter(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static void Punctuation(TokenizerState state, string text, int i)
    {
        var c = text[i];
        var previous = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        switch (c)
        {
            case '\n':
                state.Paragraph();
                break;
            case '.' when char.IsDigit(previous) && char.IsDigit(next):
                break;
            case '.' when Abbreviation.EndsAt(text, i):
                break;
            case '.' or '!' or '?':
                state.Sentence();
                break;
            case ':' when SpeakerLine.OpensPatientTurn(text, i):
                state.OpenQuote(i, single: false);
                break;
            case ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' or '•':
                state.Clause();
                break;
            case '-' when char.IsWhiteSpace(previous) || char.IsWhiteSpace(next):
                state.Clause();
                break;
            case '"':
                state.ToggleDoubleQuote(i);
                break;
            case '“':
                state.OpenQuote(i, single: false);
                break;
            case '”':
                state.CloseQuote(i, single: false);
                break;
            case '‘' or '\'' when !char.IsLetterOrDigit(previous) && char.IsLetter(next):
                state.OpenQuote(i, single: true);
                break;
            case '’' or '\'' when char.IsLetter(previous) || char.IsPunctuation(previous):
                if (!char.IsLetter(next))
                {
                    state.CloseQuote(i, single: true);
                }

                break;
            default:
                break;
        }
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '’';
}
