using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: doubt that treatment helps, said with the negation inside the phrase; "my last visit" as
/// the final one rather than the previous one; a pause chosen as what helps; the writer and another clinician at odds;
/// "had enough attempts" and bitter weather as look-alikes.
/// </summary>
public sealed class FinalVisitCopingPauseAndColleagueClashTests
{
    [Fact]
    public void FinalVisitWithDoubt_FiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("He said, \"This will be my last session, to be fair I can't see it helping.\""));
    }

    [Fact]
    public void PreviousVisit_StillSetsItsSentenceInThePast()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("At my last visit with him he couldn't see it helping; today he is keen."));
    }

    [Fact]
    public void PauseChosenAsWhatHelps_FiresNoRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("When I checked what settles her, she said staring out of the window for a bit, so we did that."));
    }

    [Fact]
    public void WriterAndAnotherClinicianAtOdds_FiresNoRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("The consultant and I disagreed about the injection; things got heated. Patient not present."));
    }

    [Theory]
    [InlineData("'They've had enough attempts at my veins,' she said, and we used the other arm.")]
    [InlineData("Hands worse in the bitterly cold mornings. Wax bath.")]
    public void LookAlike_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }
}
