using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Shorthand that names a relative as the subject keeps the feeling with the relative.</summary>
public sealed class ShorthandAttributionTests
{
    [Theory]
    [InlineData("Hip review. Son v. upset about the parking charges.")]
    [InlineData("Hip review. Husband with her, clearly livid about the delay.")]
    [InlineData("Hip review. Mum with them, very anxious about the operation.")]
    public void ARelativeNamedInShorthand_OwnsTheFeeling(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hip review. Pt v. upset about the parking charges.")]
    [InlineData("Hip review. I sat with her; she was livid about the delay.")]
    public void ThePatientInShorthand_StillOwnsTheFeeling(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
