using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Patients;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Sessions;

public sealed record VersionSummary(int Revision, DateTimeOffset SavedAt, string SavedByName, int Length);

public sealed record NoteHistory(Guid SessionId, string PatientName, IReadOnlyList<VersionSummary> Versions, int From, int To, IReadOnlyList<DiffSegment> Diff);

/// <summary>Every saved version of a narrative, and the difference between any two.</summary>
public sealed class NoteHistoryService(IDbContextFactory<PainCareDbContext> contextFactory, IAuditTrail audit)
{
    public async Task<NoteHistory?> GetAsync(string clinicianId, Guid sessionId, int? from, int? to, CancellationToken cancellationToken = default)
    {
        var history = await GetCoreAsync(clinicianId, sessionId, from, to, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.NoteRead, clinicianId, sessionId, history is not null), cancellationToken);
        return history;
    }

    private async Task<NoteHistory?> GetCoreAsync(string clinicianId, Guid sessionId, int? from, int? to, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new
            {
                NoteId = s.Note == null ? (Guid?)null : s.Note.Id,
                PatientName = PatientIdentity.DisplayNameOf(s.Patient.Identity.GivenName, s.Patient.Identity.FamilyName, s.Patient.Identity.PreferredName),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var versions = await db.NarrativeNoteVersions.AsNoTracking()
            .Where(v => v.NoteId == session.NoteId)
            .OrderByDescending(v => v.Revision)
            .Select(v => new VersionSummary(
                v.Revision, v.SavedAt, db.Users.Where(u => u.Id == v.SavedById).Select(u => u.DisplayName).First(), v.Text.Length))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return new NoteHistory(sessionId, session.PatientName, versions, 0, 0, []);
        }

        var newest = versions[0].Revision;
        var right = to is { } t && versions.Any(v => v.Revision == t) ? t : newest;
        // Coalesced autosaves leave gaps in the revision numbers (ADR 0220): compare with the version before, whatever its number.
        var left = from is { } f && versions.Any(v => v.Revision == f) ? f : versions.FirstOrDefault(v => v.Revision < right)?.Revision ?? right;
        var texts = await db.NarrativeNoteVersions.AsNoTracking()
            .Where(v => v.NoteId == session.NoteId && (v.Revision == left || v.Revision == right))
            .ToDictionaryAsync(v => v.Revision, v => v.Text, cancellationToken);
        var before = left == right ? texts[right] : texts.GetValueOrDefault(left, string.Empty);
        return new NoteHistory(sessionId, session.PatientName, versions, left, right, TextDiff.Compare(before, texts[right]));
    }
}
