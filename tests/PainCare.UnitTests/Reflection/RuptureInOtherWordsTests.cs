using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Rupture written in template shorthand, in the clinician's sense of the patient going cold, in a feeling aimed at the
/// clinician in everyday or regional words, in declining the visit itself and in giving up on the treatment.
/// </summary>
public sealed class RuptureInOtherWordsTests
{
    [Theory]
    [InlineData("Withdrawn today. Monosyll. responses, no EC.")]
    [InlineData("Rapport: strained. Pt irritable about the wait.")]
    [InlineData("Poor rapport this session; he kept checking the clock.")]
    public void ShorthandOrTemplateStrain_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("There was a coolness between us after I raised the weight.")]
    [InlineData("I felt him go cold when I mentioned the psychologist.")]
    [InlineData("She answered my questions, but only just; something had closed.")]
    public void PatientGoingColdOrClosing_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was cranky with me today, reckons physio's a crock.")]
    [InlineData("She gave me the cold shoulder all session.")]
    [InlineData("Psychology: client expressed anger towards me for cancelling last week.")]
    [InlineData("He told me straight that he didn't rate me.")]
    public void FeelingAimedAtTheClinician_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("OT home visit: client declined to let me in past the hallway; talked on the doorstep only.")]
    [InlineData("He says he's done with physio and wants a surgeon, not another programme.")]
    [InlineData("He got up halfway through and left, saying he'd had enough.")]
    [InlineData("Pt upset we didn't phone back as promised.")]
    public void DecliningTheVisitOrGivingUp_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She felt I hadn't taken her seriously, and said so.")]
    [InlineData("She wondered aloud whether I really understood how bad it gets.")]
    [InlineData("He muttered that we never actually do anything here.")]
    public void NotTakenSeriouslyOrDoubtingTheClinician_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He warned me not to bother with exercises because they never work for him.")]
    [InlineData("I felt her withdraw when I brought up her weight.")]
    [InlineData("He said I wasn't listening and repeated himself, louder.")]
    [InlineData("Her view is that the services have done nothing for her in ten years.")]
    public void WarnedOffOrToldNotListening_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She warned me her dog might bark when I arrived.")]
    [InlineData("I felt her relax when I explained the plan.")]
    public void OthersWarningOrRelaxing_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Good rapport today, lots of laughter.")]
    [InlineData("Rapport easy; she chatted about the grandchildren throughout.")]
    public void RapportGood_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Reaching for the jaw, I saw her flinch and turn her face away to the window; we paused and she chose to guide my hand.")]
    public void FaceToTheWallAfterAFlinch_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
