using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Leaving early for a stated errand or a fellow group member's disagreement is not a strain with the clinician; doubt that the exercises help is.</summary>
public sealed class LeavingForAReasonTests
{
    [Theory]
    [InlineData("He left early to catch the last bus home.")]
    [InlineData("Two members of the back class disagreed about hot packs versus ice.")]
    [InlineData("She refused a cup of tea, keen to get started on the stairs.")]
    public void PracticalReasonOrAnotherMembersDispute_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void NotFindingTheExercisesHelpful_FiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("She has not found the stretches very helpful and wonders what else there is."));
    }
}
