using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;

namespace PainCare.Web.Features.Sessions;

public sealed record ObservationInput(ObservationKind Kind, string? Aspect, string Detail, string? Antecedent, string? SourceText, int? SourceStart);

/// <summary>Structured observations on a draft narrative: minute particulars, safety cues, own words, connection, strain.</summary>
public sealed class ObservationService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Null on success; otherwise what to fix, in words for the clinician.</summary>
    public async Task<string?> AddAsync(string clinicianId, Guid sessionId, ObservationInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await DraftNotes(db, clinicianId, sessionId).Select(n => new { n.Id }).SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return "Save a few words of the narrative first, then add observations to it.";
        }

        db.Observations.Add(new Observation
        {
            Id = Guid.CreateVersion7(),
            NoteId = note.Id,
            Kind = input.Kind,
            Aspect = string.IsNullOrEmpty(input.Aspect) ? null : input.Aspect,
            Detail = input.Detail.Trim(),
            Antecedent = input.Kind == ObservationKind.SafetyCue && !string.IsNullOrWhiteSpace(input.Antecedent) ? input.Antecedent.Trim() : null,
            SourceText = string.IsNullOrWhiteSpace(input.SourceText) ? null : input.SourceText.Trim(),
            SourceStart = string.IsNullOrWhiteSpace(input.SourceText) ? null : input.SourceStart,
            CreatedAt = clock.GetUtcNow(),
            AuthorId = clinicianId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task RemoveAsync(string clinicianId, Guid sessionId, Guid observationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var noteIds = DraftNotes(db, clinicianId, sessionId).Select(n => n.Id);
        await db.Observations.Where(o => o.Id == observationId && noteIds.Contains(o.NoteId)).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<NarrativeNote> DraftNotes(PainCareDbContext db, string clinicianId, Guid sessionId) =>
        db.NarrativeNotes.Where(n => n.SessionId == sessionId && n.Status == NoteStatus.Draft
            && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId));

    private static string? Validate(ObservationInput input)
    {
        if (!Enum.IsDefined(input.Kind) || !ObservationCatalogue.IsValidAspect(input.Kind, input.Aspect))
        {
            return "Choose what kind of observation this is.";
        }

        if (string.IsNullOrWhiteSpace(input.Detail) && string.IsNullOrWhiteSpace(input.SourceText))
        {
            return "Describe the observation, or select the passage of the narrative it comes from.";
        }

        string?[] fields = [input.Detail, input.Antecedent, input.SourceText];
        return fields.Any(f => f is { Length: > Observation.MaxDetailLength } || (f is not null && NarrativeRules.Check(f) is not null))
            ? $"Keep each field under {Observation.MaxDetailLength:N0} characters, without control characters."
            : null;
    }
}
