using System.Text.RegularExpressions;
using PainCare.Deidentification.Checksums;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// NHS and Medicare numbers (by checksum, so an unlabelled one is still caught), SSNs, numbers introduced by an
/// identifier label (MRN, claim reference, member ID), and record-number-shaped tokens.
/// </summary>
internal sealed partial class IdNumberRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        AddRegistrations(text, candidates);
        AddGrouped(text, candidates);
        foreach (var m in TenDigits().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (NhsNumber.IsValid(span) || MedicareNumber.IsValid(span))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern + 3));
            }
        }

        foreach (var m in Medicare().EnumerateMatches(text))
        {
            if (MedicareNumber.IsValid(text.AsSpan(m.Index, m.Length)))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern + 3));
            }
        }

        foreach (var m in Ssn().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern + 3));
        }

        // A Medicare card's issue number is one figure, too short for the labelled rule, but it belongs to the card number.
        AddGroups(candidates, MedicareIssueNumber().Matches(text), "value", Categories.Id, Priorities.Pattern + 2);

        foreach (Match m in Labelled().Matches(text))
        {
            var value = m.Groups["value"];
            var end = value.Index + value.Length;
            while (end > value.Index && text[end - 1] is '.' or ',' or '-' or '/')
            {
                end--;
            }

            if (Digits.Count(text.AsSpan(value.Index, end - value.Index)) + CountLetters(text.AsSpan(value.Index, end - value.Index)) < 4)
            {
                continue;
            }

            candidates.Add(new Candidate(value.Index, end, CandidateKind.Id, Categories.Id, Priorities.Pattern + 2));
        }

        // "room B14", "housing unit H2-C-07": a room or cell code with a letter and a figure finds the person within a facility.
        AddGroups(candidates, RoomCode().Matches(text), "code", Categories.Location, Priorities.Pattern + 1);

        // "Kowhai Lodge, room 7": a room set after the named place it is in finds the person there; a bare "Room 4" in a clinic stays.
        AddGroups(candidates, ResidenceRoom().Matches(text), "code", Categories.Location, Priorities.Pattern + 1);

        // "Medical aid Marrowby no 3391 2207 18": a number after a name and "no" is a member's or account number.
        AddGroups(candidates, NumberAfterName().Matches(text), "value", Categories.Id, Priorities.Pattern + 2);

        // "rego 1QX 7PZ", "plate 613 KRD": a plate's letter and figure groups after the word that names it.
        AddGroups(candidates, PlateAfterLabel().Matches(text), "value", Categories.Id, Priorities.Pattern + 2);

        // "shirt #14", "ticket #2081": a number after a hash names one player, ticket or item.
        foreach (Match m in HashNumber().Matches(text))
        {
            var value = m.Groups["value"];
            candidates.Add(new Candidate(m.Index, value.Index + value.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern));
        }

        // "KP21 WZM": a British plate (two letters, the age figures, three letters) is a plate without any label.
        foreach (var m in BritishPlate().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern + 2));
        }

        foreach (var m in BareNumber().EnumerateMatches(text))
        {
            var first = text.AsSpan(m.Index, m.Length).IndexOf(' ') is var space and > 0 ? space : m.Length;
            if (IsUnlabelledIdentifier(text, m.Index, first) && !AfterClinicalTerm(context, m.Index))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Heuristic));
            }
        }

        foreach (var m in RecordShaped().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            var digits = Digits.Count(span);
            var letters = CountLetters(span);
            if ((letters > 0 && digits >= 4) || (letters == 0 && digits >= 6 && !span.Contains('/')))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern - 5));
            }
        }
    }

    /// <summary>
    /// A four- or five-figure number with no unit, that is neither a year nor a 24-hour time, counts or measures
    /// nothing a note would record; it is a locker, booking, unit or member number, so it goes even without a label.
    /// </summary>
    private static bool IsUnlabelledIdentifier(string text, int start, int length)
    {
        var value = int.Parse(text.AsSpan(start, length), System.Globalization.CultureInfo.InvariantCulture);
        // "badge 1988", "fob no. 0715": a label says it is a number, whatever year or time it looks like.
        var from = Math.Max(0, start - 12);
        var labelled = NumberLabelBefore().IsMatch(text.AsSpan(from, start - from));
        if (length == 4 && !labelled && (value is >= 1000 and <= 2099 || (value / 100 <= 23 && value % 100 <= 59)))
        {
            return false;
        }

        var next = UnitAfter().Match(text, start + length);
        return !(next.Success && next.Index == start + length);
    }

    /// <summary>A figure straight after a listed medicine or device (its strength or model) is part of the term.</summary>
    private static bool AfterClinicalTerm(ScanContext context, int start)
    {
        var index = context.TokenIndexFrom(start) - 1;
        return index >= 0 && context.Protected[index] && context.Tokens[index].IsCapitalised && start - context.Tokens[index].End <= 1;
    }

    /// <summary>One id candidate per match, over the named group that holds the value after its label.</summary>
    private static void AddGroups(List<Candidate> candidates, MatchCollection matches, string group, string category, int priority)
    {
        foreach (Match m in matches)
        {
            var value = m.Groups[group];
            candidates.Add(new Candidate(value.Index, value.Index + value.Length, CandidateKind.Id, category, priority));
        }
    }

    private static int CountLetters(ReadOnlySpan<char> span)
    {
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiLetter(c))
            {
                n++;
            }
        }

        return n;
    }

    [GeneratedRegex(@"(?<![\w-])[1-9]\d{2} ?\d{3} ?\d{4}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex TenDigits();

    [GeneratedRegex(@"(?<![\w-])[2-6]\d{3}[ -]?\d{5}[ -]?\d(?:[ -]?\d)?(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Medicare();

    [GeneratedRegex(@"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Ssn();

    [GeneratedRegex(
        @"\b(?:NHS|CHI|MRN|URN|UR|IHI|NHI|DVA|NDIS|NINO|NI|PPSN?|OHIP|SIN|SSN|PHN|PHIN|RAMQ|MSP|HCN|AHCIP|MCP|MBI|HICN|IRD|TFN|CRN|EHR|EMR|HSE|GMS|Medicare|Medicaid|passport|chart|health\s+card|aadhaa?r|health\s+number|care\s?card|national\s+insurance|driver'?s\s+licen[cs]e|hosp(?:ital)?\.?|patient|member|policy|claim|account|acct|licen[cs]e|registration|rego|reg|plate|insurance|reference|ref|ext|extn|extension|pager|bleep|beeper|provider|booking|invoice|ticket|receipt|NPI|AHPRA|GMC|HCPC|IMC|ID|DNI|NIE|NIF|CPF|CURP|RFC|RUT|CUIL|CUIT|TRN|NIS|BSN|PESEL|CNP|NRIC|HKID|CIN)" +
        @"(?:\s+(?:ID|number|no\.?|num|#|ref(?:erence)?|card))*\s*[:#.]?\s*(?:(?:on\s+file\s+)?(?:is\s+|end(?:s|ing|ed)(?:\s+(?:in|with))?\s+))?" +
        @"(?<value>(?-i:(?:[A-Z]{1,5}[ ](?=(?:[A-Z]{1,5}[ ])?\d)){0,2}(?=[A-Z0-9/.-]*\d)[A-Z0-9](?:[A-Z0-9/-]|\.(?=\d))*(?:[ ]\d+(?![\w/-]))*))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\b(?i:room|rm|cell|housing\s+unit|bed\s+space|pod)\s+(?:no\.?\s*)?(?<code>(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){0,3})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex RoomCode();

    [GeneratedRegex(@"(?:\bno\.?|\bNo\.?|\bnumber|#)(?<=\b\p{Lu}\p{L}+[ ](?:no\.?|No\.?|number|#))[ ]?(?<value>\d(?:[ -]?\d){5,})(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAfterName();

    [GeneratedRegex(@"\b(?i:rego|registration|reg|registered|registered\s+as|plate|plates|licence\s+plate|license\s+plate|number\s+plate|tag)\.?\s*(?:no\.?\s*)?[:#]?\s*(?<value>(?=[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{2,4})?)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex PlateAfterLabel();

    [GeneratedRegex(@"#(?<![\w#&]#)[ ]?(?<value>\d{2,7})(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex HashNumber();

    [GeneratedRegex(@"(?<![\w-])[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex BritishPlate();

    [GeneratedRegex(@"\bIRN[ ]*[:#]?[ ]*(?<value>\d)(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex MedicareIssueNumber();

    [GeneratedRegex(@"\b(?i:room|rm)(?<=\b[A-Z][\w'’-]*,[ ](?i:room|rm))[ ]+(?:no\.?[ ]*)?(?<code>\d{1,4}[A-Z]?|[A-Z]\d{1,3})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidenceRoom();

    [GeneratedRegex(@"\d{4,5}(?<=(?:^|[^\w/.:,$£€%+#-])\d{4,5})(?:[ ]\d{1,6}(?=[ ,;.)]|$))*(?![\w/%+-]|[.,:]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\b(?i:badge|fob|pin|locker|card|ticket|code|no\.|number|#)\s*:?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabelBefore();

    // Quantities a note counts or measures: a figure before one of these is an amount, not a number that names something.
    [GeneratedRegex(@"\G[ ]?(?:mg|mcg|ug|µg|g|kg|ml|mls|l|m|km|mm|cm|mmhg|steps?|kcal|cals?|calories|kj|iu|units?|u|mmol|bpm|hz|n|w|kph|km/h|mph|metres?|meters?|miles?|mi|ft|feet|yards?|yd|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|ms|reps|times|words|people|patients|visits|dollars|pounds|euros|rand|lbs?|oz|x|per|a|an)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"(?<![\w/.-])[A-Z0-9]+(?:[/-][A-Z0-9]+)*(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RecordShaped();
}
