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
        new KnownIdentifierRecogniser(),
        new ContactRecogniser(),
        new PhoneRecogniser(),
        new IdNumberRecogniser(),
        new PostcodeRecogniser(),
        new RegionCodeRecogniser(),
        new DateRecogniser(),
        new AgeRecogniser(),
        new AddressRecogniser(),
        new FacilityRecogniser(),
        new OrganisationRecogniser(),
        new LandmarkRecogniser(),
        new InitialsRecogniser(),
        new NameRecogniser(),
        new PlaceRecogniser(),
        new InsurerRecogniser(),
        new CapitalisedWordRecogniser(),
    ];

    private readonly DeidentificationOptions _options = options ?? DeidentificationOptions.Default;

    public DeidentificationResult Deidentify(DeidentificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text ?? string.Empty;
        var context = new ScanContext(text, KnownIdentifiers.Parse(request.Known));
        var candidates = new List<Candidate>();
        var review = QuasiIdentifierFinder.Find(context);
        ProtectCountries(context, review);
        foreach (var recogniser in _recognisers)
        {
            recogniser.Recognise(context, candidates);
        }

        // "Canadian" in "Canadian C-spine rule" names a rule, not the patient; rare conditions stay flagged though kept.
        review.RemoveAll(r => r.Category is "nationality" or "ethnicity" && candidates.Any(c => c.Kind == CandidateKind.Protect && c.Start < r.End && r.Start < c.End));

        // Propagate only from spans that won their overlaps, so "in May 2021" (a date) never makes May a place.
        NamePropagator.Propagate(context, CandidateResolver.Resolve(candidates, text.Length), candidates);
        var accepted = CandidateResolver.Resolve(candidates, text.Length);
        return new SurrogateWriter(context, _options).Write(accepted, review);
    }

    /// <summary>Countries are not identifiers (only regions smaller than a country are), so guesses must not take "New Zealand".</summary>
    private static void ProtectCountries(ScanContext context, List<ReviewItem> review)
    {
        foreach (var item in review.Where(r => r.Category == "nationality"))
        {
            for (var i = context.TokenIndexFrom(item.Start); i < context.Tokens.Count && context.Tokens[i].Start < item.End; i++)
            {
                context.Protected[i] = true;
                context.Countries[i] = true;
            }
        }
    }

    public DeidentificationResult Deidentify(string text, params IReadOnlyList<string> known) => Deidentify(new DeidentificationRequest(text, known));
}
