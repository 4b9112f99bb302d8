namespace PainCare.UnitTests.Deidentification;

/// <summary>A brand no list holds, kept because it is what a trial or a course is of, or what was started until a time.</summary>
public sealed class TreatmentCueTests
{
    [Theory]
    [InlineData("A trial of Velmorex for sleep was agreed.", "Velmorex")]
    [InlineData("Finished the course of Dastrelin last week.", "Dastrelin")]
    [InlineData("Stopped Orvaquil until the bloods are back.", "Orvaquil")]
    public void ABrandAfterATreatmentCue_IsKept(string text, string brand) => Scrub.Kept(Scrub.Run(text), brand);

    [Fact]
    public void APersonStartedOnAProgramme_IsStillReplaced() =>
        Scrub.Gone(Scrub.Run("She started Brinley on the walking programme."), "Brinley");

    [Fact]
    public void APersonAfterOf_WithoutATreatmentWord_IsStillReplaced() =>
        Scrub.Gone(Scrub.Run("The advice of Quennell for the week was rest."), "Quennell");
}
