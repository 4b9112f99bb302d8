using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The patient's view of a plan must be theirs and must be more than going along: a relative's or a colleague's say,
/// an assent given without conviction, formal consent, answers to history questions and requests about the room are not
/// it. A choice
/// between options, a refusal the clinician accepts and a plan made together are.
/// </summary>
public sealed class SharedDecisionOwnerTests
{
    [Theory]
    [InlineData("Agreed with his daughter: continue the walking frame and refer to falls clinic.")]
    [InlineData("Plan agreed with her son: daily stretches and review in a month.")]
    [InlineData("Agreed with the MDT to start a trial of pregabalin.")]
    [InlineData("Her husband chose the hydrotherapy option for her.")]
    [InlineData("Mum decided on the steroid injection; the boy sat silent. Booked for next week.")]
    [InlineData("Spoke to the GP, who agreed to increase the dose.")]
    public void RelativeOrColleaguesSay_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Suggested adding step-ups to the routine; she agreed without much conviction.")]
    [InlineData("Plan to add a lumbar roll at work; he agreed, but flatly.")]
    [InlineData("Proposed a night splint and she agreed with a shrug.")]
    public void AssentWithoutConviction_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Consented for the injection; procedure explained. Injected the subacromial space.")]
    [InlineData("Verbal consent obtained for manual therapy. Mobs grade III to L4/5.")]
    public void FormalConsent_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Answered most questions briefly. Continue current exercises.")]
    [InlineData("He asked for a glass of water. Advised to continue the walking programme.")]
    [InlineData("Her brother sat in the corridor, as she had asked. Continue the home programme.")]
    public void HistoryAnswersAndRequestsAboutTheRoom_StillFireSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Letter to the spinal surgeon sent at his request.")]
    [InlineData("She agreed with her husband that the pool suits her best. Hydrotherapy booked.")]
    [InlineData("He said no to the injection for now; we will keep going with exercise.")]
    [InlineData("She turned down the offer of a brace, so we carried on with strengthening.")]
    [InlineData("She did not fancy the gym, so we moved the exercises to her kitchen.")]
    [InlineData("Plan made together: two sessions a week and a walking diary.")]
    [InlineData("His plan is a daily swim before work; the exercises fit around it.")]
    [InlineData("Two options on the table, injection or more physio; she went for the physio.")]
    [InlineData("Her husband is keen on the operation; she is not sure she's ready for it. Pacing work continues.")]
    public void PatientsOwnChoiceRefusalOrJointPlan_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Shoulder follow-up. She talked about her week at the bakery and her grandson's swimming.")]
    [InlineData("Knee review. Walked in smiling and spoke about her allotment.")]
    public void VisitTypeHeading_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void FollowUpPlannedLaterInTheNote_StillFiresSharedDecision()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Knee much better. Follow-up in four weeks."));
    }
}
