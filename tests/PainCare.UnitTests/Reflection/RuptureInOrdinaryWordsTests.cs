using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Ruptures written apart from the rule words: disengagement said plainly, a polite challenge to this clinician,
/// a broken agreement, leaving the care, a request for someone else, sarcasm, and the clinician's own account of a
/// strain or of repairing one. Their look-alikes (resistance to a stretch, a complaint of a rash to the GP, a rift at
/// home, an absence for chemotherapy) are not.
/// </summary>
public sealed class RuptureInOrdinaryWordsTests
{
    [Theory]
    [InlineData("He lost interest once I began on the pacing diagram.")]
    [InlineData("By the second half she was giving me one-word replies.")]
    [InlineData("She felt I wasn't hearing how much the nights had changed.")]
    [InlineData("He barely spoke for twenty minutes and then said he needed to leave.")]
    [InlineData("She told me this would be her last appointment.")]
    [InlineData("He said the pain team had fobbed him off for a year.")]
    [InlineData("She didn't follow through on the walking goal we set together.")]
    [InlineData("He asked to be seen by someone else from now on.")]
    [InlineData("She said 'thanks for nothing' as she picked up her bag.")]
    [InlineData("I got defensive when he queried the diagnosis.")]
    [InlineData("We spoke about how things ended badly between us in March.")]
    public void StrainInOrdinaryWords_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She offered little resistance as I took the hip into flexion.")]
    [InlineData("He complained to his GP about an itchy rash and was given a cream.")]
    [InlineData("They spoke about the rift between him and his brother.")]
    [InlineData("She kept rescheduling around her chemotherapy, which we both expected.")]
    [InlineData("He said nobody here had ever shown him the spine model before, and grinned.")]
    public void LookAlikesOfStrainWords_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
