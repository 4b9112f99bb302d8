using PainCare.Data.Identity;

namespace PainCare.Web.Features.Admin;

public enum RoleChangeOutcome
{
    Changed,
    Unchanged,
    OwnRole,
    LastAdministrator,
    UnknownRole,
    NotFound,
}

/// <summary>The rules of changing a role, apart from the database so they can be tested on their own (issue 14).</summary>
public static class UserAdminRules
{
    /// <summary>
    /// Whether an administrator may give <paramref name="userId"/> the role <paramref name="newRole"/>. Administrators do not
    /// change their own role (another administrator does), and the clinic always keeps at least one active administrator:
    /// otherActiveAdministrators counts the active (not disabled) administrators other than <paramref name="userId"/>.
    /// </summary>
    public static RoleChangeOutcome CheckRoleChange(
        string adminId, string userId, IReadOnlyCollection<string> currentRoles, string newRole, int otherActiveAdministrators)
    {
        if (!Roles.All.Contains(newRole, StringComparer.Ordinal))
        {
            return RoleChangeOutcome.UnknownRole;
        }

        if (string.Equals(adminId, userId, StringComparison.Ordinal))
        {
            return RoleChangeOutcome.OwnRole;
        }

        if (currentRoles.Count == 1 && currentRoles.Contains(newRole, StringComparer.Ordinal))
        {
            return RoleChangeOutcome.Unchanged;
        }

        return currentRoles.Contains(Roles.Admin, StringComparer.Ordinal) && newRole != Roles.Admin && otherActiveAdministrators == 0
            ? RoleChangeOutcome.LastAdministrator
            : RoleChangeOutcome.Changed;
    }

    /// <summary>What the role is called on screen.</summary>
    public static string RoleName(string role) => role switch
    {
        Roles.Clinician => "Physiotherapist",
        Roles.Supervisor => "Supervisor",
        Roles.Admin => "Administrator",
        _ => role,
    };
}
