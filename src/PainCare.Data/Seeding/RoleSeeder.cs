using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Identity;

namespace PainCare.Data.Seeding;

public static class RoleSeeder
{
    /// <summary>Every install has the three roles, demo or not.</summary>
    public static async Task EnsureRolesAsync(PainCareDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Roles.AsNoTracking().Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
