namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Ages told in words and ordinals, weekdays that date a note, chat speakers, surnames in capitals after a given name,
/// labels that name a person, dedications, rooms and cells, plates after "registered", and charities.
/// </summary>
public sealed class WordAgeWeekdayAndSpeakerTests
{
    [Theory]
    [InlineData("He was in his seventy-second year when he moved.", "seventy-second")]
    [InlineData("Her thirtieth next month worries her.", "thirtieth")]
    [InlineData("They met at her cousin's 18th in the rugby club.", "18th")]
    [InlineData("Her sister sent a happy 50th card.", "50th")]
    [InlineData("'I am forty-one and my knees feel ancient.'", "forty-one")]
    [InlineData("Ines — Inês on her passport — is sixty and still teaching.", "sixty")]
    [InlineData("Forty in June; still playing hockey.", "Forty")]
    [InlineData("Her son Ari (nine in March) carries her bag.", "nine")]
    [InlineData("I saw Mr Dunn, a retired signalman of eighty, at home.", "eighty")]
    public void AnAgeToldInWordsOrAsAnOrdinal_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("A number of twenty, then rest.", "twenty")]
    [InlineData("Her second session went well.", "second")]
    public void ACountThatIsNoAge_Stays(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("Dressing last changed last Weds.", "Weds")]
    [InlineData("Sore since Sun after the match.", "Sun")]
    [InlineData("Review planned Thurs with the nurse.", "Thurs")]
    [InlineData("Seen on Monday with her husband.", "Monday")]
    [InlineData("She fell on Monday evening in the garden.", "Monday")]
    public void AWeekdayThatDatesTheNote_IsReplaced(string text, string day) => Scrub.Gone(Scrub.Run(text), day);

    [Fact]
    public void AWeekdayThatRecursOrIsAnySuchDay_Stays() => Scrub.Kept(Scrub.Run("She swims on Tuesdays, walks every Sunday and saw us on a Friday morning."), "Tuesdays", "Sunday", "Friday");

    [Fact]
    public void TwoWeekdaysMove_TogetherAndNeverStay()
    {
        var result = Scrub.Run("Seen on Monday; review on Thursday.");

        Scrub.Gone(result, "Monday", "Thursday");
        var days = result.Replacements.Select(r => Enum.Parse<DayOfWeek>(r.Surrogate)).ToList();
        Assert.Equal(3, ((int)days[1] - (int)days[0] + 7) % 7);
    }

    [Theory]
    [InlineData("[14:02] TK: could we do Friday instead?", "TK")]
    [InlineData("[Tue 3 Jun 08:15] jo.marsh: running late sorry", "jo.marsh")]
    [InlineData("04/02/2025, 19:44 - Petra Lund: thanks, see you then", "Lund")]
    public void AChatSpeaker_IsReplaced(string text, string speaker) => Scrub.Gone(Scrub.Run(text), speaker);

    [Fact]
    public void TheServicesOwnChatLines_KeepTheirSpeaker() => Scrub.Kept(Scrub.Run("[14:03] Clinic: yes, Friday at 2pm is fine."), "Clinic:");

    [Theory]
    [InlineData("Patient: Grace TULLY, 57, lives alone.", "TULLY", "57")]
    [InlineData("Paul FENWICK (DOB 02-Mar-1970) attended.", "FENWICK", "Paul")]
    public void ASurnameInCapitalsAfterAGivenName_IsReplacedWithTheAge(string text, string surname, string other) =>
        Scrub.Gone(Scrub.Run(text), surname, other);

    [Fact]
    public void AClinicalAbbreviationAfterAGivenName_Stays() => Scrub.Kept(Scrub.Run("Grace had an MRI and NSAIDs were stopped."), "MRI", "NSAIDs");

    [Theory]
    [InlineData("Interpreter: Abdi (by phone).", "Abdi")]
    [InlineData("Present: Bilal, his mother and the OT.", "Bilal")]
    [InlineData("Juno, as she styles herself, wrote again.", "Juno")]
    public void ANameAfterALabelOrSignedAs_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Weekly Mass at Our Lady of Fatima keeps her going.", "Fatima")]
    [InlineData("Mass on Sundays at Mary Immaculate.", "Mary Immaculate")]
    [InlineData("Mrs Oduya from 31C knocked twice.", "31C")]
    [InlineData("Location: D-Wing 2/17.", "D-Wing")]
    [InlineData("His van is registered KX19 WPT.", "KX19 WPT")]
    [InlineData("She lives in a Mencap house with two others.", "Mencap")]
    public void APlaceCodeOrCharityNamedAlone_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Fact]
    public void AnAgeWithYearsInBrackets_LeavesNoStrayUnit()
    {
        var result = Scrub.Run("Her father (aged 83 years) also has gout.");

        Scrub.Gone(result, "83");
        Assert.DoesNotContain("years)", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Her fortieth was a quiet affair at home.", "fortieth")]
    [InlineData("Their grandkids are 5 and 11.", "11")]
    [InlineData("The boys are seven.", "seven")]
    public void ARoundBirthdayOrChildrensAges_AreReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void AnOrdinalThatIsNoRoundBirthday_Stays() => Scrub.Kept(Scrub.Run("Her thirteenth was the hardest session."), "thirteenth");
}
