using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Exact ages: "61-year-old", "six-year-old", "aged 38", "aged thirty-eight", "is 40", "turns 41", "Name, 47, attended",
/// "Name (47)", "Name (47, she/her)", "47F", "47yo", "at the age of 47", "47 years of age", "her 47th birthday".
/// </summary>
internal sealed partial class AgeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        RecogniseEvents(context, candidates);
        RecogniseContinental(context, candidates);
        // Anchored on the literal "year"/"yr" so the scan is fast; the number is then read backwards.
        foreach (var m in YearOld().EnumerateMatches(text))
        {
            var from = Math.Max(0, m.Index - 18);
            if (NumberBefore().Match(text, from, m.Index - from) is { Success: true } number)
            {
                var value = text[number.Index..(m.Index + m.Length)];
                var adjective = value.Contains('-', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal)
                    || ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, number.Index - 4), Math.Min(4, number.Index)));
                Add(context, candidates, number.Index, value.Length, NumberWords.Parse(number.Groups["n"].Value), adjective);
            }
        }

        foreach (Match m in Aged().Matches(text))
        {
            Add(context, candidates, m.Index, m.Length, NumberWords.Parse(m.Groups["n"].Value), false);
        }

        foreach (Match m in AgeOf().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length, NumberWords.Parse(n.Value), false, bare: true);
        }

        // "Born 9 Oct 1971, so 54": the age worked out from a birth date just given.
        foreach (Match m in AgeFromBirth().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true);
        }

        foreach (Match m in AgeBesideBirth().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true);
        }

        foreach (Match m in Birthday().Matches(text))
        {
            // Only "47th" goes, so the band reads "her forty-something birthday".
            Add(context, candidates, m.Index, m.Groups["n"].Length + 2, int.Parse(m.Groups["n"].ValueSpan), false, bare: true);
        }

        foreach (Match m in Parenthesised().Matches(text))
        {
            var n = m.Groups["n"];
            // "DOB 4/7/1969 (56)": the bracket after a birth date holds the age it gives.
            var from = Math.Max(0, m.Index - 40);
            // "(17 now)": a count above any score, said to be true now, is how old someone has become.
            var now = m.Value.Contains(" now", StringComparison.Ordinal) && int.Parse(n.ValueSpan) > 10;
            if (now || SubjectIsPerson(context, m.Index) || BirthDateBefore().IsMatch(text.AsSpan(from, m.Index - from))
                || BandBefore().IsMatch(text.AsSpan(from, m.Index - from)))
            {
                // "(nearly 13)" goes whole, as "nearly a teenager" would not read.
                var from2 = m.Index + 1;
                Add(context, candidates, from2, n.Index + n.Length - from2, int.Parse(n.ValueSpan), false, bare: true);
            }
        }

        foreach (Match m in Stated().Matches(text))
        {
            // "turns 63 in spring" is an age whoever the subject is; "is 40" needs a person before it.
            var turns = m.Value.Contains("turn", StringComparison.Ordinal);
            // "Will be 50 on Friday": a number someone will be on a day is a birthday, with or without a subject.
            var birthday = m.Value.StartsWith("will be", StringComparison.OrdinalIgnoreCase)
                && BirthdayWhen().IsMatch(text.AsSpan(m.Index + m.Length));
            // "you're 62": the pattern allows "'re" only after "you", the person being spoken to.
            var addressed = m.Value.Length > 2 && m.Value[1..3] == "re";
            if (turns || birthday || addressed || SubjectIsPerson(context, m.Index))
            {
                // "nearly 35" goes whole: "nearly in her thirties" would not read.
                var n = m.Groups["n"];
                var years = NumberWords.Parse(n.Value);
                var from = m.Groups["q"].Success ? m.Groups["q"].Index : n.Index;
                // "turning forty" as "turning forty-something" would keep the words said; a round birthday is reached instead.
                if (turns && years % 10 == 0 && !m.Groups["q"].Success && RoundBirthday(text, m, n) is { } verb)
                {
                    candidates.Add(new Candidate(verb.Start, n.Index + n.Length, CandidateKind.Age, Categories.Age, Priorities.Pattern,
                        new AgeValue(years, false, Pronoun(text, n.Index), Reached: verb.Reached)));
                    continue;
                }

                Add(context, candidates, from, n.Index + n.Length + m.Groups["suf"].Length - from, years, false, turns);
            }
        }

        // "At 44, she had her first flare": a sentence-opening age before its subject; clock times read "at 4" or "at 4pm".
        foreach (Match m in AtAge().Matches(text))
        {
            var n = m.Groups["n"];
            if (NumberWords.Parse(n.Value) >= 13)
            {
                Add(context, candidates, n.Index, n.Length, NumberWords.Parse(n.Value), false, bare: true);
            }
        }

        foreach (Match m in Apposition().Matches(text))
        {
            var n = m.Groups["n"];
            // Straight after a bracket with no comma ("(DOB 2.3.1961) sixty-three,") only an adult age in words counts:
            // "(NRS) 7," is a score.
            var afterBracket = text[n.Index - 1] != ',' && text[n.Index - 2] == ')';
            if (afterBracket && (char.IsDigit(n.Value[0]) || NumberWords.Parse(n.Value) < 13))
            {
                continue;
            }

            if (SubjectIsPerson(context, m.Index))
            {
                var age = m.Groups["age"];
                Add(context, candidates, age.Index, age.Length, NumberWords.Parse(n.Value), false);
            }
        }

        // "soloist, 31, DOB ...", "Name, 42, of 3 Kirk St": a number set off just before a birth date or an address is an age.
        foreach (Match m in BeforeBirthDate().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length + m.Groups["u"].Length, NumberWords.Parse(n.Value), false, bare: m.Groups["u"].Success);
        }

        // "in his 40th year": the year of life being lived is one more than the age.
        foreach (Match m in YearOfLife().Matches(text))
        {
            var nth = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan) : NumberWords.ParseOrdinal(m.Groups["w"].Value);
            Add(context, candidates, m.Index, m.Length, nth - 1, false, pronoun: m.Groups["p"].Value.ToLowerInvariant());
        }

        // "celebrated her 80th last week": a birthday left unsaid after a possessive.
        foreach (Match m in UnsaidBirthday().Matches(text))
        {
            var n = m.Groups["n"];
            if (n.Success)
            {
                Add(context, candidates, n.Index, n.Length + 2, int.Parse(n.ValueSpan), false, bare: true);
            }
            else if (NumberWords.ParseOrdinal(m.Groups["w"].Value) is >= 13 and var nth)
            {
                Add(context, candidates, m.Groups["w"].Index, m.Groups["w"].Length, nth, false, bare: true);
            }
        }

        // "58 M, retired": the age and sex written apart in a note's opening.
        foreach (Match m in SpacedSex().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true, m.Groups["s"].Value == "M" ? "his" : "her");
        }

        // "ninety-one y/o": shorthand after an age in words.
        foreach (Match m in WordShorthand().Matches(text))
        {
            Add(context, candidates, m.Index, m.Length, NumberWords.Parse(m.Groups["n"].Value), false, bare: true);
        }

        foreach (Match m in Shorthand().Matches(text))
        {
            var attributive = ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)));
            // "72M", "47yof": the letter is the person's sex, surer than any pronoun nearby.
            var sex = m.Value[^1] is 'M' or 'm' ? "his" : m.Value[^1] is 'F' or 'f' ? "her" : null;
            // "34y female", "F/34": the band stands where a number stood, so it takes the bare form ("thirty-something").
            var bare = m.Value.EndsWith('y') || m.Index > 0 && text[m.Index - 1] == '/';
            Add(context, candidates, m.Index, m.Length, int.Parse(m.Groups["n"].ValueSpan), attributive, bare, sex);
        }
    }

    private static (int Start, string Reached)? RoundBirthday(string text, Match m, Group n)
    {
        var at = text.LastIndexOf("turn", n.Index, n.Index - m.Index + 1, StringComparison.Ordinal);
        if (at < 0 || m.Groups["suf"].Length > 0)
        {
            return null;
        }

        var word = text.AsSpan(at, n.Index - at).TrimEnd();
        string? reached = word switch { "turn" => "reach", "turns" => "reaches", "turned" => "reached", "turning" => "reaching", _ => null };
        return reached is null ? null : (at, reached);
    }

    /// <summary>
    /// Whether the words just before <paramref name="offset"/> name a person: a pronoun, or a capitalised word that is not an
    /// everyday word or acronym. A bracket or quotation before it is stepped over ("Name ("Tiny"), 71,").
    /// </summary>
    private static bool SubjectIsPerson(ScanContext context, int offset)
    {
        var text = context.Text;
        var at = offset;
        while (at > 0 && text[at - 1] is ' ' or ',')
        {
            at--;
        }

        // "Ana — Anastasia on the form — is 50": the subject stands before the aside.
        if (at > 0 && text[at - 1] is '—' or '–')
        {
            var opening = text.LastIndexOfAny(['—', '–'], at - 2, Math.Min(at - 1, 120));
            if (opening > 0)
            {
                at = opening;
                while (at > 0 && text[at - 1] == ' ')
                {
                    at--;
                }
            }
        }

        if (at > 0 && text[at - 1] == ')')
        {
            var open = text.LastIndexOf('(', at - 1, Math.Min(at, 60));
            if (open < 0)
            {
                return false;
            }

            at = open;
        }

        var index = context.TokenIndexFrom(at) - 1;
        var token = context.TokenAt(index);
        if (token is not { } t || at - t.End > 3)
        {
            return false;
        }

        var key = t.Key;
        return key is "she" or "he" or "they" or "who" or "i" or "you" || _people.Contains(key)
            || (t.IsCapitalised && !context.IsCommon(t) && (!IsAcronym(t.Base) || IsSurnameInCapitals(t.Base)) && !NameRules.IsCalendar(t) && !context.Protected[index])
            || NameRecogniser.IsSurnameInCapitalsAfter(context, index - 1);
    }

    private static readonly HashSet<string> _people = new(StringComparer.Ordinal)
    {
        "son", "daughter", "husband", "wife", "partner", "mother", "father", "mum", "mom", "dad", "brother", "sister", "child", "boy", "girl",
        "grandson", "granddaughter", "stepson", "stepdaughter", "nephew", "niece", "friend", "man", "woman", "patient", "baby", "twin", "twins",
        "client", "worker", "claimant", "employee", "student", "pupil", "resident", "participant", "member", "athlete", "player", "tenant",
        "gentleman", "lady", "pt", "grandmother", "grandfather", "grandma", "grandpa", "nan", "nana", "aunt", "uncle", "cousin", "veteran",
    };

    // "MARCHETTI (Bruna), 52,": a surname in capitals, as record headers write it, is longer than an acronym.
    private static bool IsSurnameInCapitals(string word) => word.Length >= 5 && word.All(char.IsLetter) && !ClinicalAbbreviations.Contains(word.ToLowerInvariant());

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static void Add(ScanContext context, List<Candidate> candidates, int start, int length, int years, bool adjective, bool bare = false, string? pronoun = null)
    {
        if (years is < 0 or > 125)
        {
            return;
        }

        candidates.Add(new Candidate(start, start + length, CandidateKind.Age, Categories.Age, Priorities.Pattern, new AgeValue(years, adjective, pronoun ?? Pronoun(context.Text, start), bare)));
    }

    /// <summary>The possessive pronoun for the band ("in her fifties"), from the nearest gendered word in the sentence.</summary>
    private static string Pronoun(string text, int at)
    {
        // A title just before the person ("Mrs Halloran, 81,") outranks a relative named later in the sentence.
        var titleFrom = Math.Max(0, at - 40);
        if (TitleBefore().Match(text, titleFrom, at - titleFrom) is { Success: true } title)
        {
            return title.Groups["f"].Success ? "her" : "his";
        }

        // The subject just before the age ("her husband is 70") outranks a pronoun after it ("drives her").
        if (SubjectBefore().Match(text, titleFrom, at - titleFrom) is { Success: true } subject)
        {
            return subject.Groups["f"].Success ? "her" : "his";
        }

        var from = Math.Max(0, at - 80);
        var to = Math.Min(text.Length, at + 400);
        var best = (Distance: int.MaxValue, Word: "their");
        foreach (var m in Gendered().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var word = text.Substring(from + m.Index, m.Length).ToLowerInvariant();
            var distance = Math.Abs(from + m.Index - at) + (from + m.Index < at ? 40 : 0);
            if (distance < best.Distance)
            {
                var female = word is "she" or "her" or "woman" or "girl" or "daughter" or "mother" or "wife" or "sister" or "granddaughter" or "mrs" or "ms" or "miss" or "mum" or "mom";
                best = (distance, female ? "her" : "his");
            }
        }

        return best.Word;
    }
}
