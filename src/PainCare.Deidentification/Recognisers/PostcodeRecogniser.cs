using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>UK postcodes, Irish Eircodes, and Australian/US state codes or names followed by a postcode or ZIP.</summary>
internal sealed partial class PostcodeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (var m in UkPostcode().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }

        foreach (var m in Eircode().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (span.Contains(' ') || span[3..].ContainsAnyInRange('A', 'Z'))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
            }
        }

        // "Sheffield S6.": a district straight after a listed town is the postcode's first half.
        foreach (Match m in DistrictAfterTown().Matches(text))
        {
            var district = m.Groups["d"];
            if (!IsSpinalLevel(district.Value) && Gazetteers.Gazetteer.Places.ContainsWord(TextFold.Key(m.Groups["t"].Value)))
            {
                candidates.Add(new Candidate(district.Index, district.Index + district.Length, CandidateKind.Postcode, Categories.Location, Priorities.Context + 5));
            }
        }

        // A New Zealand rural delivery number in an address line ("12 Ridge Rd, RD 2, Oxford").
        foreach (var m in RuralDelivery().EnumerateMatches(text))
        {
            // Only the number is scrambled: "RD" stays the kind of address it is.
            var digits = text.AsSpan(m.Index, m.Length).IndexOfAnyInRange('0', '9');
            candidates.Add(new Candidate(m.Index + digits, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }

        // Typed in lower case ("d04 x9k2") only with the space and a letter and a figure in the unique part.
        foreach (var m in LowerEircode().EnumerateMatches(text))
        {
            var unique = text.AsSpan(m.Index + m.Length - 4, 4);
            if (unique.ContainsAnyInRange('a', 'z') && unique.ContainsAnyInRange('0', '9'))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
            }
        }

        // A whole UK postcode typed in lower case ("tq9 5bp"): both halves and the space, and not an ordinal ("s1 2nd").
        foreach (var m in LowerUkPostcode().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }

        foreach (var m in CanadianPostcode().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }

        // "Harbourside (4870)": a four- or five-digit number in brackets straight after a capitalised word; years are left alone.
        foreach (Match m in BracketedCode().Matches(text))
        {
            var code = m.Groups["code"];
            if (int.Parse(code.ValueSpan) is < 1950 or > 2030)
            {
                candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Context + 5));
            }
        }

        // A UK postcode district alone after a street or a place and a comma ("Thornton Road, CR7.", "lives in Erdington, B23").
        // Found by the code first (rare: a capital then a digit), then the words before it are checked in a short window.
        foreach (Match m in DistrictShape().Matches(text))
        {
            var code = m.Groups["code"];
            var from = Math.Max(0, code.Index - 60);
            if (!PlaceBeforeDistrict().IsMatch(text.AsSpan(from, code.Index - from)))
            {
                continue;
            }

            // A spinal-level shape counts only where it closes the address line ("Queens Drive, Walton, L4."), as no level does.
            if (!IsSpinalLevel(code.Value) || ClosesLine().IsMatch(text.AsSpan(code.Index + code.Length)))
            {
                candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Context + 5));
            }
        }

        // A labelled code is a postcode whatever its digits ("Postcode: 2650", "ZIP 30301", "post code 6011").
        foreach (Match m in LabelledCode().Matches(text))
        {
            var code = m.Groups["code"];
            candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }

        foreach (Match m in TownAndCode().Matches(text))
        {
            var code = m.Groups["code"];
            var lineStart = Math.Max(0, m.Index - 80);
            if (int.Parse(code.ValueSpan) is < 1950 or > 2030 || StreetBefore().IsMatch(text.AsSpan(lineStart, m.Index - lineStart)))
            {
                candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Context + 5));
            }
        }

        foreach (Match m in StateAndCode().Matches(text))
        {
            var state = m.Groups["state"];
            var code = m.Groups["code"];
            var kind = state.Value.Length <= 3 ? CandidateKind.RegionCode : CandidateKind.Location;
            candidates.Add(new Candidate(state.Index, state.Index + state.Length, kind, Categories.Location, Priorities.Pattern));
            candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }
    }

    [GeneratedRegex(@"(?<![\w/-])(?<code>[A-PR-UWYZ][A-HK-Y]?\d{1,2}[A-Z]?)(?![\w/-])(?!\s+\d[A-Z]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictShape();

    [GeneratedRegex(@"(?:\b(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Cl|Crescent|Cres|Grove|Gr|Terrace|Tce|Place|Pl|Court|Ct|Gardens|Gdns|Hill|Park|Row|Walk|House|Hse|Square|Sq|Mews|Rise|Parade|Pde|Estate|Est|Yard|Wharf)|(?:\b(?:in|at|from|near|of|to)|,)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeDistrict();

    [GeneratedRegex(@"^\s*(?:[.;]?\s*$|[.;]?\s*\n|\.\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ClosesLine();

    // Levels that exist: "S9" or "L8" is a postcode district, not a vertebra.
    [GeneratedRegex(@"^(?:C[1-8]|T(?:[1-9]|1[0-2])|L[1-5]|S[1-5])$", RegexOptions.CultureInvariant)]
    private static partial Regex SpinalLevel();

    /// <summary>A spinal level ("L4", "C5", "S1"): postcode-shaped, but a note names levels far more often than districts.</summary>
    [GeneratedRegex(@"\b(?<t>\p{Lu}\p{Ll}+),?\s(?<d>[A-Z]{1,2}\d{1,2}[A-Z]?)(?=[.,;)]|\s*$|\s+(?:and|or|area)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DistrictAfterTown();

    public static bool IsSpinalLevel(string code) => SpinalLevel().IsMatch(code);

    [GeneratedRegex(@"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}|GIR\s?0AA)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();

    [GeneratedRegex(@"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]?\s\d(?!st\b|nd\b|rd\b|th\b)[abd-hjlnp-uw-z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerUkPostcode();

    [GeneratedRegex(@"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex CanadianPostcode();

    /// <summary>A four-digit code closing an address line (New Zealand, or Australia without a state): ", Whangarei 0112".</summary>
    [GeneratedRegex(@",\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?<code>\d{4})(?=\s*(?:[,.;)\n]|$|\s+(?:with|and)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex TownAndCode();

    /// <summary>A street address shortly before: then a year-like four-digit code is still a postcode ("Whakatane 3120").</summary>
    [GeneratedRegex(@"\d\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Close|Crescent|Court|Way|Lane|Drive|Place|Terrace|Grove|Parade)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StreetBefore();

    [GeneratedRegex(@"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Eircode();

    [GeneratedRegex(@"(?<=,\s?)RD\s?\d{1,2}\b(?=\s*,)", RegexOptions.CultureInvariant)]
    private static partial Regex RuralDelivery();

    [GeneratedRegex(@"\b(?:[ac-fhknprtv-y]\d{2}|d6w)\s[0-9ac-fhknprtv-y]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerEircode();

    [GeneratedRegex(
        @"\b(?:(?<state>NSW|VIC|QLD|TAS|WA|SA|NT|ACT|Victoria|Queensland|Tasmania|New South Wales),?\s+(?<code>\d{4})" +
        @"|(?<state>A[LKZR]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]" +
        @"|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)" +
        @",?\s+(?<code>\d{5}(?:-\d{4})?))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StateAndCode();

    [GeneratedRegex(@"\b(?:post\s?code|postal\s+code|zip(?:\s?code)?|P/?C)\b\s*(?:is\s+|:\s*|-\s*)?(?<code>\d{4,5}(?:-\d{4})?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCode();

    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}'’-]+\s?)\((?<code>\d{4,5})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCode();
}
