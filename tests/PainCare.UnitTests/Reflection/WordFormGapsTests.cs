using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Forms of words already in the lexicon that were missing: "shameful", "bone-tired", "held my eye".</summary>
public sealed class WordFormGapsTests
{
    [Theory]
    [InlineData("He said it felt shameful to need help with his socks.")]
    [InlineData("She is bone-tired after the night shifts on top of the pain.")]
    [InlineData("Bone tired, he said, and it showed.")]
    public void ShameAndExhaustionForms_FireAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("For once he held my eye while we talked about the diagnosis.")]
    [InlineData("She holds my eye now when she answers.")]
    public void HeldMyEye_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void BoneAsAStructure_IsNotExhaustion()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Tender over the bone at the lateral malleolus; Ottawa rules negative."));
    }
}
