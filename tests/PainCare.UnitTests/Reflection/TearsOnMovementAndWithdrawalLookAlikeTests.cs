using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Tears set off by a movement or by hands-on work are a safety cue, not strong affect; a room falling quiet is not
/// the patient withdrawing; not answering while dissociated is not withdrawal; plain-English going along and
/// confrontation still count.
/// </summary>
public sealed class TearsOnMovementAndWithdrawalLookAlikeTests
{
    [Theory]
    [InlineData("As I guided him into sit-to-stand his eyes filled and he held the frame tight.")]
    [InlineData("During soft-tissue work along the incision her eyes filled, though she said it was not sore.")]
    public void TearsDuringMovementOrHandsOnWork_AreASafetyCueNotAttunement(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Theory]
    [InlineData("When she spoke about her late husband the room went quiet and we waited with her.")]
    [InlineData("She froze, stared through me and did not respond to her name for a few seconds.")]
    [InlineData("The ball drill was a clash of elbows at first, so we spaced the pairs out.")]
    public void QuietRoomDissociationOrClashOfLimbs_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He took the new sheet without much conviction and said he would see.")]
    [InlineData("She says she doesn't know why she's bothering with any of this.")]
    [InlineData("'A waste of everyone's time,' he said about the group.")]
    [InlineData("She told me I must think it's all in her head.")]
    [InlineData("He sat through the whole hour with his coat on and arms tight to his chest.")]
    [InlineData("He didn't respond to my two texts about rebooking.")]
    public void GoingAlongOrConfrontationInPlainWords_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void ObjectsAsANoun_IsNotObjecting()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("She names objects in the room to ground herself when the pain spikes."));
    }
}
