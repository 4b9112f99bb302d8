using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Sessions.Corrections;

namespace PainCare.IntegrationTests.Sessions;

public sealed class SessionCorrectionTests
{
    [Fact]
    public async Task ACorrection_ChangesTheSession_AndAuditsEachChangedFieldByNameOnly()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Corrections(clinic);
        var form = (await service.GetFormAsync(clinic.Sam, sessionId))!;

        var result = await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { Date = form.Date.AddDays(-1), PainAfter = 3 });

        Assert.Equal(CorrectionStatus.Corrected, result.Status);
        await using var db = clinic.Database.CreateContext();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        Assert.Equal(clinic.Clock.FromClinicTime(form.Date.AddDays(-1), form.StartTime), session.StartsAt);
        Assert.Equal((6, 3), (session.PainBefore, session.PainAfter));
        var audit = await CorrectionsClinic.AuditOfAsync(clinic, sessionId);
        Assert.Equal([(AuditActions.SessionCorrectTime, AuditOutcomes.Succeeded), (AuditActions.SessionCorrectPainAfter, AuditOutcomes.Succeeded)], audit);
    }

    [Fact]
    public async Task ACorrectionFromAStaleForm_IsAConflict_AndChangesNothing()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Corrections(clinic);
        var form = (await service.GetFormAsync(clinic.Sam, sessionId))!;
        Assert.Equal(CorrectionStatus.Corrected, (await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { DurationMinutes = 30 })).Status);

        var stale = await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { DurationMinutes = 60 });

        Assert.Equal(CorrectionStatus.Conflict, stale.Status);
        await using var db = clinic.Database.CreateContext();
        Assert.Equal(30, await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.DurationMinutes).SingleAsync());
        Assert.Equal((AuditActions.SessionCorrect, AuditOutcomes.Failed), (await CorrectionsClinic.AuditOfAsync(clinic, sessionId))[^1]);
    }

    [Fact]
    public async Task MarkingASessionWithANarrativeAsCancelled_IsRefused_WithTheTypedReason()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        var service = CorrectionsClinic.Corrections(clinic);
        var form = (await service.GetFormAsync(clinic.Sam, sessionId))!;

        var result = await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { Attendance = Attendance.Cancelled, PainBefore = null, PainAfter = null });

        Assert.Equal((CorrectionStatus.Refused, SessionCorrectionRefusal.NarrativeWithoutAttendance), (result.Status, result.Refusal));
        await using var db = clinic.Database.CreateContext();
        Assert.Equal(form.Attendance, await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Attendance).SingleAsync());
    }

    [Fact]
    public async Task PainOnACancelledSession_IsRefused_AndADateAfterTodayToo()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Corrections(clinic);
        var form = (await service.GetFormAsync(clinic.Sam, sessionId))!;

        var pain = await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { Attendance = Attendance.DidNotAttend });
        var future = await service.CorrectAsync(clinic.Sam, sessionId, Input(form) with { Date = clinic.Clock.Today.AddDays(1) });

        Assert.Equal(SessionCorrectionRefusal.PainWithoutAttendance, pain.Refusal);
        Assert.Equal(CorrectionStatus.FutureDate, future.Status);
        await using var db = clinic.Database.CreateContext();
        Assert.Equal(Attendance.Attended, await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Attendance).SingleAsync());
    }

    [Fact]
    public async Task AnotherCliniciansSession_IsNotFound_AndAuditedSo()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var sessionId = await CorrectionsClinic.EmptySessionAsync(clinic);
        var service = CorrectionsClinic.Corrections(clinic);
        var form = (await service.GetFormAsync(clinic.Sam, sessionId))!;

        Assert.Null(await service.GetFormAsync(clinic.Priya, sessionId));
        Assert.Equal(CorrectionStatus.NotFound, (await service.CorrectAsync(clinic.Priya, sessionId, Input(form) with { DurationMinutes = 30 })).Status);
        Assert.Equal([(AuditActions.SessionCorrect, AuditOutcomes.NotFound)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    private static SessionCorrectionInput Input(SessionCorrectionForm form) =>
        new(form.Date, form.StartTime, form.DurationMinutes, form.Attendance, form.PainBefore, form.PainAfter, form.Version);
}
