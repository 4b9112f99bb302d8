using System.Security.Claims;

namespace PainCare.Web.Features.Shared;

public static class UserIdentity
{
    /// <summary>The signed-in user's id. Pages behind [Authorize] always have one.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
}
