using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Employers, chains and brands from the organisation gazetteer. Distinctive names are taken wherever they are
/// capitalised; names that are also ordinary words or acronyms ("Next", "Target", "Boots") only after a preposition
/// that follows a work or shop word ("stacks shelves at Next", "a manager with Target").
/// </summary>
internal sealed partial class OrganisationRecogniser : IRecogniser
{
    private static readonly HashSet<string> _prepositions = new(StringComparer.Ordinal) { "at", "for", "with", "by", "from", "in", "to", "of" };

    private static readonly HashSet<string> _workWords = new(StringComparer.Ordinal)
    {
        "work", "works", "worked", "working", "job", "jobs", "shift", "shifts", "employed", "employer", "employee", "manager", "managed",
        "manages", "supervisor", "shelves", "stacking", "stacks", "shop", "shops", "shopping", "store", "checkout", "cashier", "retail",
        "warehouse", "depot", "driver", "drives", "drove", "years", "pension", "contract", "contractor", "staff", "apprentice", "apprenticed",
        "joined", "left", "customer", "customers", "till", "counter", "branch", "started", "retired", "redundant", "laid", "fired", "hired",
        "career", "role", "position", "agency", "volunteers", "volunteer", "bought", "buys", "pharmacist", "mechanic", "cleaner", "delivery",
        "member", "members", "membership", "rep", "steward", "delegate", "union",
    };

    // Only the uncued list: a cued name with a figure ("O2") is also a clinical word.
    private static readonly Lazy<Regex> _figureNames = new(() =>
    {
        var names = Gazetteer.OrganisationLines.Where(l => !l.StartsWith('#') && l.Any(char.IsDigit)).OrderByDescending(l => l.Length).Select(Regex.Escape);
        return new Regex($@"(?<![\w-])(?:{string.Join('|', names)})(?![\w-])", RegexOptions.CultureInvariant);
    });

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        // "G4S", "3M", "7-Eleven": listed names with figures in them, which the word-by-word lists cannot hold; they outrank
        // an age ("3M") or a number.
        foreach (var m in _figureNames.Value.EnumerateMatches(context.Text))
        {
            // A name as short as "3M" is also shorthand ("FU 3M"), so it needs a preposition before it.
            if (m.Length <= 3 && !ShortNameCue().IsMatch(context.Text.AsSpan(0, m.Index)))
            {
                continue;
            }

            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Organisation, Categories.Organisation, Priorities.Pattern + 3));
        }

        // "7Eleven", "2Go Couriers": a trading name that opens with a figure is a business, and the capitalised words after it are its name.
        foreach (var m in DigitLedName().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Organisation, Categories.Organisation, Priorities.Context + 5));
        }

        // "Lupus Aotearoa", "Continence Cymru": a condition's charity named for its country or region.
        foreach (var m in ConditionCharity().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Organisation, Categories.Organisation, Priorities.Pattern));
        }

        AddLabelled(context, candidates);
        AddLegalForms(context, candidates);
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A country opening a listed name ("Saudi Aramco") is part of the name, though alone it stays.
            if (!tokens[i].IsCapitalised || context.Protected[i] && !context.Countries[i])
            {
                continue;
            }

            var length = Gazetteer.Organisations.MatchAt(context.Text, tokens, i);
            if (context.Countries[i] && length < 2)
            {
                continue;
            }

            if (length == 0 && (HasWorkCue(context, i) || HasAccountCue(context, i)))
            {
                length = Gazetteer.CuedOrganisations.MatchAt(context.Text, tokens, i);
            }

            if (length > 0)
            {
                candidates.Add(new Candidate(tokens[i].Start, tokens[i + length - 1].BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Gazetteer + 1));
                i += length - 1;
            }
        }
    }

    private static readonly HashSet<string> _fundLabels = new(StringComparer.Ordinal)
    {
        "health", "insurer", "insurance", "fund", "cover", "employer", "provider", "payer", "scheme", "union",
    };

    /// <summary>"Private health: Medibank", "Medibank 4412 0983": a label or a member number makes the name an insurer or employer.</summary>
    private static bool HasAccountCue(ScanContext context, int index)
    {
        var token = context.Tokens[index];
        var after = context.Text.AsSpan(token.End);
        var trimmed = after.TrimStart(' ');
        var digits = 0;
        while (digits < trimmed.Length && (char.IsDigit(trimmed[digits]) || trimmed[digits] == ' ' && digits + 1 < trimmed.Length && char.IsDigit(trimmed[digits + 1])))
        {
            digits++;
        }

        return trimmed.Length < after.Length && digits >= 6
            || context.TokenAt(index - 1) is { } label && _fundLabels.Contains(label.Key) && context.Gap(index - 1, index).Trim(' ') is ":";
    }

    private static bool HasWorkCue(ScanContext context, int index)
    {
        var tokens = context.Tokens;
        var j = index - 1;
        if (j >= 0 && tokens[j].Key == "the")
        {
            j--;
        }

        if (j < 0 || !_prepositions.Contains(tokens[j].Key) || tokens[j].IsCapitalised)
        {
            return false;
        }

        for (var k = Math.Max(0, j - 6); k < j; k++)
        {
            if (_workWords.Contains(tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\w/.-])\d{1,3}(?:[A-Z][a-z]{2,}|[A-Z][a-z](?=\s+\p{Lu}))(?:\s+\p{Lu}[\p{L}'’&-]+){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitLedName();

    [GeneratedRegex(@"\b(?:Arthritis|Diabetes|Cancer|Heart|Stroke|Kidney|Asthma|Lung|Lupus|Dementia|Epilepsy|Autism|Endometriosis|Osteoporosis|Continence|Brain|Spinal|Pain|Fibromyalgia|Scoliosis|Haemophilia|Hemophilia|Alzheimer['’]?s|Parkinson['’]?s|MS|CF|Migraine|Headache|Sickle Cell|Mental Health|Hearing|Vision|Blind|Deaf)\s+(?:NZ|UK|Australia|Ireland|Canada|Scotland|Wales|Cymru|Aotearoa|New Zealand|Victoria|Queensland|NSW|Tasmania|Northern Ireland|USA|America|BC|Ontario|Alberta|Manitoba|Nova Scotia)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionCharity();

    [GeneratedRegex(@"\b(?:at|for|with|from|by|joined|left)\s\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShortNameCue();
}
