namespace PainCare.Web.Components.Layout;

/// <summary>
/// The light or dark palette this device chose (ADR 0340), kept in a cookie so the server renders the right palette
/// on the first byte: no flash of the other one, and static pages such as sign-in follow it too. js/theme-toggle.js
/// writes the cookie; nothing else reads or sends it.
/// </summary>
public static class ThemeChoice
{
    public const string CookieName = "paincare-theme";
    public const string Dark = "dark";

    /// <summary>Only the exact word counts: anything else, or no cookie at all, is the light palette.</summary>
    public static bool IsDark(HttpContext? context) =>
        context?.Request.Cookies.TryGetValue(CookieName, out var value) == true && value == Dark;
}
