namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Notes written by clinicians trained in other languages, and from clinics in continental Europe and the Gulf: ages with
/// the word for "years" in another language or rendered literally, dates with month names in other languages, streets
/// and postcodes in European shapes, and employers across Europe and the Gulf.
/// </summary>
public sealed class ContinentalShapeTests
{
    [Theory]
    [InlineData("The patient is a man who has 52 years and drives a tram.", "52")]
    [InlineData("Since she is 38 years, the pain comes and goes.", "38")]
    [InlineData("Mevrouw Bakker (71 j.) came with her son.", "71")]
    [InlineData("Herr Vogel, 66 J., after a fall on ice.", "66")]
    [InlineData("He is 29 år and works on a ferry.", "29")]
    [InlineData("Signora Conti, 80 anni, lives alone.", "80")]
    [InlineData("He is a 33-year man from the coast.", "33")]
    [InlineData("Woman, 61 y., retired nurse.", "61")]
    [InlineData("Aged of 75 years, she lives alone.", "75")]
    [InlineData("Mr Berg is 58 years.", "58")]
    public void AnAgeWrittenTheContinentalWay_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("He has 20 years of back pain behind him.", "20 years")]
    [InlineData("She was 2 years post-op when the pain came back.", "2 years")]
    public void YearsThatAreNotAnAge_Stay(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("Fell on 7 januari 2024 near the station.", "januari")]
    [InlineData("Operated on 19. März 2023 in the city hospital.", "März")]
    [InlineData("Seen on 11 de octubre de 2022 by the GP.", "octubre")]
    [InlineData("Next review on 28 settembre.", "settembre")]
    [InlineData("Symptoms since 6 sierpnia.", "sierpnia")]
    [InlineData("Worse since 9. June, she says.", "9. June")]
    [InlineData("The scan was done in dezembro 2021.", "dezembro")]
    [InlineData("Next appointment on 12.05. at 09:15.", "12.05.")]
    public void ADateWithAMonthInAnotherLanguage_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void ANumberedListItemBeforeAMonthOnTheNextLine_IsNotReadAsOneDate() =>
        Scrub.Kept(Scrub.Run("Plan: 3.\n\nMarch review of the exercises."), "3.");

    [Theory]
    [InlineData("Lives at Lindenstraße 14, 80331 München.", "Lindenstraße", "80331")]
    [InlineData("Adres: Prinsengracht 301, 1016 GW Amsterdam.", "Prinsengracht", "1016 GW")]
    [InlineData("Address: Kungsgatan 12, SE-411 19 Göteborg.", "Kungsgatan", "SE-411 19")]
    [InlineData("Home is ul. Polna 7, 61-001 Poznań.", "Polna", "61-001")]
    [InlineData("She rents at Calle Sol 5, 41001 Sevilla.", "Sol", "41001")]
    [InlineData("Lives on Rua das Flores 22, 4050-262 Porto.", "Flores", "4050-262")]
    public void AContinentalStreetAndPostcode_AreReplaced(string text, string street, string postcode) => Scrub.Gone(Scrub.Run(text), street, postcode);

    [Fact]
    public void AHouseNumberAfterAComma_LeavesTheNamesBeforeItAsNames() =>
        Assert.Equal("name", Scrub.CategoryOf(Scrub.Run("Staying with Tom and Ruth Ferris, 2210 Harbour Rd, Nelson."), "Ferris"));

    [Fact]
    public void ADoseInInternationalUnits_IsNotAPostcode() => Scrub.Kept(Scrub.Run("Vitamin D 1000 IU Daily."), "1000 IU");

    [Theory]
    [InlineData("He is a deckhand with Maersk.", "Maersk")]
    [InlineData("He is a driller with Saudi Aramco.", "Aramco")]
    [InlineData("He is an interpreter at the European Parliament.", "Parliament")]
    [InlineData("Her husband works for Deutsche Bahn.", "Deutsche Bahn")]
    [InlineData("He drives for TfL on night buses.", "TfL")]
    public void AnEmployerAcrossEuropeOrTheGulf_IsReplaced(string text, string employer) => Scrub.Gone(Scrub.Run(text), employer);

    [Fact]
    public void ACountryAlone_StaysWhileTheEmployerNamedForItGoes()
    {
        var result = Scrub.Run("She grew up in Saudi Arabia and now works for Saudi Aramco.");

        Assert.StartsWith("She grew up in Saudi Arabia", result.Text, StringComparison.Ordinal);
        Scrub.Gone(result, "Aramco");
    }

    [Theory]
    [InlineData("AHV number 756.9012.3456.71 on the form.", "756.9012.3456.71")]
    [InlineData("National number 72.11.04-118.45 given.", "72.11.04-118.45")]
    public void ANumberInFourOrMoreGroups_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void ADateWithFullStops_IsADateNotAnId() =>
        Assert.Equal("date", Scrub.CategoryOf(Scrub.Run("Seen on 14.03.2025 in clinic."), "14.03.2025"));

    [Theory]
    [InlineData("Insured with Helsana since last year.", "Helsana")]
    [InlineData("Her fund is Zilveren Kruis.", "Zilveren Kruis")]
    public void AContinentalHealthInsurer_IsReplaced(string text, string insurer) => Scrub.Gone(Scrub.Run(text), insurer);

    [Fact]
    public void ARouteThroughAProduct_IsNoStreet() => Scrub.Kept(Scrub.Run("Via Zoom, she said the week had been kinder."), "Via Zoom");

    [Theory]
    [InlineData("He welds for Bakker Staalbouw B.V. in the port.", "Bakker Staalbouw")]
    [InlineData("Employer: Fjordline Drift AS, on the quay.", "Fjordline Drift")]
    [InlineData("She keeps the books for Esposito Edilizia S.r.l.", "Esposito Edilizia")]
    [InlineData("He drives for Al Safa Contracting LLC.", "Safa Contracting")]
    public void ACompanyNamedWithItsLegalForm_IsReplaced(string text, string company) => Scrub.Gone(Scrub.Run(text), company);

    [Theory]
    [InlineData("Known AS since 2010, on a TNF inhibitor.", "Known AS")]
    [InlineData("The Back Pain Clinic AB protocol was used.", "Back Pain Clinic AB")]
    public void AClinicalAbbreviationShapedLikeALegalForm_Stays(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);
}
