using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: going quiet inside a silence both sat in, low engagement and unfinished homework, asking
/// the clinician to drop a subject, saying little about a relative's remark, and a patient's "today" inside a quote
/// that does not turn the narrator's "at the start" into history.
/// </summary>
public sealed class SharedSilenceEngagementAndQuotedTodayTests
{
    [Fact]
    public void QuietInASilenceSatTogether_FiresNoRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("After the nod he went quiet, and we sat together for a minute; it didn't feel awkward."));
    }

    [Theory]
    [InlineData("Sat with her hood pulled up throughout, answering in shrugs.")]
    [InlineData("Homework diary not returned. Poor engagement with goal setting.")]
    [InlineData("He didn't complete the activity log again this week.")]
    [InlineData("She asked me to drop it when I raised the sleep diary.")]
    public void DisengagementOrClosingATopic_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void SayingLittleAboutARelativesRemark_FiresNoRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("Her son was scathing about the brace; she said little about it and carried on with the sit-to-stands."));
    }

    [Fact]
    public void PatientsTodayInsideAQuote_DoesNotMakeTheStartOfTheSessionHistory()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("At the start he said 'I almost didn't come today'."));
    }

    [Fact]
    public void NarratorsContrast_StillSetsTheStartInThePast()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("At the start he barely spoke, but by the end today he was chatting about his allotment."));
    }
}
