using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Connection written as a reaction the two people shared ("the pair of us giggling", "neither of us spoke"), and
/// the narrowing of ordinary disclosure and chat: both need something in the sentence that marks the moment.
/// </summary>
public sealed class SharedMomentTests
{
    [Theory]
    [InlineData("We were both in hysterics by the end of his story about the escaped ferret.")]
    [InlineData("The tale of the runaway trolley set the pair of us giggling. Knee flex 120.")]
    [InlineData("She and I sat without a word for a minute after she mentioned her father.")]
    [InlineData("Pt and I both cracked up at the photo of the dog in a raincoat. ROM full.")]
    public void ReactionSharedByBothPeople_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Both of us signed the consent form.")]
    [InlineData("We sat in a tense, stony silence for ages afterwards.")]
    [InlineData("We stayed quiet and awkward through the rest of the exercises.")]
    public void JointActivityOrUneasySilence_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Pt disclosed a past overdose at triage.")]
    [InlineData("He chatted about the football while I taped the ankle.")]
    [InlineData("History of assault disclosed to the GP in 2019, documented in the referral.")]
    public void RoutineDisclosureOrSmallTalk_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She disclosed, for the first time ever, how frightened she had been of her stepfather.")]
    [InlineData("Unusually for him, he chatted away about his allotment and the prize marrow.")]
    [InlineData("She finally disclosed what the surgeon had said to her, which nobody had heard.")]
    public void DisclosureOrChatMarkedAsSignificant_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }
}
