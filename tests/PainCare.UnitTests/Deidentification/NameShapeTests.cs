namespace PainCare.UnitTests.Deidentification;

/// <summary>Names in shapes the lists cannot hold: particles, hyphenated surnames, possessives of a family member.</summary>
public sealed class NameShapeTests
{
    [Fact]
    public void ASurnameAfterParticles_IsReplaced_EvenWhereItIsAlsoAnEponym()
    {
        var result = Scrub.Run("Letter copied to Dr van der Berg and Ms de la Rosa.");

        Scrub.Kept(result, "Dr van der ", "Ms de la ");
        Assert.DoesNotMatch(@"der Berg\b", result.Text);
        Assert.DoesNotMatch(@"la Rosa\b", result.Text);
    }

    [Fact]
    public void AHyphenatedSurnameWithOneListedPart_MakesTheRunAName() =>
        Scrub.Gone(Scrub.Run("In the class today: Yui Tanaka-Smith and two others."), "Yui", "Tanaka-Smith");

    [Theory]
    [InlineData("tanaka-smith", true)]
    [InlineData("anne-sophie", true)]
    [InlineData("long-term", false)]
    [InlineData("brown-up", false)]
    public void AHyphenatedWord_IsANameOnlyWithoutACompoundsOrdinaryPart(string key, bool isName) =>
        Assert.Equal(isName, PainCare.Deidentification.Gazetteers.Gazetteer.IsAnyName(key));

    [Fact]
    public void APersonAfterWith_IsAName_NotAnOrganisation()
    {
        var result = Scrub.Run("Later I spoke with Ngozi Adeyemi-Bello about transport.");

        Scrub.Gone(result, "Ngozi", "Adeyemi-Bello");
        Assert.All(result.Replacements, r => Assert.Equal("name", r.Category));
    }

    [Theory]
    [InlineData("Bryony's mum picked her up after the session.", "Bryony")]
    [InlineData("We waited for Teuila's husband to bring the car round.", "Teuila")]
    public void ANameOwningAFamilyMember_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void AVerbOpeningASentence_BeforeAName_IsKept()
    {
        var result = Scrub.Run("Met Siosaia at the door and walked to the gym.");

        Scrub.Kept(result, "Met ");
        Scrub.Gone(result, "Siosaia");
    }

    [Theory]
    [InlineData("Waipukurau is where he was raised, on a sheep station.", "Waipukurau")]
    [InlineData("A Ballinasloe-born carpenter, now semi-retired.", "Ballinasloe")]
    public void APlaceOpeningASentenceOrJoinedToBorn_IsReplaced(string text, string place) => Scrub.Gone(Scrub.Run(text), place);

    [Fact]
    public void PtBeforeAPersonsVerb_IsTheWordPatient_NotAName() =>
        Scrub.Kept(Scrub.Run("Pt drives in from the coast each week. Pt reports less pain."), "Pt drives", "Pt reports");

    [Fact]
    public void AQuotedInitialsNickname_IsReplaced_WhereverItRecurs() =>
        Scrub.Gone(Scrub.Run("Client: Tamsin 'TK' Rawiri, 44.\nTK would rather train in the mornings."), "Tamsin", "TK", "Rawiri");

    [Fact]
    public void ANameThatIsAWord_BeforeASurnameInitial_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Five came. Grace T. managed every lap of the pool."), "Grace");
}
