using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Uncorrected speech recognition keeps the spoken punctuation commands as words ("comma", "full stop", "new
/// paragraph", "quote … unquote"); they are read as the marks they name once a note holds two of them. Also: the
/// patient named as a preposition's object ("worried about him") is not the subject of what a relative then does.
/// </summary>
public sealed class SpokenPunctuationAndObjectPronounTests
{
    [Theory]
    [InlineData("knee review comma seen in clinic full stop her reply was quote my garden is all i think about unquote full stop continue the home exercises full stop")]
    [InlineData("phone review dictated comma he said open quote it's been rubbish to be honest end quote full stop walking programme stays as it is full stop")]
    [InlineData("elbow follow up period new paragraph her words were quote i can lift the kettle now unquote period review in a month period")]
    public void SpokenQuotation_IsThePatientsOwnWords(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Fact]
    public void SpokenQuotationWithoutItsClose_IsNotAQuotation()
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(
            "knee review comma she wanted to quote the leaflet back to me full stop continue the home exercises full stop"));
    }

    [Theory]
    [InlineData("ankle review comma no swelling full stop she flinched on palpation of the ligament full stop")]
    [InlineData("wrist review comma no bruising full stop new paragraph passive extension made him recoil full stop")]
    public void SpokenFullStop_EndsTheNegationsReach(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Fact]
    public void PeriodOfTime_IsNotAFullStop()
    {
        // "no ... flinching" stays one clause when "period" names a span of time.
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(
            "neck review comma no flinching over a period of handling full stop rotation improved comma continue exercises full stop"));
    }

    [Fact]
    public void SingleWordComma_InOrdinaryProse_IsAWord()
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories("The word comma was used once in her letter. Knee flexion 100."));
    }

    [Theory]
    [InlineData("When I moved the knee she held her um breath and went rigid.")]
    [InlineData("as i lifted the leg he uh flinched and erm grabbed the plinth")]
    public void HesitationSounds_DoNotSplitAPhrase(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Fact]
    public void HesitationInsideTheWords_LeavesHopelessnessWhole()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Client: to be honest i can't uh see the point now"));
    }

    [Theory]
    [InlineData("His wife is very anxious about him and wept in the waiting room. Knee flexion 90.")]
    [InlineData("Her son is worried for her and cried on the phone. Hip flexion 80.")]
    [InlineData("hip review dictated full stop her husband is anxious about her and cried in the waiting room full stop continue programme")]
    public void RelativeAfterObjectPronoun_OwnsTheFeeling(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was cross with him and tearful.")]
    [InlineData("I sat with her and she cried.")]
    [InlineData("He was angry about her knee and the delays.")]
    public void PatientStillOwns_WhenTheObjectIsNotASubject(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
