using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>
/// Every page each role reaches, at a laptop (1366 px), a tablet (768 px) and a phone (390 px): the page never scrolls
/// sideways; at the laptop and phone widths axe-core finds no serious or critical violation and a screenshot of each page
/// is saved under <c>TestResults/screenshots/pages/</c>. The hand-over screens themselves are checked in <see cref="HandoverTests"/>.
/// The dark palette (ADR 0340) is swept too, for every role at 1366 px and the signed-in roles at 390 px, under
/// <c>pages/&lt;width&gt;-dark/</c>. Each sweep writes its axe results as a table, <c>pages/axe-&lt;role&gt;-&lt;width&gt;[-dark].md</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserFixture fixture)
{
    private const string Physiotherapist = "sam.okafor@paincare.test";
    private const string Supervisor = "helen.mayo@paincare.test";
    private const string Administrator = "admin@paincare.test";
    private const int TabletWidth = 768;

    public static TheoryData<string, int> RolesAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var role in new[] { "physiotherapist", "supervisor", "administrator", "signed-out" })
            {
                foreach (var width in new[] { 1366, TabletWidth, 390 })
                {
                    data.Add(role, width);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, int> DarkRolesAndWidths => new()
    {
        { "physiotherapist", 1366 },
        { "physiotherapist", 390 },
        { "supervisor", 1366 },
        { "supervisor", 390 },
        { "administrator", 1366 },
        { "administrator", 390 },
        { "signed-out", 1366 },
    };

    [Theory]
    [MemberData(nameof(RolesAndWidths))]
    public Task EveryPageOfTheRole_FitsTheWindow_AndHasNoSeriousAxeViolation(string role, int width) => SweepAsync(role, width, dark: false);

    [Theory]
    [MemberData(nameof(DarkRolesAndWidths))]
    public Task EveryPageOfTheRole_InTheDarkPalette_HasNoSeriousAxeViolation(string role, int width) => SweepAsync(role, width, dark: true);

    private async Task SweepAsync(string role, int width, bool dark)
    {
        var pages = await PagesOfAsync(role);
        var height = width < 600 ? 844 : 900;
        var page = role == "signed-out"
            ? await fixture.NewPageAsync(width: width, height: height)
            : await fixture.SignInAsync(EmailOf(role), width: width, height: height);
        if (dark)
        {
            await DarkModeTests.ChooseDarkAsync(page, fixture.Server.BaseAddress);
        }

        var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "pages", width.ToString(System.Globalization.CultureInfo.InvariantCulture) + (dark ? "-dark" : ""));
        Directory.CreateDirectory(folder);
        var problems = new List<string>();
        var summary = new List<string>();

        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
            if (dark && await page.Locator(".pc-layout").CountAsync() > 0)
            {
                await Assertions.Expect(page.Locator(".pc-layout")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pc-dark"));
            }

            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                problems.Add($"{name}: {widths[0]} px wide in a {widths[1]} px window");
            }

            if (width != TabletWidth)
            {
                var violations = (await Axe.SeriousViolationsAsync(page)).ToList();
                problems.AddRange(violations.Select(v => $"{name}: {v}"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{role}-{name}.png"), FullPage = true });
                summary.Add($"| {name} | {Path.GetFileName(folder)}/{role}-{name}.png | {(violations.Count == 0 ? "none serious or critical" : string.Join("; ", violations))} |");
            }
        }

        await page.Context.CloseAsync();
        if (summary.Count > 0)
        {
            // One table per sweep beside the screenshots, for the record of which page was checked and what axe found.
            var heading = $"# {role}, {width} px, {(dark ? "dark" : "light")} palette\n\n| page | screenshot (under pages/) | axe-core |\n|---|---|---|\n";
            await File.WriteAllTextAsync(Path.Combine(folder, "..", $"axe-{role}-{Path.GetFileName(folder)}.md"), heading + string.Join("\n", summary) + "\n");
        }

        Assert.True(problems.Count == 0, $"{role} at {width} px{(dark ? " (dark)" : "")}:\n" + string.Join("\n", problems));
    }

    private static string EmailOf(string role) => role switch
    {
        "physiotherapist" => Physiotherapist,
        "supervisor" => Supervisor,
        _ => Administrator,
    };

    private async Task<IReadOnlyList<(string Name, string Path)>> PagesOfAsync(string role)
    {
        var server = fixture.Server;
        switch (role)
        {
            case "physiotherapist":
                var patient = (await ClinicRecords.PatientOfAsync(server, Physiotherapist)).Id;
                var draft = await ClinicData.NewDraftSessionAsync(server, Physiotherapist);
                var signed = await ClinicRecords.SignedSessionAsync(server, Physiotherapist, "Walked in steadily and talked about the garden.");
                var vignette = await ClinicRecords.SubmittedVignetteAsync(server, Physiotherapist, Supervisor);
                return
                [
                    ("caseload", "caseload"), ("patients", "patients"), ("new-patient", "patients/new"),
                    ("patient", $"patients/{patient}"), ("edit-patient", $"patients/{patient}/edit"),
                    ("alliance-trend", $"patients/{patient}/alliance"), ("new-session", $"patients/{patient}/sessions/new"),
                    ("compose-vignette", $"patients/{patient}/vignette"), ("session-draft", $"sessions/{draft}"),
                    ("session-signed", $"sessions/{signed}"), ("version-history", $"sessions/{signed}/history"),
                    ("clinician-rating", $"sessions/{signed}/clinician-rating"), ("rating-link", $"sessions/{signed}/rating-link"),
                    ("handover-start", $"sessions/{signed}/handover"), ("search", "search"), ("my-vignettes", "my-vignettes"),
                    ("my-vignette", $"my-vignettes/{vignette}"), ("two-factor-setup", "account/two-factor-setup"),
                ];
            case "supervisor":
                var submitted = await ClinicRecords.SubmittedVignetteAsync(server, Physiotherapist, Supervisor);
                return [("vignettes", "vignettes"), ("vignette-thread", $"vignettes/{submitted}"), ("two-factor-setup", "account/two-factor-setup")];
            case "administrator":
                return [("users", "admin/users"), ("audit", "admin/audit"), ("reflection-rules", "admin/reflection-rules"), ("rating-forms", "admin/forms"), ("rating-form-preview", "admin/forms/in-use/paincare-checkin"), ("two-factor-setup", "account/two-factor-setup"), ("change-password", "account/change-password")];
            default:
                return [("sign-in", "account/sign-in"), ("not-found", "not-found"), ("rating-link-unusable", "rate/not-a-real-link")];
        }
    }
}
