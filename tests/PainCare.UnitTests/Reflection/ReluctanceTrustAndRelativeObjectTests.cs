using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: attending under protest, resigned deference, irritation at the clinician's request and
/// nobody having explained; the body letting the patient down, a warm ending and doubt about recovery as look-alikes;
/// trust named without a marker ("the first person who believed her"); and tears after a restrictive relative clause.
/// </summary>
public sealed class ReluctanceTrustAndRelativeObjectTests
{
    [Theory]
    [InlineData("He said he only came because his manager insisted.")]
    [InlineData("When I showed her the bridge she said, flatly, that I was the expert.")]
    [InlineData("She wanted to know how many more of these she has to come to.")]
    [InlineData("He got irritated when I told him the squat was too fast.")]
    [InlineData("She asked why no one had explained the fracture to her in the ED.")]
    [InlineData("He doesn't think the taping will help and only wore it to keep me happy.")]
    public void ReluctanceOrGrievance_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Let down by his ankle twice on the uneven path this week.")]
    [InlineData("We ended the session on a high after the first pain-free lunge.")]
    [InlineData("She has not been back to the gym since Easter.")]
    [InlineData("He doubted the shoulder would ever settle, yet he reached the top shelf today.")]
    public void LookAlike_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She told me I was the first person who had really believed her about the pelvic pain.")]
    [InlineData("He said I was the first person to take him seriously in three years.")]
    public void TrustWithoutAMarker_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void NobodyBelievingHer_FiresNoConnection()
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories("She said nobody has ever believed her about the pelvic pain."));
    }

    [Fact]
    public void TearsAfterARestrictiveRelativeClause_AreThePatients()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("He thanked the nurse who dressed his leg, tearful."));
    }

    [Fact]
    public void TearsOfARelativeSetOffByCommas_StayTheRelatives()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("His sister, who brought him in, became tearful."));
    }
}
