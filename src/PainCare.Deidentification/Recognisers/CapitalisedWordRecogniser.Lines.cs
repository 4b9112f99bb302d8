using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Where a line's shape decides: a title-case heading, and a lone name signing a message.</summary>
internal sealed partial class CapitalisedWordRecogniser
{
    /// <summary>
    /// Title-case headings ("Listening and Empathy", "Patient's Story:") capitalise ordinary words, so the catch-all skips
    /// them. A heading is a short line, or the part of a line before a colon, whose words are nearly all capitalised.
    /// </summary>
    private static bool IsHeadingStart(ScanContext context, int index, out int end)
    {
        end = -1;
        var text = context.Text;
        var start = context.Tokens[index].Start;
        var back = start - 1;
        while (back >= 0 && text[back] != '\n' && start - back <= 6)
        {
            back--;
        }

        if (back >= 0 && text[back] != '\n')
        {
            return false;
        }

        var lineStart = back + 1;
        if (!ListMarker().IsMatch(text.AsSpan(lineStart, start - lineStart)))
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', start);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var colon = text.IndexOf(':', start, lineEnd - start);
        var segmentEnd = colon >= 0 ? colon : lineEnd;
        if (segmentEnd - start > 80 || (colon < 0 && text.AsSpan(start, segmentEnd - start).TrimEnd().EndsWith(".")))
        {
            return false;
        }

        int capitalised = 0, lower = 0;
        for (var k = index; k < context.Tokens.Count && context.Tokens[k].Start < segmentEnd; k++)
        {
            var t = context.Tokens[k];
            if (t.IsCapitalised)
            {
                capitalised++;
            }
            else if (!_minorWords.Contains(t.Key))
            {
                lower++;
            }
        }

        if (capitalised < 2 || lower > 0)
        {
            return false;
        }

        end = segmentEnd;
        return true;
    }

    [GeneratedRegex(@"^\s*(?:[-•*–]|\(?[a-z0-9]{1,2}[.)])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    /// <summary>"…ring the desk. Ysolde" closing a message: a lone name after a sentence, ending its line, signs it.</summary>
    private static bool IsSignOff(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        var after = context.Text.AsSpan(token.End).TrimStart(" ,!x");
        var before = context.Text.AsSpan(0, token.Start).TrimEnd(' ');
        return (after.IsEmpty || after[0] is '\n' or '\r') && i > 0 && before.Length > 0 && before[^1] is '.' or '!' or '?'
            && (UnknownWords.IsUnknown(context, i) || Gazetteer.IsGivenName(token.Key) && !Gazetteer.NameWords.Contains(token.Key));
    }
}
