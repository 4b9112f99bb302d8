namespace PainCare.UnitTests.Deidentification;

/// <summary>Issue 15: classes found on a tuning set written apart from the rules (ADR 0400); sentences written here.</summary>
public sealed class MethodNamesAgesAndNumberEndingsTests
{
    [Theory]
    [InlineData("Taught McKenzie extension in standing, ten reps every two hours.", "McKenzie extension")]
    [InlineData("She would rather keep her McKenzie retractions than take more tablets.", "McKenzie retractions")]
    [InlineData("Plan: Bobath-informed sit to stand practice.", "Bobath-informed")]
    [InlineData("Joined a Pilates-based class at the leisure centre.", "Pilates-based")]
    [InlineData("Oedema managed with a Tubigrip, size D.", "Tubigrip")]
    [InlineData("Skin tear dressed with Mepore and the arm wrapped in Coban.", "Coban")]
    public void PhysiotherapyMethodsAndSupportProducts_AreKept(string text, string term)
    {
        Scrub.Kept(Scrub.Run(text), term);
    }

    [Fact]
    public void MethodEponym_AfterATitle_IsStillAPerson()
    {
        var result = Scrub.Run("Mr McKenzie reviewed the extension exercises.");

        Scrub.Gone(result, "McKenzie");
    }

    [Theory]
    [InlineData("Wiremu, fifty-eight, came with his daughter.", "fifty-eight")]
    [InlineData("Her mother, seventy, still drives.", "seventy")]
    public void AgeInWords_SetBetweenCommasAfterAPerson_IsRemoved(string text, string age)
    {
        Scrub.Gone(Scrub.Run(text), age);
    }

    [Fact]
    public void NumberWordThatIsNotAnAge_IsKept()
    {
        Scrub.Kept(Scrub.Run("Jo, one of the regulars, led the warm-up."), "one of the regulars");
    }

    [Theory]
    [InlineData("The NHS number on file ends 3391, per the referral.", "3391")]
    [InlineData("Medicare number ending in 5128 was checked at reception.", "5128")]
    [InlineData("Her SSN ends with 0457.", "0457")]
    public void LastDigitsOfALabelledNumber_AreRemoved(string text, string digits)
    {
        Scrub.Gone(Scrub.Run(text), digits);
    }
}
