using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>
/// OWASP ASVS 5 V6.2: refuse passwords found in lists of commonly used or breached passwords, or built from the
/// account's own name. Length is enforced by Identity's options; no composition rules are imposed.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PainCareUser>
{
    /// <summary>The <see cref="IdentityError.Code"/> of a refusal, which pages match exactly.</summary>
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> _common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PainCareUser> manager, PainCareUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var normalised = password.Trim().ToLowerInvariant();
        var localPart = user.Email?.Split('@')[0].ToLowerInvariant();
        var isCommon = _common.Value.Contains(normalised)
            || normalised.Distinct().Count() <= 2
            || (localPart is { Length: >= 4 } && normalised.Contains(localPart, StringComparison.Ordinal));
        return Task.FromResult(isCommon
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "This password is too common or too easy to guess. Try a longer phrase of unrelated words." })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("PainCare.Web.Features.Account.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
