using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The staff's or the team's feelings are not the patient's; calls the patient never returned are a strain, like a
/// missed session, unless a reason is given.
/// </summary>
public sealed class StaffAndUnansweredCallTests
{
    [Theory]
    [InlineData("Ward team frustrated that transport fell through again; discharge moved to Friday.")]
    [InlineData("Staff anxious about the hoist after last week's fault. Transfers practised with two.")]
    public void StaffFeelings_DoNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void CallsNeverReturned_FireRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("Rang twice and left messages; he didn't return either call. Letter sent to close the episode."));
    }

    [Fact]
    public void CallNotReturnedBecauseInHospital_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("She did not return our calls last week as she was in hospital with an infection. Seen today."));
    }
}
