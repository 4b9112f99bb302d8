using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PainCare.Data.Sqlite;

/// <summary>
/// What <c>dotnet ef migrations add</c> builds the SQLite model with. Scaffolding compares the model with the snapshot and
/// never opens the file, so the path names no real database.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PainCareDbContext>
{
    public PainCareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PainCareDbContext>().UsePainCareSqlite("Data Source=design-time-only.db").Options);
}
