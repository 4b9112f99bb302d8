using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A felt change between the two told in figurative words (the ice broke, the mood lifted, something thawed) is a marked
/// moment of connection; the same words about ice, pain or a door are not.
/// </summary>
public sealed class FeltChangeConnectionTests
{
    [Theory]
    [InlineData("The ice broke when he saw my terrible drawing of a spine.")]
    [InlineData("Something thawed between us when I admitted I can't ride a bike either.")]
    [InlineData("The tension went out of the room once we'd both laughed.")]
    [InlineData("There was a warmth between us by the end that had not been there before.")]
    public void FeltChangeInFigurativeWords_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The swelling went down after the ice pack.")]
    [InlineData("Something gave way in her knee on the stairs.")]
    [InlineData("The door opened onto the car park and the draught made her shiver.")]
    public void LiteralIceDoorOrPain_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }
}
