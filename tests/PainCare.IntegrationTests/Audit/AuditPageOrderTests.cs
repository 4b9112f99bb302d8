using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Audit;
using PainCare.Testing;
using PainCare.Web.Features.Audit;

namespace PainCare.IntegrationTests.Audit;

/// <summary>The audit page's one sort (ADR 0340): by time, either way, still paged by the database.</summary>
public sealed class AuditPageOrderTests
{
    private static readonly DateTimeOffset _start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OldestFirst_TurnsTheTrailAround_AndStillPagesOnTheServer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var count = AuditQueryService.PageSize + 5;
        await using (var db = database.CreateContext())
        {
            // Written out of order, so the order read back comes from the query, not from insertion.
            db.AuditEvents.AddRange(Enumerable.Range(0, count).Reverse().Select(i => new AuditEvent
            {
                Id = Guid.NewGuid(), OccurredAt = _start.AddMinutes(i), Action = AuditActions.All[0], EntityType = "patient", EntityId = $"p{i:000}", Outcome = "succeeded",
            }));
            await db.SaveChangesAsync();
        }

        var service = new AuditQueryService(new Contexts(database));
        var filter = new AuditFilter(null, AuditActions.All[0], null, null, null);

        var newest = await service.GetPageAsync(filter, 1);
        var oldest = await service.GetPageAsync(filter with { OldestFirst = true }, 1);
        var oldestNext = await service.GetPageAsync(filter with { OldestFirst = true }, 2);

        Assert.Equal($"p{count - 1:000}", newest.Rows[0].EntityId);
        Assert.Equal(Enumerable.Range(0, AuditQueryService.PageSize).Select(i => $"p{i:000}"), oldest.Rows.Select(r => r.EntityId));
        Assert.True(oldest.HasMore);
        Assert.Equal(Enumerable.Range(AuditQueryService.PageSize, 5).Select(i => $"p{i:000}"), oldestNext.Rows.Select(r => r.EntityId));
        Assert.False(oldestNext.HasMore);
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<PainCareDbContext>
    {
        public PainCareDbContext CreateDbContext() => database.CreateContext();
    }
}
