using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Text;
using PainCare.Domain.Vignettes;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Vignettes;

/// <summary>
/// The supervision thread. A vignette is visible to its author and to the supervisor it was submitted to, and to no one
/// else; these queries read only the vignette tables, never a patient, session or note.
/// </summary>
public sealed class SupervisionService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    public async Task<IReadOnlyList<VignetteSummary>> AssignedAsync(string supervisorId, CancellationToken cancellationToken = default)
    {
        var list = await AssignedCoreAsync(supervisorId, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.VignetteListRead, AuditOutcomes.Succeeded, supervisorId), cancellationToken);
        return list;
    }

    private async Task<IReadOnlyList<VignetteSummary>> AssignedCoreAsync(string supervisorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Vignettes.AsNoTracking()
            .Where(v => v.SupervisorId == supervisorId && v.Status != VignetteStatus.Draft)
            .OrderBy(v => v.Status == VignetteStatus.Closed).ThenByDescending(v => v.SubmittedAt)
            .Select(v => new VignetteSummary(v.Id, v.Title, v.Status, v.SubmittedAt, db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.DisplayName).First(), v.Comments.Count,
                v.Comments.Count(c => c.AuthorId != supervisorId && !db.VignetteReadings.Any(r => r.VignetteId == v.Id && r.UserId == supervisorId && r.ReadAt >= c.CreatedAt))))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<VignetteSummary>> AuthoredAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        var list = await AuthoredCoreAsync(clinicianId, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.VignetteListRead, AuditOutcomes.Succeeded, clinicianId), cancellationToken);
        return list;
    }

    private async Task<IReadOnlyList<VignetteSummary>> AuthoredCoreAsync(string clinicianId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Vignettes.AsNoTracking()
            .Where(v => v.AuthorId == clinicianId)
            .OrderByDescending(v => v.UpdatedAt)
            .Select(v => new VignetteSummary(v.Id, v.Title, v.Status, v.SubmittedAt, db.Users.Where(u => u.Id == v.SupervisorId).Select(u => u.DisplayName).FirstOrDefault() ?? "—", v.Comments.Count,
                v.Comments.Count(c => c.AuthorId != clinicianId && !db.VignetteReadings.Any(r => r.VignetteId == v.Id && r.UserId == clinicianId && r.ReadAt >= c.CreatedAt))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The thread, with messages new to this reader marked; opening it marks them read.</summary>
    public async Task<ThreadView?> GetAsync(string userId, Guid vignetteId, CancellationToken cancellationToken = default)
    {
        var thread = await GetCoreAsync(userId, vignetteId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForVignette(AuditActions.VignetteRead, userId, vignetteId, thread is not null), cancellationToken);
        return thread;
    }

    private async Task<ThreadView?> GetCoreAsync(string userId, Guid vignetteId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await Visible(db, userId, vignetteId).AsNoTracking()
            .Select(v => new
            {
                Thread = new ThreadView(
                    v.Id,
                    v.Title,
                    v.Text,
                    v.Status,
                    v.SupervisorId == userId,
                    db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.DisplayName).First(),
                    v.Comments.OrderBy(c => c.CreatedAt).Select(c => new CommentView(db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).First(), c.Text, c.CreatedAt, c.AuthorId != userId)).ToList()),
                LastRead = db.VignetteReadings.Where(r => r.VignetteId == v.Id && r.UserId == userId).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        await MarkReadAsync(db, userId, vignetteId, found.LastRead is not null, cancellationToken);
        var lastRead = found.LastRead;
        return found.Thread with { Comments = [.. found.Thread.Comments.Select(c => c with { IsNew = c.IsNew && (lastRead is null || c.CreatedAt > lastRead) })] };
    }

    /// <summary>Sent, or refused with the reason; a message over the limit is refused whole, never cut.</summary>
    public async Task<CommentOutcome> CommentAsync(string userId, Guid vignetteId, string text, CancellationToken cancellationToken = default)
    {
        var outcome = await CommentCoreAsync(userId, vignetteId, text, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteComment, userId, AuditEntities.Vignette, vignetteId, outcome.WasSent), cancellationToken);
        return outcome;
    }

    private async Task<CommentOutcome> CommentCoreAsync(string userId, Guid vignetteId, string text, CancellationToken cancellationToken = default)
    {
        text = text.ReplaceLineEndings("\n");
        if (TextRefusal.Check("message", text, VignetteComment.MaxLength) is { } refusal)
        {
            return new CommentOutcome(refusal);
        }

        if (NarrativeRules.Check(text) is not null || HiddenCharacters.AnyInvisibleFormatting(text))
        {
            return new CommentOutcome(new TextRefusal("message", TextProblem.HiddenCharacters));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vignette = await Visible(db, userId, vignetteId).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (vignette is null || vignette.TakeComment(userId, now) is not null)
        {
            return new CommentOutcome(new TextRefusal("message", TextProblem.Closed));
        }

        db.VignetteComments.Add(new VignetteComment { Id = Guid.CreateVersion7(), VignetteId = vignetteId, AuthorId = userId, Text = text.Trim(), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return CommentOutcome.Sent;
    }

    /// <summary>The supervisor moves the vignette into discussion (reopening a closed one) or closes it (<see cref="Vignette.MoveTo"/>).</summary>
    public Task<bool> SetStatusAsync(string supervisorId, Guid vignetteId, VignetteStatus status, CancellationToken cancellationToken = default) =>
        ChangeAsync(supervisorId, vignetteId, (v, at) => v.MoveTo(status, supervisorId, at), cancellationToken);

    /// <summary>The author takes a submission back before the supervisor has taken it up (<see cref="Vignette.Withdraw"/>).</summary>
    public Task<bool> WithdrawAsync(string authorId, Guid vignetteId, CancellationToken cancellationToken = default) =>
        ChangeAsync(authorId, vignetteId, (v, at) => v.Withdraw(authorId, at), cancellationToken);

    /// <summary>The supervisor hands the vignette back for changes (<see cref="Vignette.ReturnForChanges"/>).</summary>
    public Task<bool> ReturnForChangesAsync(string supervisorId, Guid vignetteId, CancellationToken cancellationToken = default) =>
        ChangeAsync(supervisorId, vignetteId, (v, at) => v.ReturnForChanges(supervisorId, at), cancellationToken);

    /// <summary>Every move of a vignette's status, by either side, is one audit row.</summary>
    private async Task<bool> ChangeAsync(string userId, Guid vignetteId, Func<Vignette, DateTimeOffset, VignetteRefusal?> change, CancellationToken cancellationToken)
    {
        var moved = await ChangeCoreAsync(userId, vignetteId, change, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.VignetteStatusChange, userId, AuditEntities.Vignette, vignetteId, moved), cancellationToken);
        return moved;
    }

    private async Task<bool> ChangeCoreAsync(string userId, Guid vignetteId, Func<Vignette, DateTimeOffset, VignetteRefusal?> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var vignette = await Visible(db, userId, vignetteId).SingleOrDefaultAsync(cancellationToken);
        if (vignette is null || change(vignette, clock.GetUtcNow()) is not null)
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The author or the supervisor changed it in between (a message, another window): nothing was changed.
            return false;
        }
    }

    /// <summary>One command: the reader's reading moves to now, or is recorded for the first time.</summary>
    private async Task MarkReadAsync(PainCareDbContext db, string userId, Guid vignetteId, bool readBefore, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (readBefore)
        {
            await db.VignetteReadings.Where(r => r.VignetteId == vignetteId && r.UserId == userId)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.ReadAt, now), cancellationToken);
            return;
        }

        db.VignetteReadings.Add(new VignetteReading { VignetteId = vignetteId, UserId = userId, ReadAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs opened the thread at once and the other recorded the reading: it is read either way.
        }
    }

    private static IQueryable<Vignette> Visible(PainCareDbContext db, string userId, Guid vignetteId) =>
        db.Vignettes.Where(v => v.Id == vignetteId && v.Status != VignetteStatus.Draft && (v.SupervisorId == userId || v.AuthorId == userId));
}
