namespace PainCare.UnitTests.Deidentification;

/// <summary>Issue 15: surrogates read naturally, so a car stays a car and a club stays a club.</summary>
public sealed class NaturalSurrogateTests
{
    [Theory]
    [InlineData("Pita drove to the clinic in his Corolla. Then he sat in the car park.", "Corolla")]
    [InlineData("Her brother lent her the Navara ute for the week.", "Navara")]
    [InlineData("She now drives a Mazda CX-5 with an automatic gearbox.", "Mazda CX-5")]
    [InlineData("Getting out of my Hilux is the worst part of the day, he said.", "Hilux")]
    public void OwnedCarModel_IsKept_NotTurnedIntoAPersonOrTown(string text, string car)
    {
        var result = Scrub.Run(text);

        Scrub.Kept(result, car);
    }

    [Fact]
    public void CarNumberPlate_IsStillRemoved_BesideAKeptModel()
    {
        var result = Scrub.Run("He parks his Corolla, rego KTM 318, by the back entrance.");

        Scrub.Kept(result, "Corolla");
        Scrub.Gone(result, "KTM 318");
    }

    [Fact]
    public void ModelNameThatIsAlsoAPersonsName_IsStillRemoved_WithoutACarCue()
    {
        var result = Scrub.Run("Her neighbour Sierra Blake drives her to appointments.");

        Scrub.Gone(result, "Sierra", "Blake");
    }

    [Fact]
    public void CarMakeBeforeAYear_DoesNotShieldTheYearOrAPersonsSurname()
    {
        var result = Scrub.Run("Her GP, Dr Amelia Ford 2021 notes aside, has retired.");

        Scrub.Gone(result, "Amelia", "Ford");
    }

    [Fact]
    public void ModelNameThatIsThePatientsName_IsRemoved_EvenAfterAnOwnerWord()
    {
        var result = Scrub.Run("Kay brought her Camry to the session.", "Camry Holt");

        Scrub.Gone(result, "Camry");
    }

    [Theory]
    [InlineData("Her son plays for Kaiwaka rugby club on Saturdays.", "Kaiwaka", "rugby club")]
    [InlineData("He has coached at Tarrant Vale netball club for years.", "Tarrant Vale", "netball club")]
    public void ClubName_GetsAPlaceLikeSurrogate_SoTheSentenceStillReads(string text, string club, string after)
    {
        var result = Scrub.Run(text);

        var replacement = Assert.Single(result.Replacements, r => r.Original == club);
        Assert.Contains(replacement.Surrogate + " " + after, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replacement.Surrogate.Split(' ')[^1], new[] { "Supplies", "Services", "Logistics", "Foods", "Partners", "Group", "Industries", "Trading", "Holdings", "Retail" });
    }
}
