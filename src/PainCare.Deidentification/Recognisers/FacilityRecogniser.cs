using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Named hospitals, clinics, surgeries, schools, churches and employers: a run of capitalised words ending in (or
/// led by) a facility or organisation word, e.g. "Hollin Bank Surgery", "University of Leeds", "Crescent Moon Dental".
/// </summary>
internal sealed class FacilityRecogniser : IRecogniser
{
    private static readonly HashSet<string> _places = new(StringComparer.Ordinal)
    {
        "hospital", "hospitals", "infirmary", "primary", "nursery", "kindergarten", "preschool", "kindy", "montessori", "gym", "pool", "clinic", "surgery", "practice", "centre", "center", "health", "healthcare", "school", "college",
        "university", "academy", "church", "chapel", "cathedral", "mosque", "synagogue", "temple", "gurdwara", "market", "rsl", "club",
        "library", "pharmacy", "chemist", "rooms", "hospice", "home", "village", "prison", "station", "hotel", "stadium", "park", "mall",
        "lodge", "hall", "theatre", "theater", "arena", "tower", "manor", "pavilion", "wing", "memorial",
    };

    private static readonly HashSet<string> _organisations = new(StringComparer.Ordinal)
    {
        "group", "ltd", "limited", "inc", "pty", "plc", "llc", "bank", "council", "energy", "electrical", "dental", "services", "plumbing",
        "construction", "logistics", "transport", "insurance", "solutions", "partners", "foods", "warehouse", "motors", "airlines",
        "trust", "foundation", "corporation", "company", "co", "industries", "supermarket", "supermarkets", "store", "stores",
        "department", "ministry", "agency", "authority", "commission", "bureau", "legion", "union", "association", "society", "institute",
        "federation", "league", "salon", "nails", "beauty", "bakery", "brewery", "winery", "garage", "builders", "roofing", "landscaping",
        "cleaning", "joinery", "butchers", "barbers", "fitness", "studio", "studios", "consulting", "accountants", "solicitors", "lawyers",
        "realty", "properties", "freight", "haulage", "couriers", "airways", "rail", "railway", "transit", "mining", "resources", "timber",
        "dairy", "farms", "fisheries", "seafoods", "meats", "mill", "cafe", "café", "restaurant", "tavern", "inn", "pub", "bar", "takeaway",
        "system", "systems", "board", "partnership", "cooperative", "co-op", "consortium", "mutual", "assurance", "underwriters",
        "supplies", "orchestra", "choir", "ensemble", "philharmonic",
    };

    // Houses of worship are often typed with a lower-case head after a name of two or more words ("Holy Trinity church").
    private static readonly HashSet<string> _worship = new(StringComparer.Ordinal) { "church", "chapel", "cathedral", "mosque", "synagogue", "temple", "gurdwara", "mandir" };

    // Words that open a facility's name in several languages ("Gurdwara Sri ...", "Hôpital Sainte-...", "Masjid Al-...").
    private static readonly HashSet<string> _leaders = new(StringComparer.Ordinal)
    {
        "gurdwara", "mosque", "masjid", "temple", "church", "chapel", "synagogue", "mandir", "hôpital", "hopital", "hospital", "clinique",
        "école", "ecole", "collège", "université", "universidad", "ospedale", "krankenhaus", "escuela", "colegio", "kura", "wharekura", "marae",
    };

    /// <summary>A word that ends a facility's or organisation's name ("Hospital", "Club", "Supermarkets").</summary>
    public static bool IsHeadWord(string key) => _places.Contains(key) || _organisations.Contains(key);

    /// <summary>A word that ends an organisation's name rather than a place's ("Trust", "Choir", "Freight").</summary>
    public static bool IsOrganisationHead(string key) => _organisations.Contains(key);

    private static readonly HashSet<string> _connectors = new(StringComparer.Ordinal) { "and", "&", "y", "upon", "on" };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "Aged Care" ends a residential home's name; "Care" alone ends too many clinical phrases.
            var isPlace = _places.Contains(token.Key) || _leaders.Contains(token.Key)
                || token.Key == "care" && context.TokenAt(i - 1) is { Key: "aged", IsCapitalised: true } && context.IsSpaceGap(i - 1, i);
            var practice = IsPracticeHead(context, i);
            // "Ji-won Park, 33," is a person whose surname is also a facility word.
            // "the Kalkbrook Harbour co-op": a company's legal form is often typed in lower case after its capitalised name.
            var lowerForm = !token.IsCapitalised && token.Key is "co-op" or "coop" or "ltd" or "pty" or "inc" or "llc" or "plc"
                && context.TokenAt(i - 1) is { IsCapitalised: true } && context.IsSpaceGap(i - 1, i)
                || !token.IsCapitalised && _worship.Contains(token.Key) && context.TokenAt(i - 2) is { IsCapitalised: true } first
                && first.Key is not ("the" or "a" or "an" or "our" or "their" or "his" or "her" or "my" or "this" or "that" or "every" or "each" or "local")
                && context.TokenAt(i - 1) is { IsCapitalised: true } second && !NameRules.IsCalendar(second) && !context.IsCommon(second)
                && context.IsSpaceGap(i - 2, i - 1) && context.IsSpaceGap(i - 1, i);
            if (!(token.IsCapitalised || lowerForm) || (!isPlace && !practice && !_organisations.Contains(token.Key)) || NameRules.IsDescribedAsPerson(context, i))
            {
                continue;
            }

            var start = i;
            while (start > 0 && i - start < 6)
            {
                var previous = tokens[start - 1];
                var gap = context.Gap(start - 1, start);
                var joined = gap is " " || (previous.Key is "st" && gap is ". ");
                if (!joined)
                {
                    break;
                }

                var usable = previous.IsCapitalised
                    ? !context.IsCommon(previous) || _places.Contains(previous.Key) || _organisations.Contains(previous.Key) || (practice && _serviceWords.Contains(previous.Key))
                    : _connectors.Contains(previous.Key) && start - 2 >= 0 && tokens[start - 2].IsCapitalised;
                if (!usable)
                {
                    break;
                }

                start--;
            }

            // Service words may sit inside a name ("Brandt Outpatient Center") but never start one ("Mental Health Team").
            while (start < i && (!tokens[start].IsCapitalised || context.Protected[start]))
            {
                start++;
            }

            // "Cardiac Physiotherapy" is a service; "Harbour Street Physiotherapy" a practice, whose name goes and whose
            // (clinically listed) kind of practice stays.
            if (practice)
            {
                // "Started Rehab", "Continued Physio": a verb opening the sentence is the note's, not part of a practice's name.
                if (start < i && tokens[start].IsSentenceStart && IsOpeningVerb(tokens[start].Key))
                {
                    start++;
                }

                var nameEnd = LastNameWord(context, start, token.Key == "therapy" ? i - 2 : i - 1);
                if (nameEnd >= start)
                {
                    candidates.Add(new Candidate(tokens[start].Start, tokens[nameEnd].BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Facility));
                }
                else
                {
                    ProtectService(context, candidates, start, i);
                }

                continue;
            }

            var end = i;
            if (start == i && _leaders.Contains(token.Key))
            {
                while (end + 1 < tokens.Count && end - i < 4 && context.IsSpaceGap(end, end + 1) && NameRules.CanBeName(context, end + 1))
                {
                    end++;
                }
            }
            else if (i + 2 < tokens.Count && tokens[i + 1].Key == "of" && tokens[i + 2].IsCapitalised && !context.IsCommon(tokens[i + 2]) && !context.Protected[i + 2])
            {
                end = i + 2;
                while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && context.IsSpaceGap(end, end + 1) && !context.IsCommon(tokens[end + 1]))
                {
                    end++;
                }
            }

            if (start == i && end == i)
            {
                continue;
            }

            var category = isPlace ? Categories.Location : Categories.Organisation;
            candidates.Add(new Candidate(tokens[start].Start, tokens[end].BaseEnd, CandidateKind.Facility, category, Priorities.Facility, FacilityTail(context, start, i, end)));
            i = end;
        }
    }

    private static readonly HashSet<string> _serviceWords = new(StringComparer.Ordinal)
    {
        "physical", "outpatient", "inpatient", "community", "paediatric", "pediatric", "sports", "women's", "womens", "men's", "pelvic",
        "hand", "neuro", "neurological", "vestibular", "musculoskeletal", "msk", "cardiac", "pulmonary", "respiratory", "orthopaedic",
        "orthopedic", "private", "public", "hospital", "home", "mobile", "aquatic", "manual", "occupational", "geriatric", "amputee", "acute",
        "pain", "spinal", "stroke", "brain", "injury", "falls", "day", "cancer", "oncology", "work", "vocational", "therapy", "rehab",
    };

    /// <summary>"Physiotherapy", "Physio", "Chiropractic", "Osteopathy", "Podiatry", "Physical Therapy": heads of a practice's name.</summary>
    private static bool IsPracticeHead(ScanContext context, int i) =>
        context.Tokens[i].Key is "physiotherapy" or "physio" or "chiropractic" or "osteopathy" or "podiatry" or "rehab"
        || (context.Tokens[i].Key == "therapy" && context.TokenAt(i - 1) is { IsCapitalised: true } kind && IsTherapyKind(kind.Key));

    private static bool IsOpeningVerb(string key) =>
        key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ing", StringComparison.Ordinal)
        || key is "continue" or "start" or "commence" or "restart" or "resume" or "attend" or "book" or "refer" or "plan" or "trial" or "begin" or "stop";

    /// <summary>The kinds of therapy a practice is named for ("… Hand Therapy", "… Occupational Therapy").</summary>
    internal static bool IsTherapyKind(string key) => key is "physical" or "hand" or "occupational" or "speech" or "sports" or "massage";

    private static void ProtectService(ScanContext context, List<Candidate> candidates, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            context.Protected[k] = true;
        }

        candidates.Add(new Candidate(context.Tokens[first].Start, context.Tokens[last].End, CandidateKind.Protect, string.Empty, Priorities.Protect));
    }

    /// <summary>The last word of a practice's own name before its service words, or -1 when it has none.</summary>
    private static int LastNameWord(ScanContext context, int first, int last)
    {
        for (var k = last; k >= first; k--)
        {
            if (!_serviceWords.Contains(context.Tokens[k].Key) && !context.Protected[k])
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The generic words kept in the surrogate ("Medical Centre" of "Tanner Lane Medical Centre").</summary>
    private static string FacilityTail(ScanContext context, int start, int keyword, int end)
    {
        if (end > keyword)
        {
            return context.Tokens[keyword].Base;
        }

        var first = keyword;
        while (first > start && (_places.Contains(context.Tokens[first - 1].Key) || _organisations.Contains(context.Tokens[first - 1].Key)
            || context.Tokens[first - 1].Key is "medical" or "family" or "general" or "junior" or "primary" or "secondary" or "high" or "community" or "university" or "catholic" or "outpatient" or "district"))
        {
            first--;
        }

        if (first == start)
        {
            first++;
        }

        return context.Text[context.Tokens[first].Start..context.Tokens[keyword].BaseEnd];
    }
}
