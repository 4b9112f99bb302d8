using System.Globalization;
using System.Text;

namespace PainCare.Deidentification.Scanning;

/// <summary>Removes diacritics one character for one character, so folded offsets stay input offsets ("Muñoz" matches "Munoz").</summary>
internal static class TextFold
{
    private static readonly char[] _table = BuildTable();

    public static char Fold(char c) => c < _table.Length ? _table[c] : c;

    public static string Fold(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c >= 0x80 && c < _table.Length && _table[c] != c)
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    public static string Key(string word) => Fold(word).ToLowerInvariant();

    private static char[] BuildTable()
    {
        var table = new char[0x2020];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (i < 0x250 && decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
            {
                table[i] = decomposed[0];
            }
        }

        table['ł'] = 'l';
        table['Ł'] = 'L';
        table['ø'] = 'o';
        table['Ø'] = 'O';
        table['’'] = '\'';
        return table;
    }
}
