using Microsoft.EntityFrameworkCore;
using PainCare.Data;

namespace PainCare.Web.Features.Admin;

public sealed record UserSummary(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockoutEnd);

public sealed class UserAdminService(IDbContextFactory<PainCareDbContext> contextFactory)
{
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
