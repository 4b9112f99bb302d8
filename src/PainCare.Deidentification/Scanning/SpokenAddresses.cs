using System.Text.RegularExpressions;

namespace PainCare.Deidentification.Scanning;

/// <summary>
/// E-mail addresses and handles said aloud ("j smith at example dot co dot uk", "at bendy underscore sue"), and the
/// punctuation dictation software types as words ("comma", "full stop", "new paragraph").
/// </summary>
internal static partial class SpokenAddresses
{
    public static IEnumerable<SpokenForms.Edit> Find(string text)
    {
        foreach (Match m in Email().Matches(text))
        {
            yield return Rewrite(m, m.Groups["local"], m.Groups["domain"], m.Groups["tld"]);
        }

        foreach (Match m in Handle().Matches(text))
        {
            yield return Rewrite(m, null, m.Groups["handle"], null);
        }

        foreach (Match m in SpokenPunctuation().Matches(text))
        {
            var mark = m.Groups["w"].Value.ToLowerInvariant() switch { "comma" => ",", "new paragraph" or "new line" => "\n", _ => "." };
            yield return new SpokenForms.Edit(m.Index, m.Index + m.Length, mark, [(m.Index, m.Index + m.Length)]);
        }
    }

    private static SpokenForms.Edit Rewrite(Match m, Group? local, Group domain, Group? tld)
    {
        var value = new System.Text.StringBuilder();
        var sources = new List<(int, int)>();
        if (local is not null)
        {
            Append(local, value, sources);
        }

        // The "@" stands for the word "at" between the two parts.
        value.Append('@');
        sources.Add((local is null ? m.Index : local.Index + local.Length, domain.Index));
        Append(domain, value, sources);
        if (tld is not null)
        {
            Append(tld, value, sources);
        }

        return new SpokenForms.Edit(m.Index, m.Index + m.Length, value.ToString(), [.. sources]);
    }

    /// <summary>Words run together; "dot" and "underscore" become the marks they name; figures said as words become figures.</summary>
    private static void Append(Group group, System.Text.StringBuilder value, List<(int, int)> sources)
    {
        foreach (Match word in Word().Matches(group.Value))
        {
            var span = (group.Index + word.Index, group.Index + word.Index + word.Length);
            var written = word.Value.ToLowerInvariant() switch
            {
                "dot" => ".",
                "underscore" => "_",
                var w when SpokenNumbers.IsDigit(w, out var d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                var w => w,
            };
            value.Append(written);
            sources.AddRange(Enumerable.Repeat(span, written.Length));
        }
    }

    // The local part: a word, an initial before it, and any "dot"/"underscore" parts and figures after it.
    private const string Local = @"(?<local>(?:\b[a-z]\s)?[a-z][a-z0-9]*(?:\s(?:dot|underscore)\s[a-z0-9]+|\s(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)*)";

    [GeneratedRegex(Local + @"\sat\s(?<domain>[a-z][a-z0-9]*(?:\s[a-z][a-z0-9]*)?)(?<tld>(?:\sdot\s(?:com|org|net|co|uk|ie|au|nz|ca|us|gov|nhs|edu|ac|info|io|me|pl|de|fr|es|it|nl|za|sg|in))+)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A handle needs an underscore: "at ana dot reyes" is the start of an e-mail address.
    [GeneratedRegex(@"\bat\s(?<handle>[a-z][a-z0-9]*(?:\s(?:underscore|dot)\s[a-z0-9]+)*\sunderscore\s[a-z0-9]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    // "colon" and "period" are left alone: both are also words of the body and of time.
    [GeneratedRegex(@" ?\b(?<w>comma|full stop|new paragraph|new line)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenPunctuation();

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex Word();
}
