using PainCare.Deidentification.Gazetteers;

namespace PainCare.Deidentification.Scanning;

/// <summary>Runs of words restored together: institution names, given name and surname, names after a title or field label.</summary>
internal static partial class CaseRestorer
{
    // Words that never open an institution's name, so a backward walk from "Hospital" stops at them.
    private static readonly HashSet<string> _nameStops = new(StringComparer.Ordinal)
    {
        "at", "to", "from", "with", "in", "on", "of", "for", "by", "and", "or", "the", "a", "an", "his", "her", "their", "our", "my", "this",
        "that", "good", "poor", "general", "mental", "physical", "public", "private", "local", "own", "same", "back", "day", "after", "before",
    };

    /// <summary>
    /// "AT KAWAKAWA HOSPITAL", "raglan health centre": up to three words before an institution's head word become its name,
    /// in capitals always (the case was lost), in lower-case text only when a word of it is in no vocabulary.
    /// </summary>
    private static void TitleInstitutionNames(string text, List<(int Start, int Length, Shape Shape)> words, bool lowerTyped)
    {
        for (var h = 1; h < words.Count; h++)
        {
            if (!Recognisers.FacilityRecogniser.IsHeadWord(KeyOf(text, words[h])))
            {
                continue;
            }

            var first = h;
            while (first > 0 && h - first < 3 && IsSpaceJoined(text, words[first - 1], words[first])
                && !_nameStops.Contains(KeyOf(text, words[first - 1])))
            {
                first--;
            }

            var anyUnknown = false;
            for (var k = first; k < h; k++)
            {
                anyUnknown |= words[k].Shape is Shape.Title;
            }

            if (first < h && (!lowerTyped || anyUnknown))
            {
                for (var k = first; k <= h; k++)
                {
                    words[k] = words[k] with { Shape = Shape.Title };
                }
            }
        }
    }

    /// <summary>"MARK TAUROA", "will fakatava": a listed given name that is also a word, straight before a surname being restored.</summary>
    private static void TitleGivenNamesBeforeSurnames(string text, List<(int Start, int Length, Shape Shape)> words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k].Shape is not Shape.Title && words[k + 1].Shape is Shape.Title && IsSpaceJoined(text, words[k], words[k + 1])
                && Gazetteer.IsGivenName(KeyOf(text, words[k])))
            {
                words[k] = words[k] with { Shape = Shape.Title };
            }
        }
    }

    /// <summary>
    /// In capitals, the words after a title ("DR KATE LONG") or opening a labelled field ("SIGNED: MARK HOPE, PHYSIO")
    /// are a name when one of them is in no vocabulary or after a title: up to three, stopping at a comma or bracket.
    /// </summary>
    private static void TitlePersonRuns(string text, List<(int Start, int Length, Shape Shape)> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var key = KeyOf(text, words[k]);
            var afterTitle = _titleWords.Contains(key) && key is not "st" and not "mt";
            var afterLabel = k > 0 && text.AsSpan(words[k - 1].Start + words[k - 1].Length, words[k].Start - words[k - 1].Start - words[k - 1].Length).Trim() is ":"
                && _personLabels.Contains(KeyOf(text, words[k - 1]));
            var first = afterTitle ? k + 1 : afterLabel ? k : -1;
            if (first < 0 || first >= words.Count)
            {
                continue;
            }

            var last = first;
            while (last + 1 < words.Count && last - first < 2 && IsSpaceJoined(text, words[last], words[last + 1])
                && !_nameStops.Contains(KeyOf(text, words[last + 1])))
            {
                last++;
            }

            var anyUnknown = false;
            for (var j = first; j <= last; j++)
            {
                anyUnknown |= words[j].Shape is Shape.Title;
            }

            // "SIGNED BY: HOPE MARSH": a listed given name, even an ordinary word, opens the name in a person's field.
            var givenFirst = Gazetteer.IsGivenName(KeyOf(text, words[first]));
            if (afterTitle || ((anyUnknown || givenFirst) && last > first))
            {
                for (var j = first; j <= last; j++)
                {
                    words[j] = words[j] with { Shape = Shape.Title };
                }
            }
        }
    }

    /// <summary>
    /// Without capitals, a title said or typed ("doctor", "mister", "mrs") opens a name: the one or two words after it
    /// that are a listed given name or in no vocabulary ("mrs ana lopes", "doctor okafor"); "doctor said" stays.
    /// </summary>
    private static void TitleNamesAfterTitles(string text, List<(int Start, int Length, Shape Shape)> words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (!_spokenTitles.Contains(KeyOf(text, words[k])))
            {
                continue;
            }

            for (var j = k + 1; j <= k + 2 && j < words.Count && IsSpaceJoined(text, words[j - 1], words[j])
                && (words[j].Shape is Shape.Title || Gazetteer.IsGivenName(KeyOf(text, words[j]))); j++)
            {
                words[j] = words[j] with { Shape = Shape.Title };
            }
        }
    }

    private static readonly HashSet<string> _spokenTitles = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "doctor", "mister", "missus", "professor", "prof",
    };

    // Labels of fields that hold a person ("NOK:", "SIGNED BY:"), as opposed to "PLAN:" or "DX:".
    private static readonly HashSet<string> _personLabels = new(StringComparer.Ordinal)
    {
        "name", "patient", "pt", "client", "nok", "kin", "gp", "by", "signed", "doctor", "dr", "physio", "physiotherapist", "therapist",
        "nurse", "contact", "worker", "claimant", "student", "referrer", "consultant", "surgeon", "carer", "interpreter", "manager",
        "supervisor", "author", "clinician", "resident", "employee", "member", "parent", "guardian", "cc", "attn", "to", "from",
    };

    private static string KeyOf(string text, (int Start, int Length, Shape Shape) word) => TextFold.Key(text.Substring(word.Start, word.Length));

    private static bool IsSpaceJoined(string text, (int Start, int Length, Shape Shape) left, (int Start, int Length, Shape Shape) right) =>
        right.Start == left.Start + left.Length + 1 && text[left.Start + left.Length] == ' ';
}
