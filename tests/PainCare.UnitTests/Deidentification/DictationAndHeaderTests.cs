namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Styles the earlier sets barely used: dictation typed in lower case with dates said aloud, email and meeting
/// headers, ward-round shorthand, and brands of things written with "a".
/// </summary>
public sealed class DictationAndHeaderTests
{
    [Theory]
    [InlineData("dob the fourth of march nineteen sixty two, lives alone", "fourth of march", "nineteen sixty two")]
    [InlineData("Operated on the twenty-first of June two thousand and three.", "twenty-first of June")]
    [InlineData("Next seen March the second, all being well.", "March the second")]
    public void ADateSaidAloud_IsReplacedWhole(string text, params string[] parts) => Scrub.Gone(Scrub.Run(text), parts);

    [Fact]
    public void ASpokenDate_KeepsItsYearWhenShifted() =>
        Assert.Matches(@"^Born \d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ 19[56]\d\.$", Scrub.Run("Born the fourth of March nineteen sixty-two.").Text);

    [Fact]
    public void OrdinalWordsWithoutAMonth_AreKept() =>
        Scrub.Kept(Scrub.Run("First of all, a second of rest between sets."), "First of all", "a second of rest");

    [Theory]
    [InlineData("patient is moana with her aunt today", "moana")]
    [InlineData("she came with her daughter hana who drove", "hana")]
    public void ALowerCaseGivenName_AfterACue_IsReplacedInLowerCase(string text, string name)
    {
        var result = Scrub.Run(text);
        var surrogate = result.Replacements.Single(r => r.Original == name).Surrogate;

        Scrub.Gone(result, name);
        Assert.Equal(surrogate.ToLowerInvariant(), surrogate);
    }

    [Fact]
    public void TheRecordsNamesInLowerCaseDictation_AreReplaced() =>
        Scrub.Gone(Scrub.Run("pt is ngaire pohatu and her son wiremu came too", "Ngaire Pohatu", "1961-02-03", "7 Rata Street, Napier", "Wiremu Pohatu"), "ngaire", "pohatu", "wiremu");

    [Theory]
    [InlineData("Mr Jones, aged forty seven, lives alone.", "in his forties")]
    [InlineData("Ward round: bed 4, 72M, ex-smoker, wife visits daily.", "in his seventies")]
    [InlineData("Discussed Mrs Halloran, 81, lives alone. Son Eoin in Leeds.", "in her eighties")]
    public void AnAgeBand_TakesTheSexTheTextGives(string text, string band) => Scrub.Kept(Scrub.Run(text), band);

    [Fact]
    public void AnAgeInYearsShorthand_AfterAName_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Handover - pt Aliyu Bello, 29 yrs, c/o L knee pain."), "Aliyu", "Bello", "29 yrs");

    [Fact]
    public void AnInitialAndSurname_BeforeARoleInBrackets_AreReplaced() =>
        Scrub.Gone(Scrub.Run("Present: S. Ng (OT), Bronwen (physio)."), "Ng", "Bronwen");

    [Fact]
    public void GreetingsAndEmailHeaderWords_AreKept_WhileTheNamesGo()
    {
        var result = Scrub.Run("From: Priya Raman\nSent: Tue 3 Sept 2024 09:14\nHi Tom, she cancelled again.\nCheers, Priya");

        Scrub.Kept(result, "Sent:", "Hi ");
        Scrub.Gone(result, "Priya", "Raman", "Tom");
    }

    [Theory]
    [InlineData("Walks with a Rollator indoors and tracks steps on a Fitbit.", "Rollator", "Fitbit")]
    [InlineData("FABQ-W 30 and PHQ9 12 at intake.", "FABQ-W", "PHQ9")]
    [InlineData("Referred to the Back Pain Pathway; listened to the Curable podcast.", "Back Pain Pathway", "Curable podcast")]
    [InlineData("Tramal SR. Uses a stick outdoors.", "Tramal SR", "Uses")]
    public void ProductsCodesAndServices_AreKept(string text, params string[] terms) => Scrub.Kept(Scrub.Run(text), terms);

    [Fact]
    public void ATitleAfterADrugsReleaseForm_StillNamesThePersonElsewhere() =>
        Scrub.Gone(Scrub.Run("Tramal SR. Seen by Sr. Margaret Kelly on the ward."), "Margaret", "Kelly");

