using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Challenges in the patient's own words (the clinician can't know, the advice is nonsense, all clinicians are alike), a
/// cooler manner and feeling given up on; money and home arrangements as the person; suicide attempts, orphanhood and
/// collapsing buildings as adversity.
/// </summary>
public sealed class QuotedChallengeMoneyAndHiddenHarmTests
{
    [Theory]
    [InlineData("Back review. 'You're not the one who has to get up with it every night,' he said.")]
    [InlineData("Knee review. 'Do you even know what you're doing with my knee?' she asked.")]
    [InlineData("Neck review. 'It's the same rubbish the last place said,' he told me.")]
    [InlineData("Hip review. 'You physios never agree with each other,' she said, exasperated.")]
    [InlineData("Back review. 'The bands? They're a joke,' he said, and left them on the chair.")]
    [InlineData("Shoulder review. She was cooler with me today and kept her answers short.")]
    [InlineData("Back review. She feels the pain team has given up on her.")]
    public void ChallengesAndCoolingInTheirOwnWords_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee review. She hasn't a clue what the scan showed, she said, and asked me to explain.")]
    [InlineData("Back review. He told a joke about his knees and we both laughed.")]
    [InlineData("Knee review. Let me know what you're doing over Easter, I said, so we can plan the sessions.")]
    public void LookAlikesOfChallenge_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Back pain 5/10. Struggling financially since the shop cut her hours.")]
    [InlineData("Hip pain 6/10. He sleeps downstairs on the sofa bed now.")]
    [InlineData("Knee pain 4/10. She runs a stall selling fabric on Saturdays.")]
    public void MoneyHomeAndTrade_CountAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Neck pain. She tried to end her life two winters ago and is now under the crisis team.")]
    [InlineData("Back pain. He lost both parents before he was ten.")]
    [InlineData("Shoulder pain. She was hurt when the roof of the hall collapsed during a storm.")]
    public void SuicideAttemptsOrphanhoodAndCollapse_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
