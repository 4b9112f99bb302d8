using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace PainCare.Data;

/// <summary>
/// The application-managed concurrency token (ADR 0130): every modified row that carries a <c>Version</c> token is
/// written with its original value plus one, and EF's <c>WHERE "Version" = original</c> refuses a save over anyone
/// else's. It works the same on SQLite and PostgreSQL, unlike PostgreSQL's <c>xmin</c>. A bulk
/// <c>ExecuteUpdate</c> bypasses this and must set the version itself.
/// </summary>
public static class ConcurrencyVersions
{
    public const string PropertyName = "Version";

    public static void Advance(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State != Microsoft.EntityFrameworkCore.EntityState.Modified
                || entry.Metadata.FindProperty(PropertyName) is not { IsConcurrencyToken: true } token
                || token.ClrType != typeof(uint))
            {
                continue;
            }

            var version = entry.Property(PropertyName);
            version.CurrentValue = unchecked((uint)version.OriginalValue! + 1);
        }
    }
}
