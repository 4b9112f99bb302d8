using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Attunement look-alikes written for these tests: a feeling told as a joke, tissue described as angry, a feeling aimed
/// at the weather, and a fear named as a goal or a questionnaire.
/// </summary>
public sealed class JokedFeelingAndTissueLookAlikeTests
{
    [Theory]
    [InlineData("She joked that she is petrified of her sister's driving, not of the exercises.")]
    [InlineData("He laughed that he was scared witless of the scales after Christmas.")]
    [InlineData("Half-joking, he said he would be devastated if the darts night was cancelled.")]
    public void FeelingToldAsAJoke_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void JokeThenARealFear_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("He joked about the brace, but then admitted he was terrified the knee would give way at work."));
    }

    [Theory]
    [InlineData("Incision looks angry at the edges; steri-strips replaced.")]
    [InlineData("The big toe joint is angry and swollen after the weekend.")]
    public void TissueDescribedAsAngry_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She hates the cold mornings in the winter, as her hands stiffen.")]
    [InlineData("He is sick of the rain keeping him off the golf course.")]
    public void FeelingAboutTheWeather_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Goal: less fear of stairs; FES-I 30 today.")]
    [InlineData("We went over how fear of movement can keep the back guarded, with the diagram.")]
    public void FearNamedAsAGoalOrMeasure_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }
}
