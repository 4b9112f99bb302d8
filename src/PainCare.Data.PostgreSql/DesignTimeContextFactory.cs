using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PainCare.Data.PostgreSql;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the model with. Scaffolding a migration compares the model with the
/// snapshot and never connects, so the connection string names no real server.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PainCareDbContext>
{
    public PainCareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PainCareDbContext>().UsePainCarePostgreSql("Host=design-time-only;Database=paincare").Options);
}
