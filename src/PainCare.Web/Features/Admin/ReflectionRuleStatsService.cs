using Microsoft.EntityFrameworkCore;
using PainCare.Data;

namespace PainCare.Web.Features.Admin;

public sealed record RuleStats(string RuleId, string Category, int Answered, int Pinned, int Dismissed, IReadOnlyList<string> RecentReasons);

/// <summary>How clinicians respond to each reflection rule, so rules that annoy them can be found and tuned.</summary>
public sealed class ReflectionRuleStatsService(IDbContextFactory<PainCareDbContext> contextFactory)
{
    public async Task<IReadOnlyList<RuleStats>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.ReflectionResponses.AsNoTracking()
            .GroupBy(r => new { r.RuleId, r.Category })
            .Select(g => new
            {
                g.Key.RuleId,
                g.Key.Category,
                Answered = g.Count(r => r.Answer != null),
                Pinned = g.Count(r => r.IsPinned),
                Dismissed = g.Count(r => r.IsDismissed),
            })
            .ToListAsync(cancellationToken);
        var reasons = await db.ReflectionResponses.AsNoTracking()
            .Where(r => r.IsDismissed && r.DismissReason != null)
            .OrderByDescending(r => r.UpdatedAt)
            .Take(500)
            .Select(r => new { r.RuleId, Reason = r.DismissReason! })
            .ToListAsync(cancellationToken);
        return counts
            .Select(c => new RuleStats(c.RuleId, c.Category, c.Answered, c.Pinned, c.Dismissed, reasons.Where(r => r.RuleId == c.RuleId).Select(r => r.Reason).Take(5).ToList()))
            .OrderByDescending(c => c.Dismissed)
            .ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ToList();
    }
}
