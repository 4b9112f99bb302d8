namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Given names that are also everyday words, opening a sentence where only the words around them say a person is meant:
/// the place the person works ("from the pharmacy") or a relation or role set beside the name in commas.
/// </summary>
public sealed class WorkplaceAndAppositiveNameTests
{
    [Theory]
    [InlineData("Summer from the pharmacy called back.", "Summer")]
    [InlineData("Dawn from the surgery rang about the repeat.", "Dawn")]
    [InlineData("Faith from reception booked her in.", "Faith")]
    [InlineData("Rob from the gym sent the programme over.", "Rob")]
    public void AWordNameIntroducedByItsWorkplace_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Brook, her son, lives with her.", "Brook")]
    [InlineData("Ivy, the HCA, helped her to the chair.", "Ivy")]
    [InlineData("Message left with Grace, his support worker.", "Grace")]
    public void AWordNameWithARelationOrRoleBesideIt_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Advice from the pharmacy was clear.", "Advice")]
    [InlineData("Summer at the clinic is quiet.", "Summer")]
    [InlineData("Help from the council arrived in March.", "Help")]
    public void AWordThatIsNotAName_StaysBeforeAWorkplace(string text, string word) => Scrub.Kept(Scrub.Run(text), word);
}
