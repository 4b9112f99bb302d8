using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A relative's complaint quoted after a verb of complaint is theirs, not the patient's own words.</summary>
public sealed class ComplaintQuoteAttributionTests
{
    [Theory]
    [InlineData("His daughter complained that the clinic 'never calls back'. Knee flexion 100, bike 10 min.")]
    [InlineData("Her husband grumbled that it was 'all a waste of petrol'. Hip abduction 4/5.")]
    public void ARelativesQuotedComplaint_IsNotAPatientParticular(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Fact]
    public void ThePatientsOwnQuotedComplaint_StillCounts()
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories("She complained that the stretches were 'a right faff'. Knee flexion 100."));
    }
}
