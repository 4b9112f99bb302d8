using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Vignettes;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Vignettes;

namespace PainCare.IntegrationTests.Vignettes;

public sealed class VignetteWorkflowTests
{
    [Fact]
    public async Task EmptySelection_IsRefusedWithAClearMessage()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var patientId = await PatientAsync(clinic, "Leonie");

        var result = await new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).DraftAsync(clinic.Sam, patientId, [], false, "A title");

        Assert.Null(result.VignetteId);
        Assert.Equal("Choose at least one session to build the vignette from.", result.Problem);
    }

    [Fact]
    public async Task Draft_HasNoIdentifierOfThePatient_AndOnlyItsAuthorAndChosenSupervisorEverSeeIt()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var composer = new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var supervision = new SupervisionService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var patientId = await PatientAsync(clinic, "Leonie");
        var sessions = (await composer.GetSourcesAsync(clinic.Sam, patientId))!.Sessions.Select(s => s.SessionId).ToList();
        var supervisor = (await composer.SupervisorsAsync()).Single();

        var drafted = await composer.DraftAsync(clinic.Sam, patientId, sessions, includeReflections: false, "Pelvic pain");
        var id = drafted.VignetteId!.Value;
        var view = (await composer.GetAsync(clinic.Sam, id))!;

        Assert.DoesNotContain("Leonie", view.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hartley", view.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(view.Replacements, r => r.Original.StartsWith("Leonie", StringComparison.Ordinal));
        Assert.Null(await composer.GetAsync(clinic.Priya, id));
        Assert.Null(await supervision.GetAsync(supervisor.Id, id));
        Assert.Empty(await supervision.AssignedAsync(supervisor.Id));

        var refused = await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: false);
        Assert.False(refused.Submitted);
        var submitted = await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true);
        Assert.True(submitted.Submitted, string.Join(" ", submitted.Problems.Concat(submitted.Leaks)));

        Assert.Single(await supervision.AssignedAsync(supervisor.Id));
        Assert.NotNull(await supervision.GetAsync(supervisor.Id, id));
        Assert.Null(await supervision.GetAsync(clinic.Priya, id));
        Assert.Null(await composer.GetAsync(supervisor.Id, id));
        Assert.False(await composer.SaveAsync(clinic.Sam, id, "Changed after submission", "Text"));
    }

    [Fact]
    public async Task Thread_TakesMessagesFromBothSides_MovesIntoDiscussion_AndClosesOnlyForTheSupervisor()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var composer = new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var supervision = new SupervisionService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var patientId = await PatientAsync(clinic, "Leonie");
        var sessions = (await composer.GetSourcesAsync(clinic.Sam, patientId))!.Sessions.Take(1).Select(s => s.SessionId).ToList();
        var supervisor = (await composer.SupervisorsAsync()).Single();
        var id = (await composer.DraftAsync(clinic.Sam, patientId, sessions, false, "First meeting")).VignetteId!.Value;
        await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true);

        Assert.True((await supervision.CommentAsync(supervisor.Id, id, "What happened in you when she recoiled?")).WasSent);
        Assert.True((await supervision.CommentAsync(clinic.Sam, id, "I hurried.")).WasSent);
        Assert.False((await supervision.CommentAsync(clinic.Priya, id, "Not my vignette.")).WasSent);
        Assert.False(await supervision.SetStatusAsync(clinic.Sam, id, VignetteStatus.Closed));
        Assert.True(await supervision.SetStatusAsync(supervisor.Id, id, VignetteStatus.Closed));

        var thread = (await supervision.GetAsync(clinic.Sam, id))!;
        Assert.Equal(VignetteStatus.Closed, thread.Status);
        Assert.Equal(["What happened in you when she recoiled?", "I hurried."], thread.Comments.Select(c => c.Text));
        Assert.False((await supervision.CommentAsync(clinic.Sam, id, "After closing.")).WasSent);
    }

    [Fact]
    public async Task Supervisor_ReturnsForChanges_TheAuthorEditsAndResubmitsToThem_WithTheThreadKept_AndAClosedDiscussionReopens()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (composer, supervision, supervisor, id) = await SubmittedAsync(clinic);
        await supervision.CommentAsync(supervisor.Id, id, "Could you say more about the second half?");

        Assert.False(await supervision.ReturnForChangesAsync(clinic.Sam, id));
        Assert.True(await supervision.ReturnForChangesAsync(supervisor.Id, id));
        var returned = (await composer.GetAsync(clinic.Sam, id))!;
        Assert.Equal((VignetteStatus.Returned, supervisor.Id), (returned.Status, returned.ReturnedBy?.Id));
        Assert.Equal(VignetteStatus.Returned, Assert.Single(await supervision.AssignedAsync(supervisor.Id)).Status);

        Assert.True(await composer.SaveAsync(clinic.Sam, id, returned.Title, returned.Text + "\n\nIn the second half I slowed down."));
        Assert.True((await composer.SubmitAsync(clinic.Sam, id, supervisorId: "someone-else", reviewed: true)).Submitted);
        var thread = (await supervision.GetAsync(supervisor.Id, id))!;
        Assert.Equal(VignetteStatus.Submitted, thread.Status);
        Assert.EndsWith("I slowed down.", thread.Text, StringComparison.Ordinal);
        Assert.Equal(["Could you say more about the second half?"], thread.Comments.Select(c => c.Text));

        Assert.True(await supervision.SetStatusAsync(supervisor.Id, id, VignetteStatus.Closed));
        Assert.True(await supervision.SetStatusAsync(supervisor.Id, id, VignetteStatus.InDiscussion));
        Assert.True((await supervision.CommentAsync(clinic.Sam, id, "Thank you.")).WasSent);
    }

    [Fact]
    public async Task Author_WithdrawsASubmission_UntilTheSupervisorTakesItUp()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (composer, supervision, supervisor, id) = await SubmittedAsync(clinic);

        Assert.False(await supervision.WithdrawAsync(supervisor.Id, id));
        Assert.True(await supervision.WithdrawAsync(clinic.Sam, id));
        Assert.Equal(VignetteStatus.Draft, (await composer.GetAsync(clinic.Sam, id))!.Status);
        Assert.Empty(await supervision.AssignedAsync(supervisor.Id));
        Assert.Null(await supervision.GetAsync(supervisor.Id, id));

        Assert.True((await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true)).Submitted);
        await supervision.CommentAsync(supervisor.Id, id, "Opening this up.");
        Assert.False(await supervision.WithdrawAsync(clinic.Sam, id));
    }

    [Fact]
    public async Task MessagesFromTheOtherSide_AreCountedAsNew_UntilTheReaderOpensTheThread()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (_, supervision, supervisor, id) = await SubmittedAsync(clinic);
        await supervision.CommentAsync(supervisor.Id, id, "A first question.");
        await supervision.CommentAsync(supervisor.Id, id, "And a second.");

        Assert.Equal((2, 2), Counts(Assert.Single(await supervision.AuthoredAsync(clinic.Sam))));
        Assert.Equal((2, 0), Counts(Assert.Single(await supervision.AssignedAsync(supervisor.Id))));
        Assert.All((await supervision.GetAsync(clinic.Sam, id))!.Comments, c => Assert.True(c.IsNew));

        Assert.Equal((2, 0), Counts(Assert.Single(await supervision.AuthoredAsync(clinic.Sam))));
        Assert.All((await supervision.GetAsync(clinic.Sam, id))!.Comments, c => Assert.False(c.IsNew));
        await supervision.CommentAsync(clinic.Sam, id, "My answer.");
        Assert.Equal((3, 1), Counts(Assert.Single(await supervision.AssignedAsync(supervisor.Id))));

        static (int, int) Counts(VignetteSummary summary) => (summary.Comments, summary.Unread);
    }

    private static async Task<(VignetteComposer Composer, SupervisionService Supervision, SupervisorOption Supervisor, Guid Id)> SubmittedAsync(ClinicFixture clinic)
    {
        var composer = new VignetteComposer(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var supervision = new SupervisionService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var patientId = await PatientAsync(clinic, "Leonie");
        var sessions = (await composer.GetSourcesAsync(clinic.Sam, patientId))!.Sessions.Take(1).Select(s => s.SessionId).ToList();
        var supervisor = (await composer.SupervisorsAsync()).Single();
        var id = (await composer.DraftAsync(clinic.Sam, patientId, sessions, false, "First meeting")).VignetteId!.Value;
        Assert.True((await composer.SubmitAsync(clinic.Sam, id, supervisor.Id, reviewed: true)).Submitted);
        return (composer, supervision, supervisor, id);
    }

    private static async Task<Guid> PatientAsync(ClinicFixture clinic, string givenName)
    {
        await using var db = clinic.Database.CreateContext();
        return await db.Patients.Where(p => p.Identity.GivenName == givenName).Select(p => p.Id).SingleAsync();
    }
}
