using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Brands of drugs, devices and questionnaires that no list holds, kept by how notes use them: a thing taken or used
/// ("started on Zorvane.", "using the Kestra Lift"), or a word ending in capitals ("PainQL"). A person,
/// place or employer is never used like this, and the record's own names always win (they outrank the allow-list).
/// </summary>
internal static partial class ProductShapes
{
    // Words after which "the X" is an object in someone's hands or a form they fill in, never a place one goes to.
    private static readonly HashSet<string> _useWords = new(StringComparer.Ordinal)
    {
        "with", "using", "use", "used", "uses", "completed", "complete", "completes", "keep", "kept", "trial", "trialled", "trialed",
        "tried", "try", "fitted", "issued", "prescribed", "ordered", "hired", "loaned", "recommended", "via", "wearing", "wears", "wore",
        "remove", "removed", "insert", "inserted", "scored", "administered", "filled", "charged",
    };

    // Colours and sizes that sit between "a" and a brand ("a silver Hilux", "a new Garmin").
    private static readonly HashSet<string> _thingAdjectives = new(StringComparer.Ordinal)
    {
        "silver", "white", "black", "red", "blue", "grey", "gray", "green", "new", "old", "small", "large", "second-hand", "cheap", "borrowed",
    };

    // Verbs of medication: a capitalised word straight after one, then a dose, a frequency or the end of a clause, is a drug.
    private static readonly HashSet<string> _medicationWords = new(StringComparer.Ordinal)
    {
        "on", "started", "starting", "commenced", "takes", "taking", "took", "prescribed", "trialled", "trialling", "ceased", "stopped",
        "weaning", "weaned", "switched", "restarted", "increased", "reduced", "off",
    };

    // Last words that make "the X" a place ("the Gold Coast", "the Mornington Peninsula").
    private static readonly HashSet<string> _placeHeads = new(StringComparer.Ordinal)
    {
        "coast", "peninsula", "island", "islands", "valley", "river", "hills", "bay", "beach", "lake", "lakes", "mountains", "ranges",
        "plains", "shore", "estate", "heights", "park", "gardens", "centre", "center", "hospital", "clinic", "school", "college", "church",
        "club", "hall", "house", "home", "village", "road", "street", "mall", "market", "arms", "hotel", "inn",
    };

    /// <summary>Tokens from <paramref name="i"/> that name a product by use or shape, or 0.</summary>
    public static int Length(ScanContext context, int i, List<(int Start, int End)> thingLists)
    {
        var tokens = context.Tokens;
        var token = tokens[i];
        if (!token.IsCapitalised || token.IsPossessive || context.Known.NameKeys.ContainsKey(token.Key) || context.IsCommon(token))
        {
            return 0;
        }

        if (IsCamelBrand(token) && !IsPlaceOrEmployer(context, i))
        {
            return 1;
        }

        if (DeviceBrandLength(context, i) is > 0 and var device)
        {
            return device;
        }

        if (IsThingInAList(context, i))
        {
            return 1;
        }

        // "hip protectors (Cushguard)", "grip (Dynex)", "letrozole (Brand)": an unknown word alone in brackets after a device or a measure is its brand.
        if (context.Gap(i - 1, i) is " (" && context.Text.AsSpan(token.BaseEnd).StartsWith(")") && UnknownWords.IsUnknownKey(token.Key)
            && !Gazetteer.IsAnyName(token.Key) && context.TokenAt(i - 1) is { } thing
            && (_deviceNouns.Contains(thing.Key) || _measureNouns.Contains(thing.Key) || GenericDrugNames.LooksGeneric(thing.Key)) && !Gazetteer.Places.ContainsWord(token.Key))
        {
            return 1;
        }

        // "Quorvel (tramadol)": a word no dictionary holds, followed by a generic name in brackets, is that drug's brand.
        if (context.Gap(i, i + 1) is " (" && context.TokenAt(i + 1) is { } generic && GenericDrugNames.LooksGeneric(generic.Key)
            && context.Text.AsSpan(generic.BaseEnd).StartsWith(")") && IsUnknownBrandWord(context, i))
        {
            return 1;
        }

        // "celecoxib 200 mg and Dovrane": a word no dictionary holds, joined by "and" to a dose or a drug, is another drug.
        if (context.TokenAt(i - 1) is { Key: "and" or "plus" or "or" } joiner && context.IsSpaceGap(i - 1, i) && context.TokenAt(i - 2) is { } previous
            && context.IsSpaceGap(i - 2, i - 1) && (_doseWords.Contains(previous.Key) || context.Protected[i - 2] && GenericDrugNames.LooksGeneric(previous.Key))
            && IsUnknownBrandWord(context, i))
        {
            return 1;
        }

        // "Kestrex CR", "Dolorin ODT": a word no dictionary holds, followed by a release-form code, is a drug's brand.
        if (!token.IsAllCaps && context.TokenAt(i + 1) is { IsAllCaps: true } form && _releaseForms.Contains(form.Key) && context.IsSpaceGap(i, i + 1)
            && UnknownWords.IsUnknownKey(token.Key) && !Gazetteer.IsAnyName(token.Key))
        {
            return 2;
        }

        if (thingLists.Exists(list => token.Start >= list.Start && token.Start < list.End) && !Gazetteer.IsAnyName(token.Key) && !ClinicalStructure.AfterTitle(context, i) && !IsPlaceOrEmployer(context, i))
        {
            return 1;
        }

        var before = context.TokenAt(i - 1);
        if (before is null || !context.IsSpaceGap(i - 1, i) || token.IsSentenceStart)
        {
            return 0;
        }

        // "a Fitbit", "an Aircast", "a silver Hilux": a person's or town's name does not take "a"; a brand of thing does.
        if (before.Value.Key is not ("a" or "an") && _thingAdjectives.Contains(before.Value.Key) && context.TokenAt(i - 2) is { Key: "a" or "an" } article
            && context.IsSpaceGap(i - 2, i - 1))
        {
            before = article;
        }

        if (before.Value.Key is "a" or "an" && !before.Value.IsCapitalised && !token.IsAllCaps && !Gazetteer.IsAnyName(token.Key) && !IsPlaceOrEmployer(context, i)
            && context.TokenAt(i + 1) is not { IsCapitalised: true })
        {
            return 1;
        }

        if (before.Value.Key == "the" && context.TokenAt(i - 2) is { } verb && _useWords.Contains(verb.Key) && context.IsSpaceGap(i - 2, i - 1))
        {
            var last = i;
            while (last + 1 < tokens.Count && last - i < 2 && tokens[last + 1].IsCapitalised && !tokens[last + 1].IsAllCaps && context.IsSpaceGap(last, last + 1))
            {
                last++;
            }

            var end = tokens[last];
            var isThing = !Gazetteer.IsAnyName(end.Key) && !_placeHeads.Contains(end.Key) && !FacilityRecogniser.IsHeadWord(end.Key) && !end.Key.EndsWith('s') && !IsPlaceOrEmployer(context, i);
            return isThing ? last - i + 1 : 0;
        }

        // "a trial of Quelvane", "a course of Dermex": what a trial or a course is of is a treatment, not a person.
        var medicationCue = _medicationWords.Contains(before.Value.Key)
            || (before.Value.Key == "of" && context.TokenAt(i - 2) is { Key: "trial" or "course" or "dose" or "doses" or "script" } && context.IsSpaceGap(i - 2, i - 1));
        if (medicationCue && !token.IsAllCaps && !Gazetteer.IsAnyName(token.Key) && !IsPlaceOrEmployer(context, i)
            && DoseOrClauseEnd().IsMatch(context.Text.AsSpan(token.End)))
        {
            return 1;
        }

        return 0;
    }

