using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Distrust of the care with the negation inside the phrase, asking for someone senior, complaints that earlier care was
/// nothing but one thing and exercises given up are ruptures. Distrust of a medicine and an earlier operation that
/// failed are views of a treatment's result, not a strain between patient and clinician.
/// </summary>
public sealed class DistrustAndQuietRuptureTests
{
    [Theory]
    [InlineData("He does not trust this clinic to do better than the one before.")]
    [InlineData("She is suspicious of anything the hospital tells her.")]
    [InlineData("He has no faith in the pain team after the wait he had.")]
    [InlineData("She asked to see someone more senior.")]
    [InlineData("He says his old physio did nothing but massage him.")]
    [InlineData("She has stopped doing the exercises and did not say why.")]
    [InlineData("He hasn't been doing his stretches and gave no reason.")]
    public void DistrustOfCareOrQuietWithdrawal_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She has lost faith in the tablets after the last operation failed.")]
    [InlineData("He distrusts painkillers since the surgery did not work.")]
    [InlineData("She does not trust strong medication, having seen her father on morphine.")]
    public void DistrustOfAMedicineOrAFailedOperation_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
