using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Web.Features.Alliance.Fhir;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Alliance;

/// <summary>A patient's alliance ratings as CSV or as FHIR R4 (Questionnaire + QuestionnaireResponse), scoped to the caseload.</summary>
public sealed class AllianceExportService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, IConfiguration configuration, IAuditTrail audit)
{
    private string CanonicalBase => configuration["PainCare:FhirBase"] is { Length: > 0 } configured ? configured : "urn:paincare:fhir";

    public async Task<string?> CsvAsync(string clinicianId, Guid patientId, RaterRole rater, CancellationToken cancellationToken = default)
    {
        var csv = await CsvCoreAsync(clinicianId, patientId, rater, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.ExportCsv, clinicianId, patientId, csv is not null), cancellationToken);
        return csv;
    }

    private async Task<string?> CsvCoreAsync(string clinicianId, Guid patientId, RaterRole rater, CancellationToken cancellationToken = default)
    {
        var instrument = Instrument(rater);
        var ratings = await RatingsAsync(clinicianId, patientId, instrument, rater, cancellationToken);
        return ratings is null ? null : AllianceCsvExport.Write(instrument, Subject(patientId), ratings);
    }

    /// <summary>The bundle as FHIR JSON, or null when the patient is not on the clinician's caseload.</summary>
    public async Task<string?> FhirBundleAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var bundle = await FhirBundleCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.ExportFhir, clinicianId, patientId, bundle is not null), cancellationToken);
        return bundle;
    }

    private async Task<string?> FhirBundleCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var rated = new List<RatedInstrument>();
        foreach (var rater in new[] { RaterRole.Patient, RaterRole.Clinician })
        {
            var instrument = Instrument(rater);
            var ratings = await RatingsAsync(clinicianId, patientId, instrument, rater, cancellationToken);
            if (ratings is null)
            {
                return null;
            }

            rated.Add(new RatedInstrument(instrument, ratings));
        }

        return AllianceFhirBundle.ToJson(AllianceFhirBundle.Create(CanonicalBase, Subject(patientId), rated));
    }

    private InstrumentDefinition Instrument(RaterRole rater) =>
        rater == RaterRole.Patient ? analyser.Instruments.Patient : analyser.Instruments.Clinician ?? analyser.Instruments.Patient;

    // An opaque reference: the export carries no name, birth date or health number.
    private static string Subject(Guid patientId) => $"Patient/{patientId}";

    private async Task<List<ExportRating>?> RatingsAsync(string clinicianId, Guid patientId, InstrumentDefinition instrument, RaterRole rater, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken))
        {
            return null;
        }

        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId)
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, s.StartsAt, Rating = s.Ratings.Where(r => r.InstrumentId == instrument.Id && r.Rater == rater).Select(r => new { r.ItemScores, r.RatedAt }).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return sessions
            .Select((s, i) => (Number: i + 1, s.Id, s.StartsAt, s.Rating))
            .Where(s => s.Rating is not null)
            .Select(s => new ExportRating(s.Number, DateOnly.FromDateTime(s.StartsAt.UtcDateTime), s.Rating!.ItemScores.Select(v => (int?)v).ToList()) { AuthoredAt = s.Rating.RatedAt, SessionId = s.Id, SessionStartsAt = s.StartsAt })
            .ToList();
    }
}
