using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A complaint about care, the service, an insurer or an earlier clinician is a rupture, whatever verb tells it.</summary>
public sealed class ServiceComplaintTests
{
    [Theory]
    [InlineData("She gave out about the clinic changing her slot three times.")]
    [InlineData("He was not happy with how the surgeons handled his discharge.")]
    [InlineData("Pt grumbled about the insurer holding up his claim again.")]
    [InlineData("She says of the pain team: 'they treat me like a nuisance'.")]
    [InlineData("The orthopaedic registrar never followed up on his scan, he told me.")]
    [InlineData("He says the GP messed him around for months before the referral.")]
    public void ComplaintAboutCareInAnyVerb_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void PlainPraiseOfTheService_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("She said the ward staff were kind and the surgeon explained everything clearly."));
    }
}
