using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Testing;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Performance;

/// <summary>Contexts on a test database with the app's <see cref="QueryCountInterceptor"/>, for services called in-process.</summary>
internal sealed class CountingContexts(TestDatabase database) : IDbContextFactory<PainCareDbContext>
{
    private readonly DbContextOptions<PainCareDbContext> _options = (DbContextOptions<PainCareDbContext>)new DbContextOptionsBuilder<PainCareDbContext>()
        .UsePainCareDatabase(database.Settings)
        .AddInterceptors(new QueryCountInterceptor())
        .Options;

    public PainCareDbContext CreateDbContext() => new(_options);
}
