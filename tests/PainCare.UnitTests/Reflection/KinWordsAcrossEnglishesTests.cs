using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Relatives named in everyday, regional or Spanish and Portuguese kin words ("grandma", "his missus", "her mam",
/// "su hija", "tanty") are someone else: their feelings are not the patient's.
/// </summary>
public sealed class KinWordsAcrossEnglishesTests
{
    [Theory]
    [InlineData("Her grandma was in tears at the bedside. Knee flexion 90.")]
    [InlineData("His missus was furious about the parking. Knee flexion 90.")]
    [InlineData("Su hija was crying in the corridor. Knee flexion 90.")]
    [InlineData("His mam was livid with the GP. Knee flexion 90.")]
    [InlineData("Her tanty sat in and was frightened by the needles. Hip flexion 95.")]
    public void RelativesFeeling_IsNotThePatients(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was livid with her mam for cancelling.")]
    [InlineData("He was in tears talking about his abuela's last months.")]
    public void PatientsFeelingAboutARelative_StillFires(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void RelativesTearfulAfterAPronoun_CarriesOver()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Her granny came along. She was tearful throughout. Shoulder ER 50."));
    }
}
