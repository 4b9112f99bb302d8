using MudBlazor;

namespace PainCare.Web.Components.Layout;

/// <summary>
/// The one theme (ADR 0200, 0340): a calm teal on white, and the same teal lightened on a blue-grey night palette. Every
/// text colour below was chosen for at least 4.5:1 against the background it sits on (WCAG 2.2 AA), in both palettes,
/// so muted text and status colours stay readable in a bright clinic room and in a dim one.
/// </summary>
public static class PainCareTheme
{
    private const string DarkInk = "#10171c";

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
        // Ratios against the page (#12181d), the cards and tables (#1b232a) and the drawer (#161d23), lowest given.
        PaletteDark = new PaletteDark
        {
            Primary = "#5cc3d6",            // 7.7:1
            PrimaryContrastText = DarkInk,  // 8.3:1 on the primary
            Secondary = "#c4a7f0",          // 7.7:1
            SecondaryContrastText = DarkInk,
            Tertiary = "#7fd0a8",
            TertiaryContrastText = DarkInk,
            Info = "#7ab8e6",               // 7.4:1
            InfoContrastText = DarkInk,
            Success = "#7fcf8f",
            SuccessContrastText = DarkInk,
            Warning = "#f0b25a",
            WarningContrastText = DarkInk,
            Error = "#ff8a80",              // 7.0:1
            ErrorContrastText = DarkInk,
            Dark = "#0b1014",
            TextPrimary = "#e6ebef",        // 13.3:1
            TextSecondary = "#b3bec8",      // 8.4:1
            TextDisabled = "#8a96a3",       // 5.3:1
            ActionDefault = "#c3ccd4",
            ActionDisabled = "#8a96a3",
            Background = "#12181d",
            BackgroundGray = "#1b232a",
            Surface = "#1b232a",
            AppbarBackground = "#0f3a44",   // white on it: 12.3:1
            AppbarText = "#ffffff",
            DrawerBackground = "#161d23",
            DrawerText = "#e6ebef",
            DrawerIcon = "#c3ccd4",
            LinesDefault = "#3d4a55",
            LinesInputs = "#8a96a3",
            TableLines = "#2e3a44",
            TableStriped = "#1f2830",
            TableHover = "#24303a",
            Divider = "#3d4a55",
            OverlayLight = "rgba(18, 24, 29, .5)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = _fontFamily, FontSize = "1rem", LineHeight = "1.5" },
            Button = new ButtonTypography { FontFamily = _fontFamily, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "15rem", DefaultBorderRadius = "6px" },
    };
}
