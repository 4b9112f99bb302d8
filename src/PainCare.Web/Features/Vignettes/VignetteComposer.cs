using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Deidentification;
using PainCare.Domain.Patients;
using PainCare.Domain.Vignettes;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Vignettes;

/// <summary>
/// The author's side of a vignette: compose from sessions, de-identify, let the clinician review and edit, and submit only
/// when no identifier of the patient remains. Every method is scoped to the signed-in clinician.
/// </summary>
public sealed class VignetteComposer(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    public async Task<ComposeModel?> GetSourcesAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var model = await GetSourcesCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.VignetteSourcesRead, clinicianId, patientId, model is not null), cancellationToken);
        return model;
    }

    private async Task<ComposeModel?> GetSourcesCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => new ComposeModel(
                p.Id,
                PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName),
                p.Sessions.Where(s => s.Note != null && s.Note.Text != "").OrderBy(s => s.StartsAt)
                    .Select(s => new SourceSession(s.Id, s.StartsAt, s.Note!.Text.Substring(0, Math.Min(140, s.Note.Text.Length))))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Composing reads the chosen notes and the patient's identity (to find it in them): one audit row, on the patient.</summary>
    public async Task<ComposeResult> DraftAsync(
        string clinicianId, Guid patientId, IReadOnlyCollection<Guid> sessionIds, bool includeReflections, string? title, CancellationToken cancellationToken = default)
    {
        var result = await DraftCoreAsync(clinicianId, patientId, sessionIds, includeReflections, title, cancellationToken);
        await audit.RecordAsync(
            result.VignetteId is { } id
                ? AuditEntry.ForVignette(AuditActions.VignetteCreate, clinicianId, id, found: true)
                : AuditEntry.ForWrite(AuditActions.VignetteCreate, clinicianId, AuditEntities.Patient, patientId, succeeded: false),
            cancellationToken);
        return result;
    }

    private async Task<ComposeResult> DraftCoreAsync(string clinicianId, Guid patientId, IReadOnlyCollection<Guid> sessionIds, bool includeReflections, string? title, CancellationToken cancellationToken = default)
    {
        if (sessionIds.Count == 0)
        {
            return new ComposeResult(null, "Choose at least one session to build the vignette from.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await db.Patients.AsNoTracking().Include(p => p.Identity).SingleOrDefaultAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId && sessionIds.Contains(s.Id) && s.Note != null)
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.StartsAt, s.Note!.Text, Reflections = db.ReflectionResponses.Where(r => r.SessionId == s.Id && r.Answer != null).Select(r => r.Answer!).ToList() })
            .ToListAsync(cancellationToken);
        if (patient is null || sessions.Count == 0)
        {
            return new ComposeResult(null, "Choose at least one session with a narrative.");
        }

        var source = new StringBuilder();
        for (var i = 0; i < sessions.Count; i++)
        {
            var weeks = (int)Math.Round((sessions[i].StartsAt - sessions[0].StartsAt).TotalDays / 7);
            source.Append(i == 0 ? "First session" : $"Session {i + 1}, {weeks} week{(weeks == 1 ? "" : "s")} later").Append("\n\n").Append(sessions[i].Text.Trim()).Append("\n\n");
            if (includeReflections && sessions[i].Reflections.Count > 0)
            {
                source.Append("My reflection: ").Append(string.Join(" ", sessions[i].Reflections)).Append("\n\n");
            }
        }

        var known = Known(patient.Identity);
        var result = new Deidentifier(new DeidentificationOptions(PseudonymKey: VignetteFinalScan.PseudonymKey(clinicianId, patientId)))
            .Deidentify(new DeidentificationRequest(source.ToString().TrimEnd(), known));
        var heading = string.IsNullOrWhiteSpace(title) ? "Supervision vignette" : title.Trim();
        if ((TextRefusal.Check("title", heading, Vignette.MaxTitleLength) ?? TextRefusal.Check("vignette text", result.Text, Vignette.MaxTextLength)) is { } refusal)
        {
            return new ComposeResult(null, refusal.Message) { Refusal = refusal };
        }

        var now = clock.GetUtcNow();
        var vignette = new Vignette
        {
            Id = Guid.CreateVersion7(),
            AuthorId = clinicianId,
            Title = heading,
            Text = result.Text,
            Status = VignetteStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Vignettes.Add(vignette);
        db.VignetteSources.Add(new VignetteSource
        {
            VignetteId = vignette.Id,
            PatientId = patientId,
            SessionIds = [.. sessionIds],
            SourceText = source.ToString().TrimEnd(),
            ReportJson = JsonSerializer.Serialize(new DeidentificationReport(result.Replacements, result.Review)),
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new ComposeResult(vignette.Id, null);
    }

    public async Task<AuthorView?> GetAsync(string clinicianId, Guid vignetteId, CancellationToken cancellationToken = default)
    {
        var view = await GetCoreAsync(clinicianId, vignetteId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForVignette(AuditActions.VignetteRead, clinicianId, vignetteId, view is not null), cancellationToken);
        return view;
    }

    private async Task<AuthorView?> GetCoreAsync(string clinicianId, Guid vignetteId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Vignettes.AsNoTracking()
            .Where(v => v.Id == vignetteId && v.AuthorId == clinicianId)
            .Select(v => new
            {
                v.Id,
                v.Title,
                v.Text,
                v.Status,
                ReturnedBy = v.Status == VignetteStatus.Returned ? db.Users.Where(u => u.Id == v.SupervisorId).Select(u => new SupervisorOption(u.Id, u.DisplayName)).FirstOrDefault() : null,
                Source = db.VignetteSources.Single(s => s.VignetteId == v.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var report = JsonSerializer.Deserialize<DeidentificationReport>(row.Source.ReportJson)!;
        return new AuthorView(row.Id, row.Title, row.Text, row.Status, row.Source.SourceText, report.Replacements, report.Review) { ReturnedBy = row.ReturnedBy };
    }

    public async Task<bool> SaveAsync(string clinicianId, Guid vignetteId, string title, string text, CancellationToken cancellationToken = default)
    {
        var saved = await SaveCoreAsync(clinicianId, vignetteId, title, text, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteEdit, clinicianId, AuditEntities.Vignette, vignetteId, saved), cancellationToken);
        return saved;
    }

    private async Task<bool> SaveCoreAsync(string clinicianId, Guid vignetteId, string title, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vignette = await db.Vignettes.SingleOrDefaultAsync(v => v.Id == vignetteId && v.AuthorId == clinicianId, cancellationToken);
        if (vignette is null || VignetteRules.Check(title, text) is not null || vignette.Edit(title.Trim(), text, clock.GetUtcNow()) is not null)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The final scan: refused, with every place shown, while any detail the recognisers or the records find is neither
    /// replaced nor kept with a reason. <paramref name="keep"/> maps a flagged text to the author's reason for keeping it.
    /// </summary>
    /// <summary>One row for the submission, and one per detail kept with a reason (the detail and reason stay with the vignette).</summary>
    public async Task<SubmitResult> SubmitAsync(
        string clinicianId, Guid vignetteId, string? supervisorId, bool reviewed, IReadOnlyDictionary<string, string>? keep = null, CancellationToken cancellationToken = default)
    {
        var result = await SubmitCoreAsync(clinicianId, vignetteId, supervisorId, reviewed, keep, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteSubmit, clinicianId, AuditEntities.Vignette, vignetteId, result.Submitted), cancellationToken);
        foreach (var _ in result.Kept)
        {
            await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteDetailKept, clinicianId, AuditEntities.Vignette, vignetteId, succeeded: true), cancellationToken);
        }

        return result;
    }

    private async Task<SubmitResult> SubmitCoreAsync(string clinicianId, Guid vignetteId, string? supervisorId, bool reviewed, IReadOnlyDictionary<string, string>? keep = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vignette = await db.Vignettes.SingleOrDefaultAsync(v => v.Id == vignetteId && v.AuthorId == clinicianId && (v.Status == VignetteStatus.Draft || v.Status == VignetteStatus.Returned), cancellationToken);
        if (vignette is null)
        {
            return new SubmitResult(false, ["This vignette cannot be submitted."], []);
        }

        var reasons = keep ?? new Dictionary<string, string>();
        var inputs = await VignetteFinalScan.LoadAsync(db, vignetteId, clinicianId, cancellationToken);
        var full = vignette.Title + "\n" + vignette.Text;
        var hits = VignetteFinalScan.Scan(full, inputs);
        var open = hits.Where(h => !VignetteFinalScan.IsKept(h, reasons)).ToList();
        var problems = new List<string>();
        // A returned vignette goes back to the supervisor who returned it, whatever the form sent.
        supervisorId = vignette.Status == VignetteStatus.Returned ? vignette.SupervisorId : supervisorId;
        if (supervisorId is null || !await db.UserRoles.AnyAsync(ur => ur.UserId == supervisorId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Data.Identity.Roles.Supervisor), cancellationToken))
        {
            problems.Add("Choose the supervisor to send it to.");
        }

        if (!reviewed)
        {
            problems.Add("Confirm that you have reviewed the flagged details.");
        }

        if (open.Count > 0)
        {
            problems.Add($"The final check found {open.Count} detail{(open.Count == 1 ? "" : "s")} that could identify someone. Replace each one, or keep it with a reason; details from the patient record can only be replaced.");
        }

        if (problems.Count > 0)
        {
            var leaks = open.Where(h => h.IsKnown).Select(h => VignetteFinalScan.Describe(full, h).InContext).ToList();
            return new SubmitResult(false, problems, leaks) { Flagged = [.. open.Select(h => VignetteFinalScan.Describe(full, h))] };
        }

        var now = clock.GetUtcNow();
        var kept = hits.Select(h => new KeptDetail(h.Text, h.Category, Clip(reasons[h.Text].Trim()), now)).ToList();
        if (kept.Count > 0)
        {
            var source = await db.VignetteSources.FirstAsync(s => s.VignetteId == vignetteId, cancellationToken);
            var report = JsonSerializer.Deserialize<DeidentificationReport>(source.ReportJson)!;
            source.ReportJson = JsonSerializer.Serialize(report with { Kept = [.. report.Kept ?? [], .. kept] });
        }

        if (vignette.Submit(supervisorId!, now) is not null)
        {
            return new SubmitResult(false, ["This vignette cannot be submitted."], []);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SubmitResult(true, [], []) { Kept = kept };
    }

    /// <summary>Replaces every flagged detail the author is not keeping with its natural substitute, in title and text.</summary>
    public async Task<bool> ReplaceFlaggedAsync(string clinicianId, Guid vignetteId, IReadOnlyCollection<string> keeping, CancellationToken cancellationToken = default)
    {
        var replaced = await ReplaceFlaggedCoreAsync(clinicianId, vignetteId, keeping, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteEdit, clinicianId, AuditEntities.Vignette, vignetteId, replaced), cancellationToken);
        return replaced;
    }

    private async Task<bool> ReplaceFlaggedCoreAsync(string clinicianId, Guid vignetteId, IReadOnlyCollection<string> keeping, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vignette = await db.Vignettes.SingleOrDefaultAsync(v => v.Id == vignetteId && v.AuthorId == clinicianId && (v.Status == VignetteStatus.Draft || v.Status == VignetteStatus.Returned), cancellationToken);
        if (vignette is null)
        {
            return false;
        }

        var inputs = await VignetteFinalScan.LoadAsync(db, vignetteId, clinicianId, cancellationToken);
        bool Keep(ScanHit h) => !h.IsKnown && keeping.Contains(h.Text);
        var titleHits = VignetteFinalScan.Scan(vignette.Title, inputs);
        var textHits = VignetteFinalScan.Scan(vignette.Text, inputs);
        var title = FinalScan.Apply(vignette.Title, titleHits, Keep);
        var text = FinalScan.Apply(vignette.Text, textHits, Keep);
        var source = await db.VignetteSources.FirstAsync(s => s.VignetteId == vignetteId, cancellationToken);
        var report = JsonSerializer.Deserialize<DeidentificationReport>(source.ReportJson)!;
        source.ReportJson = JsonSerializer.Serialize(report with { Substituted = [.. report.Substituted ?? [], .. titleHits.Concat(textHits).Where(h => !Keep(h)).Select(h => h.Suggestion)] });
        if ((TextRefusal.Check("title", title, Vignette.MaxTitleLength) ?? TextRefusal.Check("vignette text", text, Vignette.MaxTextLength)) is not null)
        {
            // A substitute longer than what it replaces pushed the vignette over its limit: change nothing, cut nothing.
            return false;
        }

        if (vignette.Edit(title, text, clock.GetUtcNow()) is not null)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Clip(string reason) => reason.Length > VignetteFinalScan.MaxReasonLength ? reason[..VignetteFinalScan.MaxReasonLength] : reason;

    public async Task<IReadOnlyList<SupervisorOption>> SupervisorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Data.Identity.Roles.Supervisor)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new SupervisorOption(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private static List<string> Known(Domain.Patients.PatientIdentity identity) =>
        [.. identity.KnownIdentifiers().Select(k => k.Split(" (", 2)[0])];
}
