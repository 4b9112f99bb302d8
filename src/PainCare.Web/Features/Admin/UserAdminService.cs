using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Admin;

public sealed record UserSummary(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockoutEnd);

public sealed partial class UserAdminService(
    IDbContextFactory<PainCareDbContext> contextFactory, ServerSessions sessions, UserManager<PainCareUser> userManager, IAuditTrail audit)
{
    /// <summary>A new security stamp: the user's cookies stop working at their next request, live circuits at their next message.</summary>
    public async Task<bool> EndSessionsAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        var ended = await EndSessionsCoreAsync(adminId, userId, cancellationToken);
        await audit.RecordAsync(UserChange(AuditActions.UserSessionsEnded, adminId, userId, ended), cancellationToken);
        return ended;
    }

    private async Task<bool> EndSessionsCoreAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ended = await db.Users.Where(u => u.Id == userId && u.Id != adminId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N")).SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken) == 1;
        if (ended)
        {
            await sessions.EndAllAsync(userId, cancellationToken);
        }

        return ended;
    }

    /// <summary>
    /// For a user who lost their authenticator: two-factor is turned off and its key, recovery codes and sessions are
    /// removed, so their next sign-in (password only) goes straight to setting two-factor up again.
    /// </summary>
    public async Task<bool> ResetTwoFactorAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        var reset = await ResetTwoFactorCoreAsync(adminId, userId, cancellationToken);
        await audit.RecordAsync(UserChange(AuditActions.UserTwoFactorReset, adminId, userId, reset), cancellationToken);
        return reset;
    }

    private async Task<bool> ResetTwoFactorCoreAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await db.Users.Where(u => u.Id == userId && u.Id != adminId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(x => x.TwoFactorEnabled, false)
                    .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))
                    .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()),
                cancellationToken) == 1;
        if (reset)
        {
            // Identity's own rows (authenticator key, recovery codes) and PainCare's (sessions, last code step).
            await db.UserTokens.Where(t => t.UserId == userId && (t.LoginProvider == "[AspNetUserStore]" || t.LoginProvider == ServerSessions.Provider))
                .ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        sessions.Signal(userId);
        return reset;
    }

    /// <summary>Disabling ends the user's sessions and refuses every sign-in; enabling lets them sign in again.</summary>
    public async Task<bool> SetDisabledAsync(string adminId, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var changed = await SetDisabledCoreAsync(adminId, userId, disabled, cancellationToken);
        await audit.RecordAsync(UserChange(AuditActions.UserDisabled, adminId, userId, changed), cancellationToken);
        return changed;
    }

    private static AuditEntry UserChange(string action, string adminId, string userId, bool succeeded) =>
        new(action, succeeded ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, adminId, AuditEntities.User, userId);

    private async Task<bool> SetDisabledCoreAsync(string adminId, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Users.Where(u => u.Id == userId && u.Id != adminId)
            .ExecuteUpdateAsync(
                u => u.SetProperty(x => x.IsDisabled, disabled)
                    .SetProperty(x => x.LockoutEnabled, true)
                    .SetProperty(x => x.LockoutEnd, disabled ? DateTimeOffset.MaxValue : null)
                    .SetProperty(x => x.AccessFailedCount, 0)
                    .SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))
                    .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()),
                cancellationToken) == 1;
        if (changed)
        {
            await sessions.EndAllAsync(userId, cancellationToken);
        }

        return changed;
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
