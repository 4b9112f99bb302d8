using Microsoft.EntityFrameworkCore;
using PainCare.Data;

namespace PainCare.Web.Features.Admin;

public sealed record RuleStats(string RuleId, string Category, int Answered, int Pinned, int Dismissed, int DismissedWithReason);

/// <summary>
/// How clinicians respond to each reflection rule, so rules that annoy them can be found and tuned. Counts only: a
/// clinician's reasons for dismissing are free text about a patient (names, clinical detail) and stay with the clinician.
/// </summary>
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
                DismissedWithReason = g.Count(r => r.IsDismissed && r.DismissReason != null),
            })
            .ToListAsync(cancellationToken);
        return counts
            .Select(c => new RuleStats(c.RuleId, c.Category, c.Answered, c.Pinned, c.Dismissed, c.DismissedWithReason))
            .OrderByDescending(c => c.Dismissed)
            .ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ToList();
    }
}