    [Fact]
    public void ASuffixAndASexAfterAnAge_ReadAsTheyAreMeant()
    {
        var result = Scrub.Run("Pt: Darnell Okafor Jr., 52 y.o. M, lifts at work.");

        Scrub.Gone(result, "Darnell", "Okafor", "52 y.o. M");
        Scrub.Kept(result, "Jr.", "in his fifties,");
    }

    [Theory]
    [InlineData("Client: Mme Josée Lavallée, 67 ans, lives alone.", "Mme", "Josée", "67 ans")]
    [InlineData("Cllr Bronwyn Tait, the Mayor of the shire, walks daily.", "Cllr", "Bronwyn", "Tait")]
    public void TitlesBeyondMrAndMrs_NameThePersonAfterThem(string text, string title, params string[] identifiers)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, identifiers);
        Scrub.Kept(result, title + " ");
    }

    [Fact]
    public void AFemaleTitle_GivesAFemaleSurrogate()
    {
        var surrogate = Scrub.Run("Seen with Mme Josée Lavallée today.").Replacements.Single(r => r.Original == "Josée").Surrogate;

        Assert.Contains(surrogate.ToLowerInvariant(), PainCare.Deidentification.Gazetteers.Gazetteer.FemaleGiven);
    }

    [Theory]
    [InlineData("Injured in a collision on the N40 last spring.", "N40")]
    [InlineData("Drives SH1 to work every day.", "SH1")]
    public void ANamedRoad_IsReplaced(string text, string road) => Scrub.Gone(Scrub.Run(text), road);

    [Fact]
    public void AnAbbreviatedMonthEndingASentence_KeepsTheFullStop() =>
        Assert.Matches(@"on \d{1,2}(st|nd|rd|th) [A-Z][a-z]{2}\. She rested\.$", Scrub.Run("Hurt on 2nd Jan. She rested.").Text);

    [Theory]
    [InlineData("Exam: Kemp's + R, Hawkins neg, Speed's negative, Thomas +ve on the left.", "Kemp's", "Hawkins", "Speed's", "Thomas")]
    [InlineData("Calf: Thompson squeeze intact.", "Thompson squeeze")]
    public void ATestsNameBeforeItsResult_IsKept(string text, params string[] terms) => Scrub.Kept(Scrub.Run(text), terms);

    [Fact]
    public void ANameBeforeAPositiveMood_IsStillAName() =>
        Scrub.Gone(Scrub.Run("Seen with her sister; Tamsin positive about the plan."), "Tamsin");

    [Fact]
    public void ABareDomainWithAPath_IsAContact_ReplacedByANeutralAddress()
    {
        var result = Scrub.Run("Her running club page is at clubsite.co.nz/members/tane.k if needed.");

        Scrub.Gone(result, "tane.k");
        Assert.Contains("example.org/profile", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormWordsBeforeANumber_AreKept_AndTheNumberReplaced()
    {
        var result = Scrub.Run("Hospital no. K0472281; Claim # WC-2024-118842.");

        Scrub.Kept(result, "Hospital no.", "Claim #");
        Scrub.Gone(result, "K0472281", "WC-2024-118842");
    }

    [Fact]
    public void AVehicleModelAfterAColour_StaysACar() =>
        Scrub.Kept(Scrub.Run("Drives in with her sister in a silver Hilux most weeks."), "a silver Hilux");

    [Theory]
    [InlineData("Ex: Pallof press, Zercher carries, Cossack squats, Tabata intervals.", "Zercher", "Cossack", "Tabata")]
    [InlineData("Devices: Dynasplint at night, Saebo glove in the day.", "Dynasplint", "Saebo")]
    public void CapitalisedWordsInALabelledListOfThings_AreKept(string text, params string[] terms) => Scrub.Kept(Scrub.Run(text), terms);

    [Fact]
    public void ANameOnAPlanLine_IsStillReplaced() =>
        Scrub.Gone(Scrub.Run("Plan: ring Tavake on Friday about the group."), "Tavake");

    [Fact]
    public void ASignOffInTeReo_ThenASignatureBlock_LosesTheName()
    {
        var result = Scrub.Run("Will review in a fortnight.\nNgā mihi,\nAroha Tipoki | Physiotherapist | Riverside Physio\n--- Original message ---");

        Scrub.Gone(result, "Aroha", "Tipoki");
        Scrub.Kept(result, "Ngā mihi,", "| Physiotherapist |", "--- Original message ---");
    }
}
