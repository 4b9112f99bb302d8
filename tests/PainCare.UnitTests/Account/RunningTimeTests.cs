using PainCare.Web.Features.Account;

namespace PainCare.UnitTests.Account;

public sealed class RunningTimeTests
{
    [Fact]
    public void FirstTime_IsTakenAsIs_AndLaterTimesMoveItAnEighthOfTheWay()
    {
        var time = new RunningTime(TimeSpan.FromSeconds(2));

        time.Add(TimeSpan.FromMilliseconds(100));
        var first = time.Typical;
        time.Add(TimeSpan.FromMilliseconds(180));

        Assert.Equal(TimeSpan.FromMilliseconds(100), first);
        Assert.Equal(TimeSpan.FromMilliseconds(110), time.Typical);
    }

    [Fact]
    public void AStalledRequest_CountsOnlyUpToTheCap()
    {
        var time = new RunningTime(TimeSpan.FromMilliseconds(500));

        time.Add(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMilliseconds(500), time.Typical);
    }

    [Fact]
    public void BeforeAnyTime_TheEstimateIsZero_SoNothingIsHeldBack()
    {
        Assert.Equal(TimeSpan.Zero, new RunningTime(TimeSpan.FromSeconds(2)).Typical);
    }
}
