using PainCare.Deidentification.Known;
using PainCare.Deidentification.Recognisers;
using PainCare.Deidentification.Scanning;
using PainCare.Deidentification.Surrogates;

namespace PainCare.Deidentification;

/// <summary>Removes direct identifiers from a vignette and flags quasi-identifiers for review. Stateless and thread-safe.</summary>
public sealed class Deidentifier(DeidentificationOptions? options = null)
{
    // Order matters: the allow-list marks clinical tokens before anything guesses, and places read earlier candidates.
    private static readonly IRecogniser[] _recognisers =
    [
        new ClinicalAllowRecogniser(),
        new VehicleRecogniser(),
        new KnownIdentifierRecogniser(),
        new ContactRecogniser(),
        new PhoneRecogniser(),
        new IdNumberRecogniser(),
        new PostcodeRecogniser(),
        new RegionCodeRecogniser(),
        new DateRecogniser(),
        new AgeRecogniser(),
        new TableAgeRecogniser(),
        new AddressRecogniser(),
        new ContinentalAddressRecogniser(),
        new WardAndSideStreetRecogniser(),
        new DedicationRecogniser(),
        new FacilityRecogniser(),
        new OrganisationRecogniser(),
        new TeamRecogniser(),
        new LandmarkRecogniser(),
        new InitialsRecogniser(),
        new StaffNameRecogniser(),
        new ChatSpeakerRecogniser(),
        new SpokenCodeRecogniser(),
        new NameRecogniser(),
        new PlaceRecogniser(),
        new InsurerRecogniser(),
        new CapitalisedWordRecogniser(),
    ];

    private readonly DeidentificationOptions _options = options ?? DeidentificationOptions.Default;

    public DeidentificationResult Deidentify(DeidentificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var original = request.Text ?? string.Empty;
        var normal = NormalisedText.Normalise(original);
        var text = CaseRestorer.Restore(normal.Text);
        var recased = !ReferenceEquals(text, normal.Text);
        var context = new ScanContext(text, KnownIdentifiers.Parse(request.Known)) { SpokenCodes = normal.SpokenCodes };
        var candidates = new List<Candidate>();
        var review = QuasiIdentifierFinder.Find(context);
        ProtectCountries(context, review);
        foreach (var recogniser in _recognisers)
        {
            recogniser.Recognise(context, candidates);
        }

        // "Canadian" in a named clinical rule (the Canadian CT head rule) names a rule, not the patient; rare conditions stay flagged though kept.
        review.RemoveAll(r => r.Category is "nationality" or "ethnicity" && candidates.Any(c => c.Kind == CandidateKind.Protect && c.Start < r.End && r.Start < c.End));

        // Propagate only from spans that won their overlaps, so "in May 2021" (a date) never makes May a place.
        NamePropagator.Propagate(context, CandidateResolver.Resolve(candidates, text.Length), candidates);
        var accepted = CandidateResolver.Resolve(candidates, text.Length);
        var result = new SurrogateWriter(context, _options).Write(accepted, review);
        return normal.Changed || recased ? WriteFromOriginal(original, normal, result) : result;
    }

    /// <summary>Recognition ran on the normalised, re-cased text; the output keeps every untouched character of the original.</summary>
    private static DeidentificationResult WriteFromOriginal(string original, NormalisedText normal, DeidentificationResult result)
    {
        var output = new System.Text.StringBuilder(original.Length + 64);
        var replacements = new List<Replacement>(result.Replacements.Count);
        var cursor = 0;
        foreach (var r in result.Replacements)
        {
            var (start, end) = normal.ToOriginal(r.Start, r.End);
            var surrogate = CaseShape.Like(original[start..end], r.Surrogate);
            if (SpokenSurrogate.ShouldSpell(original[start..end], r.Original, r.Category, r.Surrogate))
            {
                surrogate = SpokenSurrogate.Spell(surrogate);
            }

            output.Append(original, cursor, start - cursor).Append(surrogate);
            replacements.Add(r with { Start = start, End = end, Original = original[start..end], Surrogate = surrogate });
            cursor = end;
        }

        output.Append(original, cursor, original.Length - cursor);
        var review = result.Review.Select(item => normal.ToOriginal(item.Start, item.End) is var (start, end) ? item with { Start = start, End = end, Text = original[start..end] } : item).ToList();
        return new DeidentificationResult(output.ToString(), replacements, review);
    }

    /// <summary>Countries are not identifiers (only regions smaller than a country are), so guesses must not take "New Zealand".</summary>
    private static void ProtectCountries(ScanContext context, List<ReviewItem> review)
    {
        // A country that is also a given name ("Georgia", "Jordan") is a person wherever one mention reads as a name.
        var people = context.Tokens.Where((t, i) => NameRules.GivenNameReadsAsPerson(context, i)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in review.Where(r => r.Category == "nationality"))
        {
            for (var i = context.TokenIndexFrom(item.Start); i < context.Tokens.Count && context.Tokens[i].Start < item.End; i++)
            {
                var token = context.Tokens[i];
                if (people.Contains(token.Key) && item.Start == token.Start && (item.End == token.BaseEnd || item.End == token.End))
                {
                    continue;
                }

                context.Protected[i] = true;
                context.Countries[i] = true;
            }
        }
    }

    public DeidentificationResult Deidentify(string text, params IReadOnlyList<string> known) => Deidentify(new DeidentificationRequest(text, known));
}
