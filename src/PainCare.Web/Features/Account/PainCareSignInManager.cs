using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>
/// Identity's sign-in with four gaps closed (issue 18): an unknown address costs the same password hashing as a known one,
/// and its answer is held back to the usual time of a wrong password for a real account (which also writes the failed
/// attempt: on SQLite a durable commit of its own), so timing does not tell whether an account exists; an authenticator code signs in once; wrong recovery codes count
/// towards lockout like wrong passwords and codes; and a recovery code is accepted however it is typed (case, dash, spaces).
/// </summary>
public sealed class PainCareSignInManager(
    UserManager<PainCareUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PainCareUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PainCareUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PainCareUser> confirmation,
    AuthenticatorCodes authenticatorCodes)
    : SignInManager<PainCareUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly RunningTime _wrongPasswordTime = new(TimeSpan.FromSeconds(2));

    private static readonly Lazy<(PainCareUser User, string Hash)> _dummy = new(() =>
    {
        var user = new PainCareUser { UserName = "nobody" };
        return (user, new PasswordHasher<PainCareUser>().HashPassword(user, Guid.NewGuid().ToString("N")));
    });

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var started = Stopwatch.GetTimestamp();
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
            if (!result.Succeeded && !result.IsLockedOut && !result.RequiresTwoFactor)
            {
                _wrongPasswordTime.Add(Stopwatch.GetElapsedTime(started));
            }

            return result;
        }

        // The same hashing work as a real check, then the same answer at about the same time.
        UserManager.PasswordHasher.VerifyHashedPassword(_dummy.Value.User, _dummy.Value.Hash, password);
        if (_wrongPasswordTime.Typical - Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } remaining)
        {
            await Task.Delay(remaining);
        }

        return SignInResult.Failed;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        if (await GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return SignInResult.Failed;
        }

        if (await IsLockedOut(user))
        {
            return await LockedOut(user);
        }

        var key = await UserManager.GetAuthenticatorKeyAsync(user);
        var step = key is null ? null : authenticatorCodes.MatchStep(key, code);
        if (step is null || !await authenticatorCodes.ClaimAsync(user.Id, step.Value))
        {
            return await FailedAsync(user);
        }

        return await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        if (await GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return SignInResult.Failed;
        }

        if (await IsLockedOut(user))
        {
            return await LockedOut(user);
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(NormaliseRecoveryCode(recoveryCode));
        return result.Succeeded ? result : await FailedAsync(user);
    }

    /// <summary>Identity stores recovery codes as five characters, a dash and five more, in capitals.</summary>
    public static string NormaliseRecoveryCode(string typed)
    {
        var bare = new string([.. typed.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return bare.Length == 10 ? $"{bare[..5]}-{bare[5..]}" : bare;
    }

    private async Task<SignInResult> FailedAsync(PainCareUser user)
    {
        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
