using System.Text;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Recognisers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Surrogates;

/// <summary>Writes the de-identified text and the replacement list for the accepted spans.</summary>
internal sealed class SurrogateWriter(ScanContext context, DeidentificationOptions options)
{
    private readonly ScanContext _context = context;
    private readonly DeidentificationOptions _options = options;
    private readonly StableRandom _random = new(StableRandom.Hash(context.Text));
    private readonly PersonSurrogates _people = new(context, new StableRandom(StableRandom.Hash(options.PseudonymKey ?? context.Text)));
    private readonly PlaceSurrogates _places = new(context, new StableRandom(StableRandom.Hash(context.Text)));

    public DeidentificationResult Write(List<Candidate> accepted, List<ReviewItem> review)
    {
        var text = _context.Text;
        var shifter = ChooseShift(accepted);
        var output = new StringBuilder(text.Length + 64);
        var replacements = new List<Replacement>(accepted.Count);
        var cursor = 0;
        Candidate? previous = null;
        foreach (var candidate in accepted)
        {
            var original = text[candidate.Start..candidate.End];
            var surrogate = _options.Style == ReplacementStyle.Placeholder ? Placeholder(candidate) : Surrogate(candidate, original, shifter);
            if (previous is not null && SamePerson(previous, candidate) && text.AsSpan(cursor, candidate.Start - cursor) is " "
                && replacements[^1].Surrogate.Equals(surrogate, StringComparison.OrdinalIgnoreCase))
            {
                // "Kiri Te Rangi" is one surname for one person: one surrogate, not "Patterson Patterson".
                var last = replacements[^1];
                replacements[^1] = last with { End = candidate.End, Original = text[last.Start..candidate.End] };
                cursor = candidate.End;
                continue;
            }

            previous = candidate;
            output.Append(text, cursor, candidate.Start - cursor).Append(surrogate);
            cursor = candidate.End;
            replacements.Add(new Replacement(candidate.Start, candidate.End, candidate.Category, original, surrogate));
        }

        output.Append(text, cursor, text.Length - cursor);
        var kept = review.Where(r => !accepted.Any(a => a.Start <= r.Start && r.End <= a.End)).OrderBy(r => r.Start).ToList();
        return new DeidentificationResult(output.ToString(), replacements, kept);
    }

    private static bool SamePerson(Candidate a, Candidate b) =>
        a.Kind == CandidateKind.Name && b.Kind == CandidateKind.Name && a.Payload is NameRef x && b.Payload is NameRef y
        && (x.PersonKey == y.PersonKey || (x.KnownIndex is { } i && i == y.KnownIndex));

    private string Surrogate(Candidate candidate, string original, DateShifter shifter) => candidate.Kind switch
    {
        CandidateKind.Name => Name(candidate, original),
        CandidateKind.Initials => Initials(original),
        CandidateKind.Date when candidate.Payload is DateValue { Form: DateForm.Season } season => CaseShape.LikeOpening(original, shifter.Render(season)),
        CandidateKind.Date => CaseShape.Like(original, shifter.Render((DateValue)candidate.Payload!)),
        CandidateKind.Age => CaseShape.LikeOpening(original, AgeBands.Render((AgeValue)candidate.Payload!, original)),
        CandidateKind.Address when candidate.Payload is WithinPlace within => PlaceSurrogates.WithinPlace(original, within.CodeStart, _random),
        CandidateKind.Address => _places.Address(original),
        CandidateKind.Facility => _places.Facility(original, candidate.Payload as string ?? string.Empty),
        CandidateKind.Location => CaseShape.Like(original, _places.Town(original)),
        CandidateKind.RegionCode => _places.RegionCode(original),
        CandidateKind.Postcode => ShapeScrambler.Scramble(original, _random, original),
        CandidateKind.Email => Email(),
        CandidateKind.Contact => Contact(original),
        CandidateKind.Organisation => _places.Organisation(original, Following(candidate.End)),
        _ => ShapeScrambler.Scramble(original, _random, original),
    };

    private string Following(int end) => _context.Text.Substring(end, Math.Min(24, _context.Text.Length - end));

