using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A plan agreed in a meeting of professionals (a case conference, an MDT, the patient not present) is the team's,
/// not the patient's view; the patient named as the one who chose keeps it theirs even in a meeting's note.
/// </summary>
public sealed class MeetingDecisionTests
{
    [Theory]
    [InlineData("Team meeting re Mr B. We agreed on a referral to the persistent pain service.")]
    [InlineData("Discussed at the MDT. Consensus reached: trial of TENS, then falls clinic. Agreed by all. Pt not present.")]
    [InlineData("Case conference with the GP and the OT. Agreed: four more sessions, then discharge.")]
    public void PlanAgreedByTheTeam_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Case conference with her present. She chose the phased return over staying off.")]
    [InlineData("MDT discussion with Mrs K present: she opted for the injection after hearing the options.")]
    public void PatientNamedAsChoosing_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void WeAgreedOutsideAMeeting_StaysTheSharedView()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("We agreed on a referral to the persistent pain service."));
    }
}
