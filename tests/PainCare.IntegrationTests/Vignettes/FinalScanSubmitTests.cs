using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Vignettes;

namespace PainCare.IntegrationTests.Vignettes;

/// <summary>A paragraph typed into a reviewed vignette is checked with every recogniser before any supervisor sees it.</summary>
public sealed class FinalScanSubmitTests
{
    [Fact]
    public async Task TypedParagraph_IsRefused_UntilEachDetailIsReplacedOrKeptWithAReason()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var composer = new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        await using var db = clinic.Database.CreateContext();
        var patient = await db.Patients.Include(p => p.Identity).Where(p => p.Identity.GivenName == "Leonie").SingleAsync();
        var sessions = (await composer.GetSourcesAsync(clinic.Sam, patient.Id))!.Sessions.Select(s => s.SessionId).ToList();
        var supervisor = (await composer.SupervisorsAsync()).Single();
        var id = (await composer.DraftAsync(clinic.Sam, patient.Id, sessions, false, "Pelvic pain")).VignetteId!.Value;
        var draft = (await composer.GetAsync(clinic.Sam, id))!;
        var dob = patient.Identity.DateOfBirth.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var paragraph = $"\n\nAdded later: born {dob}, she is 44, lives in Parramatta, stacks shelves at Bunnings, and her friend Delphine Marchetti drove her in on 12 March 2024.";
        Assert.True(await composer.SaveAsync(clinic.Sam, id, draft.Title, draft.Text + paragraph));

        var refused = await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true);
        Assert.False(refused.Submitted);
        foreach (var expected in new[] { dob, "44", "Parramatta", "Bunnings", "Delphine", "12 March 2024" })
        {
            Assert.Contains(refused.Flagged, f => f.Text.Contains(expected, StringComparison.Ordinal));
        }

        Assert.True(refused.Flagged.Single(f => f.Text == dob).IsKnown);

        // The record's own date of birth cannot be kept, whatever the reason.
        var keepAll = refused.Flagged.ToDictionary(f => f.Text, _ => "Needed for the case");
        var stillRefused = await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true, keepAll);
        Assert.False(stillRefused.Submitted);
        Assert.Equal(dob, Assert.Single(stillRefused.Flagged).Text);

        Assert.True(await composer.ReplaceFlaggedAsync(clinic.Sam, id, ["Bunnings"]));
        var replaced = (await composer.GetAsync(clinic.Sam, id))!.Text;
        Assert.DoesNotContain(dob, replaced, StringComparison.Ordinal);
        Assert.DoesNotContain("Parramatta", replaced, StringComparison.Ordinal);
        Assert.Contains("Bunnings", replaced, StringComparison.Ordinal);

        var submitted = await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true, new Dictionary<string, string> { ["Bunnings"] = "A national chain; it does not narrow down who she is." });
        Assert.True(submitted.Submitted, string.Join(" ", submitted.Problems.Concat(submitted.Flagged.Select(f => f.InContext))));
        var kept = Assert.Single(submitted.Kept);
        Assert.Equal("Bunnings", kept.Text);

        await using var check = clinic.Database.CreateContext();
        var report = JsonSerializer.Deserialize<DeidentificationReport>(await check.VignetteSources.Where(s => s.VignetteId == id).Select(s => s.ReportJson).SingleAsync())!;
        Assert.Equal("A national chain; it does not narrow down who she is.", Assert.Single(report.Kept!).Reason);
    }
}
