using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Everyday idioms that share a word with a strain or a strong feeling: an activity that aggravates the pain, a job's
/// demands, a knee that gives way, a postponed appointment, frustration with slow progress, weather and wound colour.
/// </summary>
public sealed class StrainAndAffectLookAlikeTests
{
    [Theory]
    [InlineData("Gardening on her knees made it worse over the weekend. Squat to 90 degrees.")]
    [InlineData("His warehouse job demanded constant bending. Now on restricted duties.")]
    [InlineData("He is not working at the moment and spends the days with his twin boys.")]
    [InlineData("She refused to let the pain spoil her niece's christening.")]
    [InlineData("Abrupt onset of neck pain reaching for a shelf. No neuro signs.")]
    [InlineData("Icy roads all week, so he used the exercise bike instead.")]
    [InlineData("She is distracted from the ache when she is painting.")]
    [InlineData("The review was pushed back a fortnight because of staff sickness.")]
    [InlineData("Distant history of a fractured clavicle. Today the elbow.")]
    [InlineData("She stopped her swim early when the pool got crowded, and cut the last lap short.")]
    [InlineData("He sat and stood with his shoulders pulled back in front of the mirror.")]
    [InlineData("He was dismissed from the navy after the injury and now drives a taxi.")]
    [InlineData("She pushed herself too hard at the gym on Saturday and paid for it on Sunday.")]
    public void EverydayIdiom_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She is fed up with the pain waking her at four every morning.")]
    [InlineData("He is disappointed with his progress since the spring.")]
    public void FrustrationWithThePainOrProgress_IsNotARupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She is fed up with the exercises and says they do nothing.")]
    [InlineData("He was disappointed with the treatment so far and said so.")]
    [InlineData("She insisted on a scan before doing any more loading.")]
    [InlineData("He asked for a second opinion from another team.")]
    [InlineData("She said the manipulation made her worse.")]
    public void ComplaintAboutTheTreatment_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Wound healing well, though the edges are an angry red. Sutures out.")]
    [InlineData("His hand was crushed in a printing press in 2015.")]
    [InlineData("What a shame about the rain, she said as we set off round the car park.")]
    [InlineData("Her right knee let her down on the kerb twice this week.")]
    [InlineData("Warned him the new exercises can be frustrating for the first fortnight.")]
    public void LookAlikeOfStrongFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Pain education: explained how stress and fear can turn up the pain system.")]
    [InlineData("Went through the link between fear and muscle tension with the diagram.")]
    [InlineData("Told him it is common to feel angry after an injury like this.")]
    public void FeelingNamedWhileTeaching_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void PatientsOwnFearBesideTeaching_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Pain education given. She said she is terrified the disc will slip again."));
    }
}
