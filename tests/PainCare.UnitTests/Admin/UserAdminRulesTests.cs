using System.Security.Claims;
using PainCare.Data.Identity;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Admin;

namespace PainCare.UnitTests.Admin;

public sealed class UserAdminRulesTests
{
    [Fact]
    public void TheOnlyActiveAdministrator_CannotLoseTheRole()
    {
        var outcome = UserAdminRules.CheckRoleChange("admin-a", "admin-b", [Roles.Admin], Roles.Clinician, otherActiveAdministrators: 0);

        Assert.Equal(RoleChangeOutcome.LastAdministrator, outcome);
    }

    [Fact]
    public void AnAdministrator_CanLoseTheRole_WhileAnotherActiveAdministratorRemains()
    {
        var outcome = UserAdminRules.CheckRoleChange("admin-a", "admin-b", [Roles.Admin], Roles.Supervisor, otherActiveAdministrators: 1);

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
    }

    [Fact]
    public void AnAdministrator_CannotChangeTheirOwnRole()
    {
        var outcome = UserAdminRules.CheckRoleChange("admin-a", "admin-a", [Roles.Admin], Roles.Clinician, otherActiveAdministrators: 3);

        Assert.Equal(RoleChangeOutcome.OwnRole, outcome);
    }

    [Fact]
    public void ARoleThatDoesNotExist_IsRefused()
    {
        Assert.Equal(RoleChangeOutcome.UnknownRole, UserAdminRules.CheckRoleChange("admin-a", "user", [Roles.Clinician], "Owner", 1));
    }

    [Fact]
    public void TheSameRoleAgain_ChangesNothing()
    {
        Assert.Equal(RoleChangeOutcome.Unchanged, UserAdminRules.CheckRoleChange("admin-a", "user", [Roles.Clinician], Roles.Clinician, 1));
    }

    [Fact]
    public void AClinician_CanBecomeAnAdministrator_EvenWithNoOtherAdministrators()
    {
        Assert.Equal(RoleChangeOutcome.Changed, UserAdminRules.CheckRoleChange("admin-a", "user", [Roles.Clinician], Roles.Admin, 0));
    }

    [Theory]
    [InlineData("/caseload")]
    [InlineData("/admin/users")]
    [InlineData("/account/two-factor-setup")]
    [InlineData("/")]
    public void AUserHoldingAOneTimePassword_IsSentToChangeIt_FromEveryPage(string path)
    {
        Assert.True(PasswordChange.MustRedirect(OneTimeUser(), path));
    }

    [Theory]
    [InlineData("/account/change-password")]
    [InlineData("/account/sign-out")]
    [InlineData("/css/app.css")]
    public void AUserHoldingAOneTimePassword_CanStillChangeItAndSignOut(string path)
    {
        Assert.False(PasswordChange.MustRedirect(OneTimeUser(), path));
    }

    [Fact]
    public void AUserWithTheirOwnPassword_IsNotRedirected()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u")], "test"));

        Assert.False(PasswordChange.MustRedirect(user, "/caseload"));
    }

    [Fact]
    public void OneTimePasswords_MeetTheTwelveCharacterPolicy_AndDiffer()
    {
        var first = OneTimePassword.Create();
        var second = OneTimePassword.Create();

        Assert.Matches("^[a-z2-9]{5}(-[a-z2-9]{5}){3}$", first);
        Assert.True(first.Length >= 12);
        Assert.NotEqual(first, second);
    }

    private static ClaimsPrincipal OneTimeUser() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u"), new Claim(PasswordChange.RequiredClaim, "true")], "test"));
}
