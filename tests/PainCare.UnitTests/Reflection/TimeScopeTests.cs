using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A cue set in an earlier time ("in week one", "used to", "last year") is history, not the present state.</summary>
public sealed class TimeScopeTests
{
    [Theory]
    [InlineData("In week one he would barely look at me during the assessment. He spent the hour chatting about the allotment.")]
    [InlineData("At first he sat with his arms folded and said very little; today he asked lots of questions about his knee.")]
    [InlineData("Previously he had stared out the window through most of the visit. He talked about the caravan.")]
    public void WithdrawalInAnEarlierSession_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Lumbar extension 20 degrees (big wince on palpation in week 2).")]
    [InlineData("At her first appointment she flinched at every touch; today she let me work on the scar.")]
    public void ProtectionInAnEarlierSession_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    /// <summary>Feelings from the days between sessions are brought into this one, so they are not scoped out.</summary>
    [Fact]
    public void AffectReportedFromLastWeek_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Last week she felt utterly hopeless about ever working again."));
    }

    [Fact]
    public void TreatmentHistory_IsNotATreatmentDecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("Three steroid injections last year gave only brief relief. Walks 20 minutes on the flat."));
    }

    [Fact]
    public void ADecisionTodayAfterHistory_StillFiresSharedDecision()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Injections last year gave no relief. Today I prescribed a graded walking programme."));
    }

    [Theory]
    [InlineData("At first he kept his jacket on, but by the end of the hour he had relaxed.", Categories.Rupture)]
    [InlineData("Last week went well, but today he was curt with me and said very little.", Categories.Rupture)]
    [InlineData("Ever since last year she has braced at every forward bend.", Categories.SafetyCue)]
    [InlineData("She still flinches on forward bending, as she did in week one.", Categories.SafetyCue)]
    public void PresentCuesNextToAPastMarker_StillFire(string text, string category)
    {
        Assert.Contains(category, Reflect.Categories(text));
    }

    [Fact]
    public void ComplaintAboutAnEarlierSession_IsStillARupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("She told me the last physio had not listened to her at all."));
    }
}
