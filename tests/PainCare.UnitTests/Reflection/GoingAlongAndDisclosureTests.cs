using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Going along told without a strain word ("'okay, whatever'", "yes to everything"), a relative answering at length
/// or on the patient's behalf, and a disclosure the note marks as a first.
/// </summary>
public sealed class GoingAlongAndDisclosureTests
{
    [Theory]
    [InlineData("Each time I suggested a change she said 'okay, whatever' and looked at the clock.")]
    [InlineData("He said yes to everything and asked nothing.")]
    [InlineData("Her grandmother answered almost all of the history questions for her.")]
    [InlineData("His brother kept answering on his behalf.")]
    public void GoingAlongOrBeingSpokenFor_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She told me about her son's illness, the first time she has mentioned him.")]
    [InlineData("He finally showed me the scar on his shin.")]
    public void DisclosureMarkedAsAFirst_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void DisclosureWithoutAMarker_IsOrdinaryHistory()
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories("She told me about her son's illness and the hospital visits."));
    }
}
