using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Vignettes;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Vignettes;

namespace PainCare.IntegrationTests.Vignettes;

public sealed class VignetteLengthTests
{
    [Fact]
    public async Task ATitleOverTheLimit_IsRefusedWithTheCount_NeverCut()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var composer = new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        Guid patientId;
        await using (var db = clinic.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
        }

        var sessions = (await composer.GetSourcesAsync(clinic.Sam, patientId))!.Sessions.Take(1).Select(s => s.SessionId).ToList();
        var title = new string('t', Vignette.MaxTitleLength + 20);

        var result = await composer.DraftAsync(clinic.Sam, patientId, sessions, false, title);

        Assert.Null(result.VignetteId);
        Assert.Contains("20 characters over the limit of 200", result.Problem, StringComparison.Ordinal);
        await using var after = clinic.Database.CreateContext();
        Assert.False(await after.Vignettes.AnyAsync(v => v.Title.StartsWith("tttt")));
    }
}
