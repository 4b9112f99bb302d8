using MudBlazor;

namespace PainCare.Web.Components.Layout;

/// <summary>
/// The one light theme (ADR 0200): a calm teal on white. Every text colour below was chosen for at least 4.5:1 against
/// the background it sits on (WCAG 2.2 AA), so muted text and status colours stay readable in a bright clinic room.
/// </summary>
public static class PainCareTheme
{
    private static readonly string[] _fontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5a6b",            // 7.6:1 on white
            PrimaryContrastText = "#ffffff",
            Secondary = "#5b3a8c",          // 8.9:1 on white
            SecondaryContrastText = "#ffffff",
            Tertiary = "#2f6b4f",
            TertiaryContrastText = "#ffffff",
            Info = "#1c5f8a",
            Success = "#2f6b3e",
            Warning = "#8a4b00",
            Error = "#a61b1b",
            Dark = "#1f2933",
            TextPrimary = "#1f2933",        // 14.7:1 on white
            TextSecondary = "#4a5663",      // 7.5:1 on white, 7.1:1 on the drawer
            TextDisabled = "#6b7683",
            ActionDefault = "#3e4c59",
            Background = "#ffffff",
            BackgroundGray = "#f4f7f8",
            Surface = "#ffffff",
            AppbarBackground = "#0b5a6b",
            AppbarText = "#ffffff",
            DrawerBackground = "#f4f7f8",
            DrawerText = "#1f2933",
            DrawerIcon = "#3e4c59",
            LinesDefault = "#cbd2d9",
            TableLines = "#dde3e8",
            Divider = "#cbd2d9",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = _fontFamily, FontSize = "1rem", LineHeight = "1.5" },
            Button = new ButtonTypography { FontFamily = _fontFamily, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "15rem", DefaultBorderRadius = "6px" },
    };
}
