using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace PainCare.Web.Features.Handover;

/// <summary>
/// While a device is handed to a patient, this (encrypted, HttpOnly) cookie confines the browser to the rating and lock
/// screens until the clinician unlocks it with their password.
/// </summary>
public sealed record HandoverLock(string UserId, Guid SessionId, bool ShowFirstName, bool OneItemPerStep, bool Rated);

public sealed class HandoverLockCookie(IDataProtectionProvider protection)
{
    public const string Name = "PainCare.Handover";

    private readonly IDataProtector _protector = protection.CreateProtector("PainCare.Handover.v1");

    public HandoverLock? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<HandoverLock>(_protector.Unprotect(value));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(HttpContext context, HandoverLock handover) =>
        context.Response.Cookies.Append(Name, _protector.Protect(JsonSerializer.Serialize(handover)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name);
}
