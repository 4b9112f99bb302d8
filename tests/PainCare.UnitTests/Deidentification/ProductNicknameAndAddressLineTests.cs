namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// The sixth round (own3 as tuning data): brands kept by how notes use them, nicknames and sign-offs, address lines
/// that close with a town's state or a district, and dates written as a clinic writes them.
/// </summary>
public sealed class ProductNicknameAndAddressLineTests
{
    [Theory]
    [InlineData("Home programme: Flexiputty grip work twice a day.", "Flexiputty")]
    [InlineData("She was given the Pelvo trainer to use at home.", "Pelvo trainer")]
    [InlineData("Circuit today: Vantra leg press, then the rower.", "Vantra leg press")]
    [InlineData("In the pool: Ai Chi rotations and walking lengths.", "Ai Chi rotations")]
    [InlineData("Transfers practised with the Molly Lift by the bed.", "Molly Lift")]
    [InlineData("He completed the KidsQL before we started.", "KidsQL")]
    [InlineData("Advised to keep the Kyleena in place until review.", "Kyleena")]
    [InlineData("He is on Zorvane 50/12.5 BD and sleeps poorly.", "Zorvane")]
    [InlineData("Endometriosis managed by her GP; started on Pelmira.", "Pelmira")]
    [InlineData("Balance: Berg 44/56, up from last month.", "Berg")]
    [InlineData("Finished a Medrol Dosepak on Monday.", "Medrol Dosepak")]
    [InlineData("She started Ibuflex last week and sleeps better.", "Ibuflex")]
    public void ABrandNoListHolds_UsedAsAThing_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Her sister took Rawiri to school on the way.", "Rawiri")]
    [InlineData("She visited the Ormond and then went home.", "Ormond")]
    [InlineData("He coaches the Harriers at the weekend.", "Harriers")]
    public void APersonPlaceOrTeam_InTheSameShapes_IsStillReplaced(string text, string identifier) => Scrub.Gone(Scrub.Run(text), identifier);

    [Fact]
    public void AnEmployerWhoseNameIsCamelCase_IsNotKeptAsABrand() =>
        Scrub.Gone(Scrub.Run("Her claim is with WorkRight Tasmania after the fall at work."), "WorkRight");

    [Theory]
    [InlineData("Client: Rosalind 'Roz' Okonkwo-Hale, 33, attends alone.", "Rosalind", "Roz", "Okonkwo-Hale")]
    [InlineData("Carer: Solveig 'Sol' Marangoni brings her in.", "Solveig", "Sol", "Marangoni")]
    public void AQuotedNicknameBetweenGivenNameAndSurname_ReplacesAllThree(string text, params string[] names) =>
        Scrub.Gone(Scrub.Run(text), names);

    [Theory]
    [InlineData("Seen at home with Mrs Tāmati, Hinewai to the neighbours, who made tea.", "Hinewai")]
    [InlineData("Her eldest, Bertrand to his mates, drives her in.", "Bertrand")]
    public void ANameGivenAsWhatAGroupCallsThem_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Let me know if the plan changes.\nThanks, Georgia", "Georgia")]
    [InlineData("Happy to discuss.\nKind regards,\nJordan Pike", "Jordan", "Pike")]
    public void TheWritersNameInASignOff_IsReplaced_EvenWhenItIsAlsoACountry(string text, params string[] names) =>
        Scrub.Gone(Scrub.Run(text), names);

    [Fact]
    public void AHyphenatedGivenNameAfterAFormLabel_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Employee: Anne-Sophie Lavoie-Bergeron (goes by Anne), 51, a cleaner."), "Anne-Sophie", "Lavoie-Bergeron", "Anne");

    [Theory]
    [InlineData("Seen in clinic at Fairholme, Temple, TX. Pain worse on stairs.", "Temple", "TX")]
    [InlineData("Address: Kings Road, Anfield, L4.", "L4")]
    [InlineData("She moved from her flat on Pemberton St after the fall.", "Pemberton St")]
    [InlineData("He drives to the gym on Carrick Blvd twice a week.", "Carrick Blvd")]
    [InlineData("Lives at no. 14 Rimu, near the river.", "14 Rimu")]
    public void AnAddressLinePart_IsReplaced(string text, params string[] identifiers) => Scrub.Gone(Scrub.Run(text), identifiers);

    [Fact]
    public void ASpinalLevelInAList_IsStillKept() =>
        Scrub.Kept(Scrub.Run("MRI: disc bulge at L4, L5 and S1, no stenosis.", "Leo Marsh", "9 Station Road, Liverpool L4 0TH"), "L4", "L5", "S1");

    [Fact]
    public void APostcodeLabel_IsKept_AndOnlyTheCodeReplaced()
    {
        var result = Scrub.Run("Postcode 4410 is on the referral.");

        Scrub.Kept(result, "Postcode");
        Scrub.Gone(result, "4410");
    }

    [Theory]
    [InlineData("Two near-falls this week (02/05 and 12/05), no injury.", "02/05", "12/05")]
    [InlineData("Seen 9/3 for the first time; reviewed 14/3.", "9/3", "14/3")]
    [InlineData("Arthroscopy done 5/27 at the day surgery.", "5/27")]
    [InlineData("Dictated: DOB 3 7 61, lives alone.", "3 7 61")]
    [InlineData("DOB 9-Feb-1961, retired teacher.", "9-Feb-1961")]
    public void ADateAsClinicsWriteIt_IsReplaced(string text, params string[] dates) => Scrub.Gone(Scrub.Run(text), dates);

    [Fact]
    public void AHyphenatedDate_IsShiftedInItsOwnShape() =>
        Assert.Matches(@"^DOB \d{1,2}-[A-Z][a-z]{2}-\d{4}\.$", Scrub.Run("DOB 9-Feb-1961.").Text);

    [Theory]
    [InlineData("RT, 47 y/o, neck pain after a fall.", "RT")]
    [InlineData("Pt: DW, 63yo, referred by the GP.", "DW")]
    public void InitialsOpeningANote_BeforeAnAge_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Theory]
    [InlineData("She stacks shelves at 7Eleven Central on weekends.", "7Eleven Central")]
    [InlineData("He drives for 2Go Couriers most nights.", "2Go Couriers")]
    public void ATradingNameOpeningWithAFigure_IsAnOrganisation(string text, string organisation)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, organisation);
        Assert.Equal("organisation", Scrub.CategoryOf(result, organisation));
    }

    [Fact]
    public void AnInsurerBeforeAMemberNumber_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Private cover: Bupa 55120934, extras included."), "Bupa");

    [Theory]
    [InlineData("Losaline arrived late. She was tearful at first.", "Losaline", true)]
    [InlineData("Sione came in alone. He had walked from the bus.", "Sione", false)]
    public void ASurrogateForAnUnlistedName_FollowsTheTextsPronoun(string text, string name, bool female)
    {
        var result = Scrub.Run(text);
        var surrogate = result.Replacements.Single(r => r.Original == name).Surrogate;

        Assert.True(female ? IsListed(surrogate, "female") : IsListed(surrogate, "male"), $"{surrogate} does not match the pronoun");
    }

    private static bool IsListed(string name, string gender)
    {
        var assembly = typeof(PainCare.Deidentification.Deidentifier).Assembly;
        using var stream = assembly.GetManifestResourceStream($"PainCare.Deidentification.Data.given-names-{gender}.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Contains(name.ToLowerInvariant());
    }
}
