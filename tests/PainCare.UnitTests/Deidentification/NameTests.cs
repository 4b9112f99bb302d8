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
        var result = Scrub.Run("Ms Ramírez reports less pain.", "Dolores Ramirez");

        Scrub.Gone(result, "Ramírez");
    }

    [Fact]
    public void Possessive_OfKnownName_IsReplaced()
    {
        var result = Scrub.Run("Faith's main goal is walking.", "Faith Okafor");

        Scrub.Gone(result, "Faith's", "Faith");
    }

    [Theory]
    [InlineData("Later that week Grace rang the clinic.", "Grace")]
    [InlineData("She and Will asked about hydrotherapy.", "Will")]
    [InlineData("Her son Mark drives her in.", "Mark")]
    [InlineData("Her granddaughter Hope visits on Sundays.", "Hope")]
    [InlineData("Faith described a burning pain.", "Faith")]
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
        var result = Scrub.Run("Will said he will try.", "William Hart");

        Assert.StartsWith(result.Replacements[0].Surrogate, result.Text, StringComparison.Ordinal);
        Assert.Contains("he will try", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RE: MRS F. OKONKWO, referral letter.", "OKONKWO", "F.")]
    [InlineData("FAO MR J. ADEYEMI regarding the plan.", "ADEYEMI", "J.")]
    [InlineData("Clinic letter: PRITCHARD, Bethan, seen today.", "PRITCHARD", "Bethan")]
    public void AllCapsHeader_IsReplaced(string text, string surname, string other) => Scrub.Gone(Scrub.Run(text), surname, other);

    [Theory]
    [InlineData("D.M. explained the shift pattern.", "D.M.")]
    [InlineData("T.Y., a 26-year-old apprentice, was referred.", "T.Y.")]
    [InlineData("Mrs P. would like time to think.", "P.")]
    [InlineData("Letter copied to K. Morgan at home.", "K.")]
    public void Initials_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Theory]
    [InlineData("Referred by Dr Priya Raman today.", "Priya", "Raman")]
    [InlineData("Her PCP, Dr. Alan Brightwater, agreed.", "Alan", "Brightwater")]
    [InlineData("She lives with her husband Dan and daughter Grace.", "Dan", "Grace")]
    [InlineData("Her partner, Rocco Bellini, works away.", "Rocco", "Bellini")]
    [InlineData("Rosalind Kowalczyk, who goes by Roz, is retired.", "Rosalind", "Roz")]
    [InlineData("Lola, as the family calls her, scored 14.", "Lola", "Lola")]
    [InlineData("Autumn, 12, has type 1 diabetes.", "Autumn", "12")]
    [InlineData("Pat still calls him Billy at home.", "Billy", "Billy")]
    [InlineData("Tomasz Wiśniewski, 38, was rear-ended.", "Tomasz", "Wiśniewski")]
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
