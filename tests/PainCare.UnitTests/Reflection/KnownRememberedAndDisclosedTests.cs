using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Connection in other words: held eye contact, sitting together in a silence, the patient feeling known or
/// remembered, and a disclosure the note marks as never made before. Their look-alikes are not.
/// </summary>
public sealed class KnownRememberedAndDisclosedTests
{
    [Theory]
    [InlineData("He kept holding my eye while describing his brother.")]
    [InlineData("For a minute we just sat, in no hurry at all.")]
    [InlineData("Big grin from him when I remembered his daughter's name.")]
    [InlineData("She said she felt understood for once.")]
    [InlineData("There was real rapport today.")]
    [InlineData("He paused and then said his son is in prison, which he has never mentioned.")]
    public void MarkedMomentInOtherWords_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I remembered to send the letter to his GP this time.")]
    [InlineData("Pain on the same side as the original injury.")]
    [InlineData("She sat in the waiting room for twenty minutes before I called her.")]
    [InlineData("Took my hands off the knee and waited.")]
    [InlineData("The knee gave way out of nowhere on the stairs.")]
    public void LookAlikes_DoNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }
}
