using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class VignetteTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CompositeCase_BecomesAVignetteWithNoIdentifier_AndTheSupervisorDiscussesItWithoutReachingThePatient()
    {
        Guid patientId;
        await using (var db = fixture.Server.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
        }

        var clinician = await fixture.SignInAsync("sam.okafor@paincare.test");
        await clinician.GotoAsync($"patients/{patientId}");
        await clinician.GetByRole(AriaRole.Link, new() { Name = "Supervision vignette" }).ClickAsync();
        await clinician.GetByLabel("Title (no names)").FillAsync("Long-standing pelvic pain and a first meeting");
        var sessions = clinician.GetByRole(AriaRole.Group, new() { Name = "Sessions" }).GetByRole(AriaRole.Checkbox);
        await Assertions.Expect(sessions).ToHaveCountAsync(4);
        await sessions.Nth(0).CheckAsync();
        await sessions.Nth(1).CheckAsync();
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Draft the vignette" }).ClickAsync();

        await Assertions.Expect(clinician.GetByRole(AriaRole.Heading, new() { Name = "Review before supervision" })).ToBeVisibleAsync();
        await Assertions.Expect(clinician.Locator("mark.replaced[title^='Original: Leonie']").First).ToBeVisibleAsync();
        var text = clinician.GetByLabel("Text the supervisor will read");
        var drafted = await text.InputValueAsync();
        Assert.DoesNotContain("Leonie", drafted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hartley", drafted, StringComparison.OrdinalIgnoreCase);

        // A name typed back in by hand is caught by the final scan, with its place shown.
        await text.FillAsync(drafted + "\n\nLater Leonie's sister joined a session.");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await clinician.GetByRole(AriaRole.Combobox, new() { Name = "Supervisor" }).SelectOptionAsync(new SelectOptionValue { Label = "Helen Mayo" });
        await clinician.GetByRole(AriaRole.Checkbox, new() { NameRegex = ReviewedBox() }).CheckAsync();
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Submit for supervision" }).ClickAsync();
        await Assertions.Expect(clinician.GetByRole(AriaRole.Alert)).ToContainTextAsync("The final check found");
        await Assertions.Expect(clinician.GetByRole(AriaRole.List, new() { Name = "Details found by the final check" })).ToContainTextAsync("Later [Leonie]'s sister");

        await clinician.GetByLabel("Text the supervisor will read").FillAsync(drafted + "\n\nLater her sister joined a session.");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await clinician.GetByRole(AriaRole.Combobox, new() { Name = "Supervisor" }).SelectOptionAsync(new SelectOptionValue { Label = "Helen Mayo" });
        await clinician.GetByRole(AriaRole.Checkbox, new() { NameRegex = ReviewedBox() }).CheckAsync();
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Submit for supervision" }).ClickAsync();
        await Assertions.Expect(clinician.GetByRole(AriaRole.Heading, new() { Name = "Long-standing pelvic pain and a first meeting" })).ToBeVisibleAsync();
        var vignetteUrl = clinician.Url;

        var supervisor = await fixture.SignInAsync("helen.mayo@paincare.test");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Long-standing pelvic pain and a first meeting" }).ClickAsync();
        var article = supervisor.GetByRole(AriaRole.Article, new() { Name = "Vignette" });
        await Assertions.Expect(article).ToContainTextAsync("her sister joined a session");
        Assert.DoesNotContain("Leonie", await supervisor.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hartley", await supervisor.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Axe.SeriousViolationsAsync(supervisor));
        await supervisor.GetByLabel("Feedback or a question").FillAsync("What did you notice in your own body when she pulled away?");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByText("In discussion")).ToBeVisibleAsync();

        await clinician.GotoAsync(vignetteUrl);
        await Assertions.Expect(clinician.GetByText("What did you notice in your own body when she pulled away?")).ToBeVisibleAsync();
        await clinician.GetByLabel("Your reply").FillAsync("A tightening in my chest, and an urge to hurry.");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(clinician.GetByText("A tightening in my chest, and an urge to hurry.")).ToBeVisibleAsync();

        // The supervisor cannot reach the patient by URL.
        var response = await supervisor.GotoAsync($"patients/{patientId}");
        Assert.DoesNotContain("Leonie", await supervisor.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(404, response!.Status);
        await clinician.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }

    [GeneratedRegex("^I have reviewed")]
    private static partial Regex ReviewedBox();
}
