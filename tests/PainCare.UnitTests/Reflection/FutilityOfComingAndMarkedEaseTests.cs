using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Wondering aloud why one keeps coming, asking the clinician to leave a subject alone, a complaint noted in shorthand;
/// ease marked by a first laugh, a shared joke or being asked how one copes; captivity, a forced marriage or a lost twin.
/// </summary>
public sealed class FutilityOfComingAndMarkedEaseTests
{
    [Theory]
    [InlineData("Hip review. 'No idea why I keep coming, to be honest,' she muttered.")]
    [InlineData("Back review. He wondered out loud why he keeps coming when nothing changes.")]
    [InlineData("Knee review. She told me she can't think why she keeps coming any more.")]
    [InlineData("Neck review. 'Please stop bringing it up,' he said when I mentioned his sleep.")]
    [InlineData("Shoulder review. Pt reluctant to engage with the programme, answers brief.")]
    [InlineData("Back review. Complaint re previous physio's handling of his discharge.")]
    public void FutilityAndClosingATopic_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Back review. She keeps coming to the early class because the pool is quieter then.")]
    [InlineData("Knee review. RTC 2/52 to review the brace.")]
    public void LookAlikes_DoNotFireRuptureOrTrauma(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.DoesNotContain(Categories.Rupture, categories);
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
    }

    [Theory]
    [InlineData("Neck review. He let out a huge laugh at the wobble board, his first laugh in here.")]
    [InlineData("Shoulder review. We shared a silly joke about my cold coffee and she settled.")]
    [InlineData("Knee review. He said I was the first person who had asked how his wife was coping.")]
    [InlineData("Hip review. Her shoulders came down and she started to breathe more slowly with me.")]
    [InlineData("Back review. Pt more chatty than usual and told me about the caravan.")]
    [InlineData("Back review. We were soon talking like old friends about the allotment.")]
    public void MarkedEaseAndSharedHumour_FireConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hip review. That bruise is the first I've seen on her shin.")]
    [InlineData("Knee review. The referral was the first I'd heard of his diabetes.")]
    public void FirstsThatAreNotMeetings_DoNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Pelvic pain. She fled a forced marriage at seventeen.")]
    [InlineData("Back pain. He was held captive for a week by a militia.")]
    [InlineData("Widespread pain. She lost her twin shortly after birth.")]
    public void CaptivityForcedMarriageAndLosingATwin_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
