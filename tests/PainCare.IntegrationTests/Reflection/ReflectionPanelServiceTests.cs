using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.IntegrationTests.Narratives;
using PainCare.Reflection;
using PainCare.Web.Features.Admin;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Reflection;

namespace PainCare.IntegrationTests.Reflection;

public sealed class ReflectionPanelServiceTests
{
    private static ReflectionPanelService Service(ClinicFixture clinic) =>
        new(clinic.Contexts, ReflectionEngine.Default, new AllianceAnalyser(InstrumentCatalogue.LoadDefaults()), TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

    [Fact]
    public async Task Responses_AreOnePerSessionAndRule_AndCountedPerRuleForTheAdmin_WithoutTheClinicianReasons()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = Service(clinic);
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        var context = (await service.GetContextAsync(clinic.Sam, sessionId, [ObservationKind.SafetyCue]))!;
        var prompt = service.Prompts("When I touched her hip she recoiled and held her breath.", context).First(p => p.Category == "safety-cue");

        Assert.True(await service.RespondAsync(clinic.Sam, sessionId, prompt, r => r.Answer = "I asked first next time."));
        Assert.True(await service.RespondAsync(clinic.Sam, sessionId, prompt, r => r.IsPinned = true));
        Assert.True(await service.RespondAsync(clinic.Sam, sessionId, prompt, r => (r.IsDismissed, r.DismissReason) = (true, "already discussed")));

        var response = Assert.Single(await service.GetResponsesAsync(clinic.Sam, sessionId));
        Assert.Equal(("I asked first next time.", true, true), (response.Answer, response.IsPinned, response.IsDismissed));
        var stats = Assert.Single(await new ReflectionRuleStatsService(clinic.Contexts).GetAsync());
        Assert.Equal((prompt.RuleId, 1, 1, 1), (stats.RuleId, stats.Answered, stats.Pinned, stats.Dismissed));
        Assert.Equal(1, stats.DismissedWithReason);
        Assert.DoesNotContain("already discussed", stats.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerGivenUnderOneRule_StaysWithItsCategory_WhenAnotherRuleWordsThatCategorysPrompt()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = Service(clinic);
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        var first = new PainCare.Reflection.Model.ReflectionPrompt("safety-cue", "rule-words-first", "What did the guarding tell you?", new PainCare.Reflection.Model.PromptEvidence([], []));
        var later = first with { RuleId = "rule-words-later", Text = "What made the room feel safer?" };
        Assert.True(await service.RespondAsync(clinic.Sam, sessionId, first, r => r.Answer = "I slowed down and asked."));

        var responses = (await service.GetResponsesAsync(clinic.Sam, sessionId)).ToDictionary(r => r.RuleId);
        Assert.Equal("I slowed down and asked.", ReflectionPanelService.ResponseFor(responses, later)?.Answer);
        Assert.True(await service.RespondAsync(clinic.Sam, sessionId, later, r => r.Answer = "I slowed down and asked first."));

        var kept = Assert.Single(await service.GetResponsesAsync(clinic.Sam, sessionId));
        Assert.Equal(("rule-words-first", "I slowed down and asked first."), (kept.RuleId, kept.Answer));
        Assert.Null(ReflectionPanelService.ResponseFor(responses, later with { Category = "connection" }));
    }

    [Fact]
    public async Task AnotherCliniciansSession_TakesNoResponses_AndOverlongAnswersAreRefusedWhole()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = Service(clinic);
        var (priyasSession, _, _) = await clinic.DraftOfAsync(clinic.Priya);
        var (samsSession, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        var prompt = ReflectionEngine.Default.Reflect("She was guarding her shoulder and looked away.")[0];

        Assert.Null(await service.GetContextAsync(clinic.Sam, priyasSession, []));
        Assert.False(await service.RespondAsync(clinic.Sam, priyasSession, prompt, r => r.Answer = "Intruder"));
        Assert.False(await service.RespondAsync(clinic.Sam, samsSession, prompt, r => r.Answer = new string('a', ReflectionResponse.MaxAnswerLength + 1)));
        Assert.Empty(await service.GetResponsesAsync(clinic.Priya, priyasSession));
        Assert.Empty(await service.GetResponsesAsync(clinic.Sam, samsSession));
    }
}
