using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Audit;

namespace PainCare.Web.Features.Audit;

/// <summary>
/// Filters shared by the admin page and the CSV export. Dates are whole UTC days, both ends included. The page sorts by
/// time only, either way: the trail is indexed on when, so both orders stay cheap however long the trail grows.
/// </summary>
public sealed record AuditFilter(string? User, string? Action, string? Outcome, DateOnly? From, DateOnly? To, bool OldestFirst = false);

public sealed record AuditRow(DateTimeOffset OccurredAt, string? UserId, string? UserEmail, string Action, string? EntityType, string? EntityId, string Outcome, string? IpAddress, string? UserAgent, string? UserName = null);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, bool HasMore);

public sealed class AuditQueryService(IDbContextFactory<PainCareDbContext> contextFactory)
{
    public const int PageSize = 50;
    public const int MaxExportRows = 100_000;
    private const int MaxPage = int.MaxValue / PageSize;

    public async Task<AuditPage> GetPageAsync(AuditFilter filter, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A page number past any real trail (a hand-typed ?page=2147483647) is an empty page, not an overflowed offset.
        var rows = await Query(db, filter).Skip((Math.Clamp(page, 1, MaxPage) - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage(rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    public async Task<IReadOnlyList<AuditRow>> GetForExportAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Query(db, filter).Take(MaxExportRows).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditRow> Query(PainCareDbContext db, AuditFilter filter)
    {
        IQueryable<AuditEvent> events = db.AuditEvents.AsNoTracking();
        if (filter.Action is { Length: > 0 } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.Outcome is { Length: > 0 } outcome)
        {
            events = events.Where(e => e.Outcome == outcome);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt < end);
        }

        var rows = from e in events
                   join u in db.Users on e.UserId equals u.Id into users
                   from u in users.DefaultIfEmpty()
                   select new { Event = e, Email = u == null ? null : u.Email, Name = u == null ? null : u.DisplayName };
        if (filter.User is { Length: > 0 } user)
        {
            var normalised = user.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.Event.UserId == user.Trim() || (r.Email != null && r.Email.ToUpper() == normalised));
        }

        var ordered = filter.OldestFirst
            ? rows.OrderBy(r => r.Event.OccurredAt).ThenBy(r => r.Event.Id)
            : rows.OrderByDescending(r => r.Event.OccurredAt).ThenByDescending(r => r.Event.Id);
        return ordered
            .Select(r => new AuditRow(r.Event.OccurredAt, r.Event.UserId, r.Email, r.Event.Action, r.Event.EntityType, r.Event.EntityId, r.Event.Outcome, r.Event.IpAddress, r.Event.UserAgent, r.Name));
    }
}
