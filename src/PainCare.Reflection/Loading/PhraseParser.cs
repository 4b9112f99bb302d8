using PainCare.Reflection.Matching;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Loading;

/// <summary>Turns one lexicon phrase ("held {pron} breath", "=plan", "DNA", "not sure * help") into trie tokens.</summary>
internal static class PhraseParser
{
    public static IReadOnlyList<PhraseToken> Parse(DataFile data, JsonTree phrase)
    {
        if (phrase.Kind != System.Text.Json.JsonValueKind.String || string.IsNullOrWhiteSpace(phrase.Text))
        {
            throw data.Error(phrase, "a phrase must be a non-empty string");
        }

        var tokens = new List<PhraseToken>();
        foreach (var piece in phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "*")
            {
                tokens.Add(new PhraseToken(PhraseTokenKind.Gap, piece));
            }
            else if (piece.StartsWith('{'))
            {
                tokens.Add(piece == "{pron}" ? new PhraseToken(PhraseTokenKind.Pronoun, piece) : throw data.Error(phrase, $"unknown slot '{piece}' in \"{phrase.Text}\""));
            }
            else
            {
                AddWords(data, phrase, piece, tokens);
            }
        }

        if (tokens.Count == 0 || tokens[0].Kind == PhraseTokenKind.Gap || tokens[^1].Kind == PhraseTokenKind.Gap)
        {
            throw data.Error(phrase, $"\"{phrase.Text}\" must start and end with a word");
        }

        if (tokens.Count == 1 && tokens[0].Value.Length < LexiconLoader.MinimumWordLength && tokens[0].Kind != PhraseTokenKind.CaseSensitive)
        {
            throw data.Error(phrase, $"\"{phrase.Text}\" is shorter than {LexiconLoader.MinimumWordLength} letters");
        }

        return tokens;
    }

    private static void AddWords(DataFile data, JsonTree phrase, string piece, List<PhraseToken> tokens)
    {
        var exact = piece.StartsWith('=');
        var text = exact ? piece[1..] : piece;
        if (text.Length == 0 || text.Any(c => !char.IsLetterOrDigit(c) && c is not '-' and not '\''))
        {
            throw data.Error(phrase, $"invalid word '{piece}' in \"{phrase.Text}\"");
        }

        foreach (var word in text.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsUpper))
            {
                tokens.Add(new PhraseToken(PhraseTokenKind.CaseSensitive, word));
                continue;
            }

            if (exact)
            {
                tokens.Add(new PhraseToken(PhraseTokenKind.Exact, word));
                continue;
            }

            var buffer = new char[word.Length];
            var length = Stemmer.Stem(word, buffer);
            tokens.Add(new PhraseToken(PhraseTokenKind.Stem, new string(buffer, 0, length)));
        }
    }
}
