namespace PainCare.Web.Features.Admin;

public sealed record NewUser(string DisplayName, string Email, string Role);

public enum AccountChangeOutcome
{
    Done,
    NotFound,
    OwnAccount,
    EmailTaken,
    InvalidEmail,
    InvalidName,
    UnknownRole,
    PasswordRejected,
}

/// <summary>
/// The outcome of adding a user or resetting a password; <paramref name="OneTimePassword"/> is set only on success, is shown
/// to the administrator once and is never logged, audited or put in a URL.
/// </summary>
public sealed record AccountChange(AccountChangeOutcome Outcome, string? UserId = null, string? OneTimePassword = null)
{
    public bool Succeeded => Outcome == AccountChangeOutcome.Done;
}
