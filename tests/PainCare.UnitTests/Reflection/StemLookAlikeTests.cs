using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Nouns that share a stem with a strain verb ("demands" of a job, a "refuse" collector, a "cancellation" slot), a
/// friction massage, a hostile workplace and a muscle strain between the shoulder blades are not a strain between the
/// patient and the clinician.
/// </summary>
public sealed class StemLookAlikeTests
{
    [Theory]
    [InlineData("The demands of the nursing rota are what she finds hardest.")]
    [InlineData("He drives a refuse lorry and wants to be back on the round.")]
    [InlineData("Took a cancellation slot on Monday morning to be seen sooner.")]
    [InlineData("Deep friction massage to the patellar tendon, then loading.")]
    [InlineData("Describes a hostile environment at the depot since the takeover.")]
    [InlineData("Strain between the ribs after a coughing fit last week.")]
    public void StemOrClinicalLookAlike_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She refused the hands-on part of the session.")]
    [InlineData("There was real tension between us when I raised the scan.")]
    [InlineData("He demanded to see the consultant instead.")]
    public void StrainVerbsStillFire(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void WornDownByAManager_IsStrongAffect()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Months of remarks from her supervisor have worn her down."));
    }
}
