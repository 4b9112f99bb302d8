using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Identity;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Admin;

/// <summary>Adding users, changing a role and resetting a password (issue 14, ADR 0300); each is audited here.</summary>
public sealed partial class UserAdminService
{
    private static readonly Claim _mustChange = new(PasswordChange.RequiredClaim, "true");

    public async Task<AccountChange> AddUserAsync(string adminId, NewUser input, CancellationToken cancellationToken = default)
    {
        var outcome = CheckNewUser(input);
        if (outcome == AccountChangeOutcome.Done)
        {
            var email = input.Email.Trim();
            var user = new PainCareUser { UserName = email, Email = email, DisplayName = input.DisplayName.Trim(), EmailConfirmed = true, LockoutEnabled = true };
            var password = OneTimePassword.Create();
            var created = await userManager.CreateAsync(user, password);
            outcome = created.Succeeded ? AccountChangeOutcome.Done : Describe(created);
            if (created.Succeeded)
            {
                await userManager.AddToRoleAsync(user, input.Role);
                await userManager.AddClaimAsync(user, _mustChange);
                await RecordAsync(AuditActions.UserAdded, AuditOutcomes.Succeeded, adminId, user.Id, cancellationToken);
                return new AccountChange(AccountChangeOutcome.Done, user.Id, password);
            }
        }

        await RecordAsync(AuditActions.UserAdded, AuditOutcomes.Failed, adminId, null, cancellationToken);
        return new AccountChange(outcome);
    }

    /// <summary>Gives the user exactly one role; their sessions end so the new role applies from their next sign-in.</summary>
    public async Task<RoleChangeOutcome> ChangeRoleAsync(string adminId, string userId, string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var exists = await db.Users.AnyAsync(u => u.Id == userId, cancellationToken);
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(cancellationToken);
        var otherAdmins = await db.UserRoles.Where(ur => ur.RoleId == adminRoleId && ur.UserId != userId)
            .Join(db.Users.Where(u => !u.IsDisabled), ur => ur.UserId, u => u.Id, (ur, _) => ur.UserId).CountAsync(cancellationToken);
        var outcome = exists ? UserAdminRules.CheckRoleChange(adminId, userId, roles, role, otherAdmins) : RoleChangeOutcome.NotFound;
        if (outcome == RoleChangeOutcome.Changed)
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(cancellationToken);
            await db.UserRoles.Where(ur => ur.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
            await db.SaveChangesAsync(cancellationToken);
            await NewStampAsync(db, userId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (outcome == RoleChangeOutcome.Changed)
        {
            await sessions.EndAllAsync(userId, cancellationToken);
        }

        await RecordAsync(AuditActions.UserRoleChanged, outcome == RoleChangeOutcome.Changed ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, adminId, userId, cancellationToken);
        return outcome;
    }

    /// <summary>Sets a new one-time password the user must replace at their next sign-in, and ends their sessions.</summary>
    public async Task<AccountChange> ResetPasswordAsync(string adminId, string userId, CancellationToken cancellationToken = default)
    {
        var user = adminId == userId ? null : await userManager.FindByIdAsync(userId);
        var outcome = adminId == userId ? AccountChangeOutcome.OwnAccount : user is null ? AccountChangeOutcome.NotFound : AccountChangeOutcome.Done;
        string? password = null;
        if (user is not null)
        {
            password = OneTimePassword.Create();
            var reset = await userManager.ResetPasswordAsync(user, await userManager.GeneratePasswordResetTokenAsync(user), password);
            outcome = reset.Succeeded ? AccountChangeOutcome.Done : AccountChangeOutcome.PasswordRejected;
            if (reset.Succeeded)
            {
                if (!(await userManager.GetClaimsAsync(user)).Any(c => c.Type == PasswordChange.RequiredClaim))
                {
                    await userManager.AddClaimAsync(user, _mustChange);
                }

                await userManager.ResetAccessFailedCountAsync(user);
                await sessions.EndAllAsync(userId, cancellationToken);
            }
        }

        await RecordAsync(AuditActions.UserPasswordReset, outcome == AccountChangeOutcome.Done ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, adminId, userId, cancellationToken);
        return outcome == AccountChangeOutcome.Done ? new AccountChange(outcome, userId, password) : new AccountChange(outcome);
    }

    private static AccountChangeOutcome CheckNewUser(NewUser input) =>
        string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 100 ? AccountChangeOutcome.InvalidName
        : !Roles.All.Contains(input.Role, StringComparer.Ordinal) ? AccountChangeOutcome.UnknownRole
        : input.Email.Trim() is not { Length: > 2 and <= 256 } email || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) ? AccountChangeOutcome.InvalidEmail
        : AccountChangeOutcome.Done;

    private static AccountChangeOutcome Describe(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)) ? AccountChangeOutcome.EmailTaken
        : result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)) ? AccountChangeOutcome.InvalidEmail
        : AccountChangeOutcome.PasswordRejected;

    private static Task<int> NewStampAsync(PainCare.Data.PainCareDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            u => u.SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N")).SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);

    private Task RecordAsync(string action, string outcome, string adminId, string? userId, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(action, outcome, adminId, userId is null ? null : AuditEntities.User, userId), cancellationToken);
}
