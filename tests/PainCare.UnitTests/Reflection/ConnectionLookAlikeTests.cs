using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Quiet shared while a form is filled in, a brace "opened up" and thanks at the door are ordinary moments, not a
/// moment of meeting; a silence held together still is.
/// </summary>
public sealed class ConnectionLookAlikeTests
{
    [Theory]
    [InlineData("We sat quietly while he filled in the outcome questionnaire.")]
    [InlineData("She opened up the splint so I could check the padding.")]
    [InlineData("He thanked me on the way out and booked the next slot.")]
    public void OrdinaryMoment_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void SilenceHeldTogether_StillFiresConnection()
    {
        Assert.Contains(Categories.Connection, Reflect.Categories("When she spoke of her brother we both sat quietly for a minute."));
    }
}
