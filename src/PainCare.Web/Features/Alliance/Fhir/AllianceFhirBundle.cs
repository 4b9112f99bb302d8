using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Alliance.Fhir;

/// <summary>One instrument and the ratings made with it, for a bundle.</summary>
public sealed record RatedInstrument(InstrumentDefinition Instrument, IReadOnlyList<ExportRating> Ratings);

/// <summary>A patient's ratings as a FHIR R4 collection Bundle: each Questionnaire followed by its QuestionnaireResponses.</summary>
public static class AllianceFhirBundle
{
    private static readonly JsonSerializerOptions _json = new JsonSerializerOptions().ForFhir();

    public static Bundle Create(string canonicalBase, string subjectReference, IEnumerable<RatedInstrument> instruments) => new()
    {
        Type = Bundle.BundleType.Collection,
        Entry = [.. instruments.SelectMany(rated => Resources(canonicalBase, subjectReference, rated)).Select(Entry)],
    };

    public static string ToJson(Bundle bundle) => JsonSerializer.Serialize(bundle, _json);

    public static Bundle Parse(string json) => JsonSerializer.Deserialize<Bundle>(json, _json)!;

    /// <summary>
    /// R4 bdl-15: every entry of a collection has a fullUrl. A questionnaire under an http(s) base is found at its
    /// canonical URL; anything else gets a urn:uuid, which a response also takes as its id.
    /// </summary>
    private static Bundle.EntryComponent Entry(Resource resource)
    {
        if (resource is Questionnaire { Url: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return new Bundle.EntryComponent { FullUrl = url, Resource = resource };
        }

        var id = Guid.NewGuid().ToString();
        resource.Id ??= id;
        return new Bundle.EntryComponent { FullUrl = $"urn:uuid:{id}", Resource = resource };
    }

    private static IEnumerable<Resource> Resources(string canonicalBase, string subjectReference, RatedInstrument rated) =>
        rated.Ratings.Select(rating => (Resource)AllianceFhirMapping.QuestionnaireResponse(rated.Instrument, canonicalBase, subjectReference, rating))
            .Prepend(AllianceFhirMapping.Questionnaire(rated.Instrument, canonicalBase));
}
