namespace PainCare.UnitTests.Deidentification;

/// <summary>Names that are everyday or calendar words found by their cue, lower-case names after a role, and ages in a table.</summary>
public sealed class NameCueAndTableTests
{
    [Theory]
    [InlineData("Her teacher Mr Little Bear Runs rang the clinic.", "Little Bear Runs")]
    [InlineData("Brother Ruaidhri lives up north.", "Ruaidhri")]
    [InlineData("Her uncle Col drives her in.", "Col")]
    [InlineData("Jan Okerlund, 58, came alone.", "Jan")]
    [InlineData("Somali interpreter hibaaq duale attended.", "hibaaq", "duale")]
    public void ANameFoundByItsCue_IsReplaced(string text, params string[] names) => Scrub.Gone(Scrub.Run(text), names);

    [Theory]
    [InlineData("She called Monday to move the slot.", "called Monday")]
    [InlineData("Lives with nan Aunty Rua Tane at home.", "Aunty")]
    [InlineData("pt ambulated with a frame today.", "ambulated")]
    public void ACalendarWordHonorificOrVerb_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Fact]
    public void AnAgeColumnInATable_IsReplaced()
    {
        var result = Scrub.Run("Household\n| who | age | note |\n|---|---|---|\n| Oddny (pt) | 61 | lives alone |\n| son | 38 | nearby |\nEnd.");
        Scrub.Gone(result, "61", "38");
        Scrub.Kept(result, "lives alone");
    }

    [Fact]
    public void ANumberInATableWithoutAnAgeColumn_IsKept() =>
        Scrub.Kept(Scrub.Run("| exercise | reps |\n|---|---|\n| squats | 12 |\nEnd."), "12");

    [Fact]
    public void AHealthSystemBeforeItsProgramme_LosesItsName()
    {
        var result = Scrub.Run("Letter from the Ellery Vance Health Network Neck Pain Programme.");
        Scrub.Gone(result, "Ellery Vance");
        Scrub.Kept(result, "Neck Pain Programme");
    }
}
