using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Instruments;

/// <summary>One form in the clinic's catalogue now.</summary>
public sealed record CatalogueForm(string InstrumentId, string Name, string Version, InstrumentRater Rater, FormReadiness Readiness, bool Imported, bool RatesSessions);

/// <summary>One imported definition file, whatever its state.</summary>
public sealed record ImportedForm(
    Guid Id, string InstrumentId, string Name, string Version, InstrumentRater Rater, ClinicInstrumentStatus Status,
    string FileName, string LicenceHolder, DateTimeOffset ImportedAt, string ImportedBy);

/// <summary>What the administration page lists: the forms in use, the form patients rate with, and every import.</summary>
public sealed record RatingFormsOverview(string RatingFormId, string RatingFormName, bool RatingFormFromSettings, IReadOnlyList<CatalogueForm> Catalogue, IReadOnlyList<ImportedForm> Imports);

/// <summary>A form as a patient would see it, with what may be done with it.</summary>
public sealed record FormPreview(InstrumentDefinition Definition, ImportedForm? Import, bool RatesSessions, InstrumentRefusal? CannotRateWith);

/// <summary>The typed result of an import or a change; <see cref="Reason"/> is the validator's words when a file was refused.</summary>
public sealed record FormChange(InstrumentRefusal? Refusal, string? Reason = null, Guid? ImportId = null)
{
    public bool Done => Refusal is null;

    public static readonly FormChange Succeeded = new(Refusal: null);
}