    private string Name(Candidate candidate, string original)
    {
        var name = candidate.Payload as NameRef ?? NameRules.Ref(TextFold.Key(original), NameRole.Unknown);
        var mentionKey = TextFold.Key(original);
        var surrogate = _people.For(name, mentionKey);
        if (name is { KnownIndex: { } index, Role: NameRole.Given } && _context.Known.People[index].GivenKey is { Length: > 0 } formal
            && mentionKey != formal && mentionKey.Length < formal.Length && Gazetteer.Variants(formal).Contains(mentionKey))
        {
            surrogate = _people.ShortForm(name, mentionKey, surrogate);
        }

        return CaseShape.Like(original, surrogate);
    }

    private string Initials(string original)
    {
        var chars = original.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiLetterUpper(chars[i]))
            {
                chars[i] = _people.Letter(chars[i]);
            }
        }

        return new string(chars);
    }

    private string Email()
    {
        var given = _people.For(new NameRef("email:given", NameRole.Given), "email");
        var surname = _people.For(new NameRef("email:surname", NameRole.Surname), "email");
        return $"{given.ToLowerInvariant()}.{surname.ToLowerInvariant()}@example.org";
    }

    private string Contact(string original)
    {
        if (SpokenDigits.IsSpoken(original))
        {
            return SpokenDigits.Rewrite(original, _random);
        }

        if (original.StartsWith('@'))
        {
            return "@" + ShapeScrambler.Scramble(original[1..], _random, original).ToLowerInvariant();
        }

        if (original.Contains("://", StringComparison.Ordinal) || original.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return "https://example.org/";
        }

        if (original.IndexOf('/') is > 0 and var slash && original.AsSpan(0, slash).Contains('.'))
        {
            return "example.org/profile";
        }

        if (original.LastIndexOf('.') is > 0 and var dot && original[(dot + 1)..].ToLowerInvariant() is "com" or "org" or "net" or "uk" or "au" or "nz" or "ca" or "ie" or "health" or "clinic")
        {
            return "example.org";
        }

        return ShapeScrambler.Scramble(original, _random, original, keepLeading: 2);
    }

    private string Placeholder(Candidate candidate) => candidate.Kind switch
    {
        CandidateKind.Name when candidate.Payload is NameRef { KnownIndex: 0 } => "[PATIENT]",
        CandidateKind.Name or CandidateKind.Initials => "[NAME]",
        CandidateKind.Age => AgeBands.Render((AgeValue)candidate.Payload!),
        CandidateKind.Date => "[DATE]",
        _ => $"[{candidate.Category.ToUpperInvariant()}]",
    };

    /// <summary>The text's own shift, nudged until no shifted date spells a number that was removed elsewhere (an age, a postcode).</summary>
    private DateShifter ChooseShift(List<Candidate> accepted)
    {
        var baseShift = _options.DateShiftDays ?? 35 + _random.Next("date-shift", 290);
        var dates = accepted.Where(c => c.Kind == CandidateKind.Date).Select(c => (DateValue)c.Payload!).ToList();
        if (_options.DateShiftDays is not null || dates.Count == 0)
        {
            return new DateShifter(baseShift);
        }

        var forbidden = accepted.Where(c => c.Kind != CandidateKind.Date)
            .SelectMany(c => Tokens(_context.Text[c.Start..c.End])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var originalDates = accepted.Where(c => c.Kind == CandidateKind.Date).Select(c => _context.Text[c.Start..c.End]).ToList();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            // A shifted date must not re-spell another original ("1 March" shifted onto "15 April" already in the text).
            var shifter = new DateShifter(baseShift + attempt);
            var rendered = dates.Select(shifter.Render).ToList();
            if (!rendered.SelectMany(Tokens).Any(forbidden.Contains) && !rendered.Any(r => originalDates.Any(o => ContainsWord(r, o))))
            {
                return new DateShifter(baseShift + attempt);
            }
        }

        return new DateShifter(baseShift);
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Tokens(string value) =>
        value.Split([' ', ',', '.', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