    // The words a dose or its frequency ends with ("50 mg", "1 g", "bd", "nocte").
    private static readonly HashSet<string> _doseWords = new(StringComparer.Ordinal)
    {
        "mg", "mcg", "µg", "g", "ml", "units", "od", "bd", "bid", "tds", "tid", "qds", "qid", "nocte", "mane", "prn", "daily", "weekly",
    };

    private static bool IsUnknownBrandWord(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        return !token.IsAllCaps && UnknownWords.IsUnknownKey(token.Key) && !Gazetteer.IsAnyName(token.Key) && !Gazetteer.Places.ContainsWord(token.Key)
            && !IsPlaceOrEmployer(context, i);
    }

    /// <summary>The stretches of text that follow a label for drugs, exercises, devices or measures ("Ex: …"), to the line's end or a full stop.</summary>
    public static List<(int Start, int End)> ThingLists(string text)
    {
        var lists = new List<(int Start, int End)>();
        foreach (Match label in ThingsLabel().Matches(text))
        {
            var start = label.Index + label.Length;
            var lineEnd = text.IndexOf('\n', start);
            var stop = text.IndexOf(". ", start, StringComparison.Ordinal);
            var end = Math.Min(lineEnd < 0 ? text.Length : lineEnd, stop < 0 ? text.Length : stop);
            lists.Add((start, end));
        }

        return lists;
    }

    [GeneratedRegex(@"^[ \t]*(?:[-•*][ \t]*)?(?:Meds|Medications?|Rx|Drugs|Analgesia|Ex|Exs|Exercises|HEP|Home (?:exercise )?programme|Devices|Equipment|Aids|Measures|Outcome measures|Outcomes|Scales|Tx|Treatment|Orthotics|Orthoses|Socket|Prosthesis|Prosthetics|Dressings?|Splints?|Splinting|Garments?|Gait aids?|Mobility aids?|Discharge meds)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ThingsLabel();

    private static bool IsPlaceOrEmployer(ScanContext context, int i) =>
        Gazetteer.Places.MatchAt(context.Text, context.Tokens, i) > 0 || Gazetteer.Organisations.MatchAt(context.Text, context.Tokens, i) > 0
        || Gazetteer.Regions.MatchAt(context.Text, context.Tokens, i) > 0 || context.Known.LocationKeys.Contains(context.Tokens[i].Key);

    /// <summary>
    /// A word ending in capitals after lower-case letters ("PainQL", "StrideG") is a brand or a questionnaire; name
    /// prefixes (McKAY in a header) are people.
    /// </summary>
    private static bool IsCamelBrand(Token token)
    {
        var word = token.Base;
        for (var k = 2; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                // Only an upper-case tail ("PainQL", "StrideG"): "WorkSafe" or "PowerCo" is as likely an employer or agency as a brand.
                var head = word[..k];
                return word[k..].All(c => char.IsUpper(c) || char.IsDigit(c)) && !NamePrefix().IsMatch(head) && !Gazetteer.IsGivenName(TextFold.Key(head));
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|Ap|Ni|Ny|Ua|Al|El|Ben|Bin|Abu)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePrefix();

    [GeneratedRegex(@"^(?:\s*(?:[.,;:)]|$)|\s+(?:\d|and\b|or\b|for\b|since\b|PRN\b|prn\b|nocte\b|mane\b|daily\b|BD\b|TDS\b|QID\b|OD\b|at night\b|as needed\b|with\b|last\b|this\b|today\b|from\b|until\b|instead\b|yesterday\b|twice\b|once\b|every\b|each\b|but\b|because\b|after\b|before\b|which\b))", RegexOptions.CultureInvariant)]
    private static partial Regex DoseOrClauseEnd();
}
