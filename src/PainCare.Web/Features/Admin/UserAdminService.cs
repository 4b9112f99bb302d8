using Microsoft.EntityFrameworkCore;
using PainCare.Data;

namespace PainCare.Web.Features.Admin;

public sealed record UserSummary(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockoutEnd);

public sealed class UserAdminService(IDbContextFactory<PainCareDbContext> contextFactory)
{
    /// <summary>A new security stamp: the user's cookies and live circuits stop working at their next check (within a minute).</summary>
    public async Task<bool> EndSessionsAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId && u.Id != adminId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N")).SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken) == 1;
    }

    /// <summary>Disabling ends the user's sessions and refuses every sign-in; enabling lets them sign in again.</summary>
    public async Task<bool> SetDisabledAsync(string adminId, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId && u.Id != adminId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(x => x.IsDisabled, disabled)
                    .SetProperty(x => x.LockoutEnabled, true)
                    .SetProperty(x => x.LockoutEnd, disabled ? DateTimeOffset.MaxValue : null)
                    .SetProperty(x => x.AccessFailedCount, 0)
                    .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))
                    .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()),
                cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<UserSummary>> GetUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserSummary(
                u.Id,
                u.DisplayName,
                u.Email ?? string.Empty,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.IsDisabled,
                u.LockoutEnd))
            .ToListAsync(cancellationToken);
    }
}
