using Microsoft.EntityFrameworkCore;
using PainCare.IntegrationTests.Performance;
using PainCare.Testing;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Hosting;

public sealed class QueryCountInterceptorTests
{
    [Fact]
    public async Task Commands_AreCountedPerRequestFlow_AndWorkOutsideAnyRequestRunsUncounted()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contexts = new CountingContexts(database);

        // Background work (a timer, circuit revalidation) runs with no request's execution context, so no counter.
        Task background;
        using (ExecutionContext.SuppressFlow())
        {
            background = Task.Run(() => QueryAsync(contexts, 2));
        }

        var request = QueryCountInterceptor.StartRequest();
        await background;
        await QueryAsync(contexts, 1);
        var concurrent = await Task.WhenAll(Enumerable.Range(1, 3).Select(n => Task.Run(async () =>
        {
            var own = QueryCountInterceptor.StartRequest();
            await QueryAsync(contexts, n);
            return own.Count;
        })));

        Assert.Equal(2, request.Count);
        Assert.Equal([2, 4, 6], concurrent);
    }

    /// <summary>Two commands per round: a query (reader) and a raw statement (non-query).</summary>
    private static async Task QueryAsync(CountingContexts contexts, int rounds)
    {
        await using var db = contexts.CreateDbContext();
        for (var i = 0; i < rounds; i++)
        {
            await db.Patients.AnyAsync();
            await db.Database.ExecuteSqlRawAsync("SELECT 1");
        }
    }
}
