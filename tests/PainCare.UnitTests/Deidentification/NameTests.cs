namespace PainCare.UnitTests.Deidentification;

public sealed class NameTests
{
    [Fact]
    public void KnownName_InEveryCaseAndPossessive_IsReplaced()
    {
        var result = Scrub.Run("Katherine Morgan attended. KATHERINE MORGAN signed. Katherine's pain eased. morgan agreed.", "Katherine Morgan");

        Scrub.Gone(result, "Katherine", "Morgan", "Katherine's");
        Assert.Contains("'s pain eased", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diminutive_OfKnownName_IsReplaced()
    {
        var result = Scrub.Run("Kate rang. Kath rang again. Kay's husband came. Katie waited.", "Katherine Morgan");

        Scrub.Gone(result, "Kate", "Kath", "Kay", "Katie");
    }

    [Fact]
    public void KnownName_WithAccents_MatchesPlainSpelling()
    {
        var result = Scrub.Run("Ms Domínguez reports less pain.", "Beatriz Dominguez");

        Scrub.Gone(result, "Domínguez");
    }

    [Fact]
    public void Possessive_OfKnownName_IsReplaced()
    {
        var result = Scrub.Run("Verity's first aim is gardening.", "Verity Okoro");

        Scrub.Gone(result, "Verity's", "Verity");
    }

    [Theory]
    [InlineData("Later that week Ruby rang the clinic.", "Ruby")]
    [InlineData("She and Drew want to try hydrotherapy.", "Drew")]
    [InlineData("Her son Guy drives her in.", "Guy")]
    [InlineData("Her granddaughter Honor visits on Sundays.", "Honor")]
    [InlineData("Patience described a burning pain.", "Patience")]
    [InlineData("Her sister, May, stays over.", "May")]
    public void NameThatIsAWord_InNameContext_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("She has lost hope of a cure.", "hope")]
    [InlineData("She will try the exercises.", "will")]
    [InlineData("There is a mark on the skin.", "mark")]
    [InlineData("She accepted it with grace and humour.", "grace")]
    public void WordThatIsAName_InOrdinaryUse_IsKept(string text, string word) => Scrub.Kept(Scrub.Run(text), word);

    [Fact]
    public void KnownNameThatIsAWord_IsOnlyReplacedWhenCapitalised()
    {
        var result = Scrub.Run("Sue said she will sue.", "Susan Hart");

        Assert.StartsWith(result.Replacements[0].Surrogate, result.Text, StringComparison.Ordinal);
        Assert.Contains("she will sue", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RE: MRS F. OYELOWO, referral letter.", "OYELOWO", "F.")]
    [InlineData("FAO MR J. ADEBISI regarding the plan.", "ADEBISI", "J.")]
    [InlineData("Clinic letter: TREHARNE, Eluned, seen today.", "TREHARNE", "Eluned")]
    public void AllCapsHeader_IsReplaced(string text, string surname, string other) => Scrub.Gone(Scrub.Run(text), surname, other);

    [Theory]
    [InlineData("R.K. explained the shift pattern.", "R.K.")]
    [InlineData("J.W., a 26-year-old roofer, was referred.", "J.W.")]
    [InlineData("Mrs P. wants to mull it over.", "P.")]
    [InlineData("Letter copied to K. Morgan at home.", "K.")]
    public void Initials_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Theory]
    [InlineData("Referred by Dr Anjali Moorthy today.", "Anjali", "Moorthy")]
    [InlineData("Her PCP, Dr. Glyn Penhallow, agreed.", "Glyn", "Penhallow")]
    [InlineData("Her husband Clive and daughter Isla came too.", "Clive", "Isla")]
    [InlineData("Her partner, Enzo Carbone, works away.", "Enzo", "Carbone")]
    [InlineData("Bernadette Szymanska, known as Bernie, is retired.", "Bernadette", "Bernie")]
    [InlineData("Tilly, as her brothers call her, scored 14.", "Tilly", "Tilly")]
    [InlineData("Hazel, 12, has coeliac disease.", "Hazel", "12")]
    [InlineData("Nan still calls him Robbie at home.", "Robbie", "Robbie")]
    [InlineData("Grzegorz Zieliński, 38, was hit from behind.", "Grzegorz", "Zieliński")]
    public void UnknownName_InNameContext_IsReplaced(string text, string first, string second) => Scrub.Gone(Scrub.Run(text), first, second);

    [Fact]
    public void NameEstablishedOnce_IsReplacedEverywhereInTheText()
    {
        var result = Scrub.Run("Her mother, Zinnia, helps. Zinnia's car broke down. Zinnia rang.");

        Scrub.Gone(result, "Zinnia");
    }

    [Fact]
    public void MonthThatIsAName_IsADateInDateContext_AndAModalVerbStaysAVerb()
    {
        var result = Scrub.Run("Her father died in May 2021. May I add that she is tired.");

        Scrub.Gone(result, "May 2021");
        Assert.Contains("May I add", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlistedName_OpeningASentenceWithAPersonVerb_IsReplacedEverywhere()
    {
        var result = Scrub.Run("Oluwaseun reports pain of 6/10. Oluwaseun's sleep is poor. Physiotherapy helped.");

        Scrub.Gone(result, "Oluwaseun");
        Scrub.Kept(result, "Physiotherapy helped", "6/10");
    }

    [Fact]
    public void RoleWord_OpeningASentenceWithAPersonVerb_IsKept()
    {
        var result = Scrub.Run("Husband reports she sleeps badly. Patient attended alone.");

        Scrub.Kept(result, "Husband reports", "Patient attended");
    }

    [Fact]
    public void FormHeaderLabels_IntroduceNames()
    {
        var result = Scrub.Run("Patient: Oksana Petrenko\nNOK: Dmytro Petrenko (husband), tel 07700 900331\nDear Oksana,\nThank you.");

        Scrub.Gone(result, "Oksana", "Petrenko", "Dmytro", "07700 900331");
        Scrub.Kept(result, "Patient: ", "NOK: ", "(husband)", "Thank you.");
    }
}
