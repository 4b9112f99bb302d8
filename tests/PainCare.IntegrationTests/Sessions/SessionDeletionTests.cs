using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Sessions;
using PainCare.Web.Features.Sessions.Corrections;

namespace PainCare.IntegrationTests.Sessions;

public sealed class SessionDeletionTests
{
    [Fact]
    public async Task AnEmptySession_IsDeletedWithItsNote_AndTheDeletionIsAudited()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Deletions(clinic);
        var check = (await service.CheckAsync(clinic.Sam, sessionId))!;

        var result = await service.DeleteAsync(clinic.Sam, sessionId, check.Version);

        Assert.Null(check.Refusal);
        Assert.Equal(DeletionStatus.Deleted, result.Status);
        await using var db = clinic.Database.CreateContext();
        Assert.False(await db.Sessions.AnyAsync(s => s.Id == sessionId));
        Assert.False(await db.NarrativeNotes.AnyAsync(n => n.SessionId == sessionId));
        Assert.Equal(result.PatientId, await db.Patients.Where(p => p.ClinicianId == clinic.Sam).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        Assert.Equal([(AuditActions.SessionDelete, AuditOutcomes.Succeeded)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    [Fact]
    public async Task ASessionWithASavedNarrative_IsKept_AndTheRefusalIsAudited()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        var service = CorrectionsClinic.Deletions(clinic);
        var check = (await service.CheckAsync(clinic.Sam, sessionId))!;

        var result = await service.DeleteAsync(clinic.Sam, sessionId, check.Version);

        Assert.Equal(SessionDeletionRefusal.NarrativeSaved, check.Refusal);
        Assert.Equal((DeletionStatus.Refused, SessionDeletionRefusal.NarrativeSaved), (result.Status, result.Refusal));
        await using var db = clinic.Database.CreateContext();
        Assert.True(await db.Sessions.AnyAsync(s => s.Id == sessionId));
        Assert.Equal([(AuditActions.SessionDelete, AuditOutcomes.Denied)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    [Fact]
    public async Task ASignedSession_IsKept()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, revision, _) = await clinic.DraftOfAsync(clinic.Sam);
        Assert.True((await new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SignOffAsync(clinic.Sam, sessionId, revision)).Succeeded);

        var check = (await CorrectionsClinic.Deletions(clinic).CheckAsync(clinic.Sam, sessionId))!;

        Assert.Equal(SessionDeletionRefusal.NoteSigned, check.Refusal);
    }

    [Fact]
    public async Task ADeletionConfirmedAfterTheSessionWasCorrected_IsAConflict_AndKeepsIt()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Deletions(clinic);
        var check = (await service.CheckAsync(clinic.Sam, sessionId))!;
        var corrections = CorrectionsClinic.Corrections(clinic);
        var form = (await corrections.GetFormAsync(clinic.Sam, sessionId))!;
        await corrections.CorrectAsync(clinic.Sam, sessionId, new SessionCorrectionInput(form.Date, form.StartTime, 30, form.Attendance, form.PainBefore, form.PainAfter, form.Version));

        var result = await service.DeleteAsync(clinic.Sam, sessionId, check.Version);

        Assert.Equal(DeletionStatus.Conflict, result.Status);
        await using var db = clinic.Database.CreateContext();
        Assert.True(await db.Sessions.AnyAsync(s => s.Id == sessionId));
    }

    [Fact]
    public async Task AnotherCliniciansSession_CannotBeDeleted()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);

        var result = await CorrectionsClinic.Deletions(clinic).DeleteAsync(clinic.Priya, sessionId, 0);

        Assert.Equal(DeletionStatus.NotFound, result.Status);
        await using var db = clinic.Database.CreateContext();
        Assert.True(await db.Sessions.AnyAsync(s => s.Id == sessionId));
    }
}
