using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Known;

/// <summary>
/// A record's entry as a person's name, when it is one: notes on the entry ("Tom Morgan (husband)", "NOK: Sarah Lee",
/// "Dr Helen Park", "Tom Morgan, son") and a surname written first ("MORGAN, Tom") are read as the name alone, so a
/// relation or a title never becomes a name to replace wherever it is written.
/// </summary>
internal static partial class KnownEntry
{
    private static readonly HashSet<string> _roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "husband", "wife", "partner", "spouse", "son", "daughter", "mother", "father", "mum", "mom", "dad", "brother", "sister", "sibling",
        "grandmother", "grandfather", "grandma", "grandpa", "nan", "nana", "nanna", "gran", "granny", "grandad", "grandson", "granddaughter",
        "grandchild", "aunt", "aunty", "auntie", "uncle", "niece", "nephew", "cousin", "friend", "carer", "caregiver", "neighbour", "guardian",
        "fiance", "fiancé", "fiancée", "stepson", "stepdaughter", "stepmother", "stepfather", "child", "kin", "next", "of", "nok", "contact",
        "emergency", "gp", "relative", "relation", "boyfriend", "girlfriend", "parent", "in-law", "mother-in-law", "father-in-law",
        "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "whānau", "whanau", "flatmate", "housemate", "employer",
    };

    private static readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "revd",
    };

    /// <summary>The name an entry holds, or the entry as it stands when it is not a name (an address, a date).</summary>
    public static string Name(string entry)
    {
        var text = Notes().Replace(entry, " ");
        if (Label().Match(text) is { Success: true } label)
        {
            text = text[(label.Index + label.Length)..];
        }

        if (text.Any(char.IsDigit))
        {
            return entry;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            // "Tom Morgan, husband" names Tom Morgan; "MORGAN, Tom" names him surname first. Anything else is an address.
            if (IsRoles(parts[1]) || IsRoles(parts[0]))
            {
                text = IsRoles(parts[1]) ? parts[0] : parts[1];
            }
            else if (IsSurnameFirst(parts[0], parts[1]))
            {
                text = $"{parts[1]} {parts[0]}";
            }
            else
            {
                return entry;
            }
        }
        else if (parts.Length != 1)
        {
            return entry;
        }

        var words = Words(text);
        // A relation is stripped only in lower case ("husband Tom Morgan"): "Nana Akua Mensah" and "Sonny Gran" are names.
        while (words.Count > 1 && (IsRole(words[0]) || _titles.Contains(words[0].TrimEnd('.'))))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && IsRole(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? entry : string.Join(' ', words);
    }

    private static List<string> Words(string text) =>
        [.. text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('–', '—', ';')).Where(w => w.Length > 0 && w != "-")];

    private static bool IsSurnameFirst(string surname, string given) =>
        Words(surname) is [var single] && Words(given) is { Count: >= 1 and <= 2 } names
        && (single.All(c => !char.IsLetter(c) || char.IsUpper(c)) || Gazetteer.IsGivenName(TextFold.Key(names[0])) && !Gazetteer.Places.ContainsWord(TextFold.Key(single)));

    private static bool IsRole(string word) => _roles.Contains(word) && !char.IsUpper(word[0]) || word is "NOK" or "GP";

    private static bool IsRoles(string part) => Words(part) is { Count: > 0 } words && words.All(IsRole);

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Notes();

    // "NOK:", "Next of kin -", "Emergency contact:" before the name.
    [GeneratedRegex(@"^\s*[\p{L} ]{1,30}?:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
