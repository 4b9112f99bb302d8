using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class MatchingTests
{
    [Theory]
    [InlineData("recoil")]
    [InlineData("recoils")]
    [InlineData("recoiled")]
    [InlineData("recoiling")]
    [InlineData("flinches")]
    [InlineData("flinching")]
    [InlineData("gripping")]
    [InlineData("startles")]
    [InlineData("perspired")]
    public void Inflections_MatchTheirStem(string verb)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories($"When the cuff tightened she {verb}."));
    }

    [Theory]
    [InlineData("held her breath")]
    [InlineData("held his breath")]
    [InlineData("held their breath")]
    [InlineData("was holding her breath")]
    [InlineData("HELD HER BREATH")]
    public void MultiWordCueWithPronounSlot_Matches(string phrase)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories($"On palpation of the scar the patient {phrase}."));
    }

    [Fact]
    public void MultiWordCue_DoesNotMatchAcrossSentences()
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories("Hip flexion was held. Her breath sounds were clear."));
    }

    [Fact]
    public void CueInsideALongerWord_DoesNotMatch()
    {
        var categories = Reflect.Categories("Guardian present. Scaredy-cat stickers on the wall. Bracelet removed for the scan.");

        Assert.DoesNotContain(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Fact]
    public void StemmingCollision_TriggerPointsAreNotAGesture()
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories("Trigger points over the right upper trapezius. Pain 4/10."));
    }

    [Fact]
    public void CaseSensitiveAbbreviation_MatchesOnlyInCapitals()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("DNA for the second time."));
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("The dna test results were discussed."));
    }

    [Fact]
    public void EvidenceSpans_PointAtTheMatchedWords()
    {
        const string text = "Cervical rotation 60 degrees.\nWhen I touched the scar she flinched, then cried.";

        foreach (var prompt in Reflect.Prompts(text))
        {
            foreach (var span in prompt.Evidence.Spans)
            {
                Assert.Equal(span.Words, text[span.Start..span.End]);
            }
        }

        Assert.Equal(["flinched", "cried"], Reflect.Evidence(text, Categories.SafetyCue));
    }
}
