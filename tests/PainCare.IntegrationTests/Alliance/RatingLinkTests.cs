using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.IntegrationTests.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Handover;

namespace PainCare.IntegrationTests.Alliance;

public sealed class RatingLinkTests
{
    private static readonly int?[] _allFours = Enumerable.Repeat<int?>(4, 6).ToArray();

    [Fact]
    public async Task Link_WorksOnce_ThenIsSpent()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var links = Service(clinic, TimeProvider.System);
        var sessionId = await UnratedSessionAsync(clinic);
        var token = (await links.CreateAsync(clinic.Sam, sessionId)).Token!;

        Assert.NotNull((await links.OpenAsync(token)).Rating);
        var first = await links.SubmitAsync(token, _allFours);
        var second = await links.SubmitAsync(token, _allFours);

        Assert.True(first.Saved);
        Assert.Equal([RatingLinkService.Unavailable], second.Problems);
        Assert.Equal(new LinkOpening(null, Received: true), await links.OpenAsync(token));
        await using var db = clinic.Database.CreateContext();
        Assert.All((await db.AllianceRatings.SingleAsync(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient)).ItemScores, score => Assert.Equal(4, score));
        Assert.DoesNotContain(token, await db.RatingLinks.Select(l => l.TokenHash).ToListAsync());
    }

    [Fact]
    public async Task Link_ExpiresAfterSevenDays_AndIncompleteAnswersSpendNothing()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var clock = new ShiftableClock();
        var links = Service(clinic, clock);
        var sessionId = await UnratedSessionAsync(clinic);
        var token = (await links.CreateAsync(clinic.Sam, sessionId)).Token!;

        var incomplete = await links.SubmitAsync(token, _allFours.Take(5).ToArray());
        Assert.False(incomplete.Saved);
        Assert.NotNull((await links.OpenAsync(token)).Rating);

        clock.Shift = RatingLink.Lifetime + TimeSpan.FromMinutes(1);
        Assert.Same(LinkOpening.Unusable, await links.OpenAsync(token));
        Assert.Equal([RatingLinkService.Unavailable], (await links.SubmitAsync(token, _allFours)).Problems);
    }

    [Fact]
    public async Task Links_AreOnlyMadeForAttendedSessionsOnTheClinicansCaseload()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var links = Service(clinic, TimeProvider.System);
        var (priyasSession, _, _) = await clinic.DraftOfAsync(clinic.Priya);

        Assert.Equal(RatingRefusal.NotRateable, (await links.CreateAsync(clinic.Sam, priyasSession)).Refusal);
        Assert.Same(LinkOpening.Unusable, await links.OpenAsync("not-a-real-token-but-long-enough-to-try"));
    }

    [Fact]
    public async Task PatientWithALink_RatesWithoutSigningIn_AndAFormOpenedBeforeTheLinkWasSpentIsToldWhy()
    {
        await using var server = await AppServer.StartAsync();
        Guid sessionId;
        await using (var db = server.Database.CreateContext())
        {
            sessionId = await db.Sessions.Where(s => s.Patient.Identity.GivenName == "Callum" && s.Attendance == Domain.Sessions.Attendance.Attended)
                .OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
            await db.AllianceRatings.Where(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient).ExecuteDeleteAsync();
        }

        using var clinician = new FormClient(server.BaseAddress);
        await clinician.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        using var made = await clinician.SubmitAsync($"sessions/{sessionId}/rating-link", new Dictionary<string, string>());
        var html = await made.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "value=\"(?<url>http[^\"]+/rate/[^\"]+)\"").Groups["url"].Value;
        Assert.NotEmpty(link);

        using var patient = new FormClient(server.BaseAddress);
        var path = new Uri(link).AbsolutePath.TrimStart('/');
        var answers = Enumerable.Range(0, 6).Select(i => new KeyValuePair<string, string>($"Form.Answers[{i}]", "5")).ToList();
        using var secondDevice = new FormClient(server.BaseAddress);
        var (lateAction, lateHidden) = await secondDevice.ReadFormAsync(path);
        using var sent = await patient.SubmitAsync(path, answers.ToDictionary());

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Thank you", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await patient.GetAsync(path);
        var reloaded = await again.Content.ReadAsStringAsync();
        Assert.Contains("Thank you", reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain("This link cannot be used", reloaded, StringComparison.Ordinal);

        using var late = await secondDevice.PostAsync(lateAction, lateHidden.Concat(answers));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains(RatingLinkService.SpentWhileAnswering, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionAlreadyRatedByThePatient_GetsNoLink()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var links = Service(clinic, TimeProvider.System);
        var sessionId = await UnratedSessionAsync(clinic);
        Assert.True((await links.SubmitAsync((await links.CreateAsync(clinic.Sam, sessionId)).Token!, _allFours)).Saved);

        var second = await links.CreateAsync(clinic.Sam, sessionId);

        Assert.Equal((null, RatingRefusal.AlreadyRated), (second.Token, second.Refusal));
        Assert.Equal(RatingRefusal.AlreadyRated, await links.CanLinkAsync(clinic.Sam, sessionId));
    }

    [Fact]
    public async Task ClinicFormWithPlaceholderWording_IsRefusedForLinksAndHandOver()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var analyser = new AllianceAnalyser(InstrumentCatalogue.LoadDefaults(), "wai-sr-patient");
        var sessionId = await UnratedSessionAsync(clinic);

        var link = await new RatingLinkService(clinic.Contexts, analyser, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).CreateAsync(clinic.Sam, sessionId);
        var ratings = new PatientRatingService(clinic.Contexts, analyser, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var handover = await ratings.GetAsync(clinic.Sam, sessionId);
        var submitted = await ratings.SubmitAsync(clinic.Sam, sessionId, Enumerable.Repeat<int?>(4, 12).ToList());

        Assert.Equal(RatingRefusal.PlaceholderWording, link.Refusal);
        Assert.Equal(RatingRefusal.PlaceholderWording, handover!.Refusal);
        Assert.Equal(RatingRefusal.PlaceholderWording, submitted.Refusal);
    }

    private static RatingLinkService Service(ClinicFixture clinic, TimeProvider clock) =>
        new(clinic.Contexts, new AllianceAnalyser(InstrumentCatalogue.LoadDefaults()), clock, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

    private static async Task<Guid> UnratedSessionAsync(ClinicFixture clinic)
    {
        await using var db = clinic.Database.CreateContext();
        var sessionId = await db.Sessions
            .Where(s => s.Patient.ClinicianId == clinic.Sam && s.Attendance == Domain.Sessions.Attendance.Attended)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        await db.AllianceRatings.Where(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient).ExecuteDeleteAsync();
        return sessionId;
    }

    private sealed class ShiftableClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
    }
}
