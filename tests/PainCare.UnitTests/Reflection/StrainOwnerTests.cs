using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A relational strain is between the patient and their clinicians: a relative's quarrel, the writer's own dispute with a
/// colleague and a strain from an earlier session set in its own clause are not a rupture in this one.
/// </summary>
public sealed class StrainOwnerTests
{
    [Theory]
    [InlineData("Her brother argued with the parking attendant on the way in. Hip flexion 100.")]
    [InlineData("His partner was hostile to the idea of a walking aid and blamed the stairs. Grip 28 kg.")]
    [InlineData("Her aunt complained about the bus times again. Shoulder abduction to 140.")]
    public void RelativesQuarrel_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I disagreed with the orthopaedic letter and rang the registrar. Knee extension 0.")]
    [InlineData("I was disappointed with the outcome chart, though she is pleased. Plan unchanged.")]
    public void WritersOwnDisputeOrDoubt_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("We disagreed about whether the brace was still needed.")]
    [InlineData("She and I disagreed about the pacing targets.")]
    [InlineData("He felt I was dismissive of his worry about the scan.")]
    [InlineData("She says the GP fobbed her off for a year.")]
    [InlineData("He told me the previous therapist never listened to him.")]
    public void StrainBetweenPatientAndClinicians_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void RelativeAnsweringForThePatient_StillFiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("Her uncle answered for her whenever I asked about sleep."));
    }

    [Fact]
    public void StrainInAnEarlierSessionsClause_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("At the previous session he argued about every test. He was relaxed and chatty throughout."));
    }

    [Fact]
    public void CancellingInTheEarlyWeeks_IsHistory()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("In the early weeks he kept cancelling. He has now come six times in a row."));
    }
}
