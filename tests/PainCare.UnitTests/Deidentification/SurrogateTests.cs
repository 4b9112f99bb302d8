using PainCare.Deidentification;

namespace PainCare.UnitTests.Deidentification;

public sealed class SurrogateTests
{
    [Fact]
    public void SamePerson_GetsSameSurrogate_ThroughoutOneText()
    {
        var result = Scrub.Run("Kay attended. Kay's pain eased. Later KAY rang.", "Kay Morgan");

        var surrogates = result.Replacements.Where(r => r.Category == "name").Select(r => r.Surrogate.ToUpperInvariant()).Distinct().ToList();
        Assert.Single(surrogates);
    }

    [Fact]
    public void Surrogate_SharesNoInitialAndNoDiminutiveWithOriginal()
    {
        var result = Scrub.Run("Kay attended with Kate and Katherine.", "Katherine Morgan");

        foreach (var r in result.Replacements.Where(r => r.Category == "name"))
        {
            Assert.NotEqual('K', char.ToUpperInvariant(r.Surrogate[0]));
            Assert.DoesNotContain(r.Surrogate.ToLowerInvariant(), new[] { "kate", "kath", "kay", "katie", "kathy", "cathy", "kit", "kitty" });
        }
    }

    [Fact]
    public void DifferentPeople_GetDifferentSurrogates_AndNoneIsAWordOfTheInput()
    {
        var result = Scrub.Run("Dr Anjali Moorthy saw Rachel Adler and Karim Nassar.");

        var names = result.Replacements.Where(r => r.Category == "name").ToList();
        Assert.Equal(names.Count, names.Select(n => n.Surrogate).Distinct().Count());
        Assert.All(names, n => Assert.False(Scrub.Contains("Dr Anjali Moorthy saw Rachel Adler and Karim Nassar.", n.Surrogate)));
    }

    [Fact]
    public void Offsets_ReferToInputText()
    {
        const string text = "On 21/09/2022 Isla Lee rang from 07700 900123.";
        var result = Scrub.Run(text);

        Assert.NotEmpty(result.Replacements);
        Assert.All(result.Replacements, r => Assert.Equal(r.Original, text[r.Start..r.End]));
    }

    [Fact]
    public void PlaceholderStyle_UsesPatientAndCategoryPlaceholders()
    {
        var deidentifier = new Deidentifier(new DeidentificationOptions(ReplacementStyle.Placeholder));

        var result = deidentifier.Deidentify("Kay Morgan rang her husband Clive on 21/09/2022 from Wakefield.", "Kay Morgan");

        Assert.Equal("[PATIENT] rang her husband [NAME] on [DATE] from [LOCATION].", result.Text);
    }

    [Fact]
    public void SameInput_GivesSameOutput()
    {
        const string text = "Verity Okoro, 53, lives in Tewkesbury with her husband Clive.";

        Assert.Equal(Scrub.Run(text).Text, Scrub.Run(text).Text);
    }

    [Fact]
    public void DateShift_KeepsIntervalsBetweenDates()
    {
        var deidentifier = new Deidentifier(new DeidentificationOptions(DateShiftDays: 40));

        var result = deidentifier.Deidentify("Seen 06/02/2024, reviewed 27/02/2024 and discharged 18 March 2024.");

        Assert.Equal("Seen 17/03/2024, reviewed 07/04/2024 and discharged 27 April 2024.", result.Text);
    }

    [Fact]
    public void DefaultDateShift_KeepsIntervalsBetweenDates()
    {
        var result = Scrub.Run("Seen 06/02/2024 and reviewed 27/02/2024.");

        var dates = result.Replacements.Select(r => DateTime.ParseExact(r.Surrogate, "dd/MM/yyyy", null)).ToList();
        Assert.Equal(21, (dates[1] - dates[0]).TotalDays);
        Assert.NotEqual("06/02/2024", result.Replacements[0].Surrogate);
    }

    [Fact]
    public void MonthOnlyAndYearlessDates_AreShiftedToo()
    {
        var deidentifier = new Deidentifier(new DeidentificationOptions(DateShiftDays: 40));

        var result = deidentifier.Deidentify("Seen on 3 February 2024; the court case ended in March.");

        Assert.Equal("Seen on 14 March 2024; the court case ended in April.", result.Text);
    }

    [Fact]
    public void ShiftedDates_NeverRespellAnotherOriginalDateOrMonth()
    {
        for (var day = 1; day <= 28; day++)
        {
            var text = $"Seen on {day} February 2024, again on {day} March 2024, and the hearing was in April.";

            var result = Scrub.Run(text);

            Scrub.Gone(result, $"{day} February 2024", $"{day} March 2024", "April");
        }
    }
}
