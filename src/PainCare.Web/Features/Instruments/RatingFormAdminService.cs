using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Instruments;

/// <summary>
/// An administrator imports a licensed form's definition file, previews it, enables it and chooses the form patients
/// rate with. Every import and change is audited here (ADR 0260); nothing reaches a patient until it is enabled and
/// chosen, and a form whose wording is a placeholder can be neither.
/// </summary>
public sealed class RatingFormAdminService(IDbContextFactory<PainCareDbContext> contextFactory, ClinicForms forms, IAuditTrail audit, TimeProvider clock)
{
    public async Task<RatingFormsOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var imports = await ImportsQuery(db).ToListAsync(cancellationToken);
        var catalogue = forms.Catalogue;
        var ratingForm = forms.Analyser.Instruments.Patient;
        var importedIds = imports.Where(i => i.Status == ClinicInstrumentStatus.Enabled).Select(i => i.InstrumentId).ToHashSet(StringComparer.Ordinal);
        var chosen = await db.RatingFormChoices.AsNoTracking().AnyAsync(cancellationToken);
        var pair = forms.Analyser.Instruments;
        var listed = catalogue.Instruments
            .Select(d => new CatalogueForm(d.Id, d.Name, d.Version, d.Rater, d.Readiness, importedIds.Contains(d.Id), d.Id == pair.Patient.Id || d.Id == pair.Clinician?.Id))
            .ToList();
        return new RatingFormsOverview(ratingForm.Id, ratingForm.Name, !chosen, listed, imports);
    }

    public async Task<FormPreview?> PreviewImportAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ClinicInstruments.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var summary = await ImportsQuery(db, importId).SingleAsync(cancellationToken);
        var definition = row.Read();
        var inUse = row.Status == ClinicInstrumentStatus.Enabled && RatesSessions(definition.Id);
        return new FormPreview(definition, summary, inUse, row.Status == ClinicInstrumentStatus.Enabled ? RatingFormChoice.Check(forms.Catalogue, definition.Id) : InstrumentRefusal.NotFound);
    }

    public FormPreview? PreviewInUse(string instrumentId) =>
        forms.Catalogue.Find(instrumentId) is { } definition
            ? new FormPreview(definition, null, RatesSessions(instrumentId), RatingFormChoice.Check(forms.Catalogue, instrumentId))
            : null;

    public async Task<FormChange> ImportAsync(string adminId, string fileName, string json, string licenceHolder, string licenceTerms, CancellationToken cancellationToken = default)
    {
        ClinicInstrument row;
        try
        {
            row = ClinicInstrument.Import(fileName, json, licenceHolder, licenceTerms, adminId, clock.GetUtcNow());
        }
        catch (InstrumentDefinitionException ex)
        {
            await RecordAsync(AuditActions.InstrumentImport, adminId, null, succeeded: false, cancellationToken);
            return new FormChange(InstrumentRefusal.Invalid, $"{ex.Field}: {ex.Reason}");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ClinicInstruments.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(AuditActions.InstrumentImport, adminId, row.Id.ToString(), succeeded: true, cancellationToken);
        return new FormChange(null, ImportId: row.Id);
    }

    /// <summary>
    /// Puts an import in the catalogue, in place of any earlier import or shipped form with the same id. A pair goes in
    /// together: the latest import of its counterpart, when the counterpart is not otherwise loaded.
    /// </summary>
    public Task<FormChange> EnableAsync(string adminId, Guid importId, CancellationToken cancellationToken = default) =>
        ChangeAsync(AuditActions.InstrumentEnable, adminId, importId, (row, rows, at) =>
        {
            if (row.Enable(adminId, at) is { } refusal)
            {
                return refusal;
            }

            var pair = new List<ClinicInstrument> { row };
            if (row.Read().Counterpart is { } counterpart && forms.Shipped.Find(counterpart) is null
                && !rows.Any(r => r.InstrumentId == counterpart && r.Status == ClinicInstrumentStatus.Enabled)
                && rows.Where(r => r.InstrumentId == counterpart).MaxBy(r => r.ImportedAt) is { } partner)
            {
                if (partner.Enable(adminId, at) is { } partnerRefusal)
                {
                    return partnerRefusal;
                }

                pair.Add(partner);
            }

            foreach (var earlier in rows.Where(r => r.Status == ClinicInstrumentStatus.Enabled && pair.Any(p => p.InstrumentId == r.InstrumentId && p.Id != r.Id)))
            {
                earlier.Disable(adminId, at);
            }

            return null;
        }, cancellationToken);

    /// <summary>Takes an import out of the catalogue (with an imported counterpart that would be left without it); a shipped form with its id, if any, is used again.</summary>
    public Task<FormChange> DisableAsync(string adminId, Guid importId, CancellationToken cancellationToken = default) =>
        ChangeAsync(AuditActions.InstrumentDisable, adminId, importId, (row, rows, at) =>
        {
            var refusal = row.Disable(adminId, at);
            if (refusal is null && forms.Shipped.Find(row.InstrumentId) is null)
            {
                foreach (var partner in rows.Where(r => r.Status == ClinicInstrumentStatus.Enabled && r.Read().Counterpart == row.InstrumentId))
                {
                    partner.Disable(adminId, at);
                }
            }

            return refusal;
        }, cancellationToken);

    /// <summary>Makes a ready patient form (with its clinician counterpart, if any) the form patients rate sessions with.</summary>
    public async Task<FormChange> ChooseAsync(string adminId, string instrumentId, CancellationToken cancellationToken = default)
    {
        if (RatingFormChoice.Check(forms.Catalogue, instrumentId) is { } refusal)
        {
            await RecordAsync(AuditActions.RatingFormChoose, adminId, instrumentId, succeeded: false, cancellationToken);
            return new FormChange(refusal);
        }

        var patientFormId = forms.Catalogue.FindPair(instrumentId)!.Value.Patient.Id;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var choice = await db.RatingFormChoices.SingleOrDefaultAsync(cancellationToken);
        if (choice is null)
        {
            db.RatingFormChoices.Add(new RatingFormChoice { InstrumentId = patientFormId, ChosenById = adminId, ChosenAt = clock.GetUtcNow() });
        }
        else
        {
            (choice.InstrumentId, choice.ChosenById, choice.ChosenAt) = (patientFormId, adminId, clock.GetUtcNow());
        }

        var saved = await SaveAsync(db, cancellationToken);
        await RecordAsync(AuditActions.RatingFormChoose, adminId, patientFormId, saved, cancellationToken);
        if (saved)
        {
            await forms.RefreshAsync(cancellationToken);
        }

        return saved ? FormChange.Succeeded : new FormChange(InstrumentRefusal.Conflict);
    }

    private async Task<FormChange> ChangeAsync(
        string action, string adminId, Guid importId, Func<ClinicInstrument, List<ClinicInstrument>, DateTimeOffset, InstrumentRefusal?> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A clinic imports a handful of files in its life: all of them are loaded to judge a pair and the whole catalogue.
        var rows = await db.ClinicInstruments.ToListAsync(cancellationToken);
        if (rows.Find(r => r.Id == importId) is not { } row)
        {
            await RecordAsync(action, adminId, importId.ToString(), succeeded: false, cancellationToken);
            return new FormChange(InstrumentRefusal.NotFound);
        }

        var refusal = change(row, rows, clock.GetUtcNow());
        var result = refusal is { } refused ? new FormChange(refused) : await SaveIfConsistentAsync(db, rows, cancellationToken);
        await RecordAsync(action, adminId, importId.ToString(), result.Done, cancellationToken);
        if (result.Done)
        {
            await forms.RefreshAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Saves only when the catalogue still holds together with the change (the same checks as at start-up).</summary>
    private async Task<FormChange> SaveIfConsistentAsync(PainCareDbContext db, List<ClinicInstrument> rows, CancellationToken cancellationToken)
    {
        InstrumentCatalogue catalogue;
        try
        {
            catalogue = ClinicInstrument.Combine(forms.Shipped, rows.Where(r => r.Status == ClinicInstrumentStatus.Enabled));
        }
        catch (InstrumentDefinitionException ex)
        {
            return new FormChange(InstrumentRefusal.Inconsistent, $"{ex.Field}: {ex.Reason}");
        }

        // A chosen form that can no longer be shown (its import taken out) gives way to the settings' form.
        if (await db.RatingFormChoices.SingleOrDefaultAsync(cancellationToken) is { } choice && RatingFormChoice.Check(catalogue, choice.InstrumentId) is not null)
        {
            db.RatingFormChoices.Remove(choice);
        }

        return await SaveAsync(db, cancellationToken) ? FormChange.Succeeded : new FormChange(InstrumentRefusal.Conflict);
    }

    private static async Task<bool> SaveAsync(PainCareDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private bool RatesSessions(string instrumentId)
    {
        var (patient, clinician) = forms.Analyser.Instruments;
        return patient.Id == instrumentId || clinician?.Id == instrumentId;
    }

    private static IQueryable<ImportedForm> ImportsQuery(PainCareDbContext db, Guid? onlyId = null) =>
        from i in db.ClinicInstruments.AsNoTracking()
        where onlyId == null || i.Id == onlyId
        join u in db.Users on i.ImportedById equals u.Id
        orderby i.ImportedAt descending
        select new ImportedForm(i.Id, i.InstrumentId, i.Name, i.InstrumentVersion, i.Rater, i.Status, i.FileName, i.LicenceHolder, i.ImportedAt, u.DisplayName);

    private Task RecordAsync(string action, string adminId, string? entityId, bool succeeded, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(action, succeeded ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, adminId, AuditEntities.Instrument, entityId), cancellationToken);
}
