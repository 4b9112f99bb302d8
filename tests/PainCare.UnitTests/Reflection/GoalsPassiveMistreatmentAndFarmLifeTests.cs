using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Classes behind the errors of own17 and own18, each with sentences written for these tests: exhaustion idioms,
/// suicide and forced removal as adversity, being left waiting, a life goal that is neither a treatment view
/// nor an observed movement, a grin aimed at the clinician, a planned progression, farm work as life, and a look away
/// offered as a choice.
/// </summary>
public sealed class GoalsPassiveMistreatmentAndFarmLifeTests
{
    [Theory]
    [InlineData("She said she is dog-tired from the night feeds and the commute.")]
    [InlineData("He said he was running on empty and that nobody asks how I am at home.")]
    public void ExhaustionIdiom_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her cousin died by suicide the spring before the injury.")]
    [InlineData("As a small child he was forcibly removed from his family.")]
    public void SuicideOrForcedRemoval_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She said the ward left her waiting three hours for pain relief.")]
    [InlineData("He said he waited hours for his pain relief on the ward.")]
    public void MistreatmentToldPassively_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void TreatedLikeInAQuote_IsNotAViewOnTheProposal()
    {
        var text = "'They treated me like a nuisance,' he said of the last clinic. I explained the plan for graded walking.";
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void LifeGoal_IsNeitherATreatmentViewNorAParticular()
    {
        var categories = Reflect.Categories("Shoulder. Mobilised GH joint. Goal: he would like to be able to check his blind spot when reversing. Continue.");
        Assert.Contains(Categories.SharedDecision, categories);
        Assert.Contains(Categories.MinuteParticulars, categories);
        Assert.DoesNotContain(Categories.PersonFocus, categories);
    }

    [Fact]
    public void GrinAimedAtTheClinician_FiresConnection()
    {
        Assert.Contains(Categories.Connection, Reflect.Categories("Halfway up the stairs he caught my eye and grinned."));
    }

    [Fact]
    public void PlannedProgression_IsAProposal()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Balance class, six attending. Next session add tandem stance."));
    }

    [Fact]
    public void FarmWork_IsThePerson()
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories("Wrist. Lambing starts in a fortnight. Grip 20 kg. Putty."));
    }

    [Fact]
    public void LookAwayOfferedAsAChoice_FiresNoRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("I said she could look away during the injection if she liked; she watched."));
    }
}
