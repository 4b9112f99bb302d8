namespace PainCare.Reflection.Text;

/// <summary>
/// Transcripts, chat exports and portal threads give each turn its own line under a role label
/// ("[14:05] Patient: …", "Client: …"). The words after a patient's label are their own direct speech, as much as a
/// quotation is. A form field ("Patient: Mrs J Smith", "Pt: 54F") has the same shape, so a line counts only when the
/// speaker talks in the first person.
/// </summary>
internal static class SpeakerLine
{
    private const int LongestLabel = 20;

    private static readonly HashSet<string> _patientRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "patient", "pt", "client", "student", "resident", "caller", "participant", "claimant", "consumer", "pupil",
        "service user", "young person", "yp",
    };

    private static readonly string[] _firstPerson = ["i", "i'm", "im", "i've", "i'll", "i'd", "my", "me", "myself"];

    /// <summary>True when the colon at <paramref name="colon"/> closes a patient's role label opening its line.</summary>
    public static bool OpensPatientTurn(string text, int colon)
    {
        var labelEnd = colon;
        var labelStart = labelEnd;
        while (labelStart > 0 && (char.IsLetter(text[labelStart - 1]) || text[labelStart - 1] == ' ') && colon - labelStart < LongestLabel)
        {
            labelStart--;
        }

        var label = text.AsSpan(labelStart, labelEnd - labelStart).Trim();
        if (label.Length == 0 || !_patientRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label.ToString()))
        {
            return false;
        }

        return StartsLine(text, labelStart) && SpeaksInFirstPerson(text, colon + 1);
    }

    /// <summary>Only a line break, a time stamp ("[14:05]", "09:14") or spaces may stand before the label.</summary>
    private static bool StartsLine(string text, int labelStart)
    {
        for (var j = labelStart - 1; j >= 0; j--)
        {
            var c = text[j];
            if (c == '\n')
            {
                return true;
            }

            if (!(char.IsDigit(c) || char.IsWhiteSpace(c) || c is ':' or '.' or '[' or ']' or '(' or ')' or 'a' or 'p' or 'm' or 'A' or 'P' or 'M'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpeaksInFirstPerson(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        var line = text.AsSpan(from, (end < 0 ? text.Length : end) - from);
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’'))
            {
                i++;
            }

            var word = line[start..i].ToString().Replace('’', '\'');
            if (_firstPerson.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
