namespace PainCare.UnitTests.Deidentification;

public sealed class ClinicalTermTests
{
    [Theory]
    [InlineData("Raynaud's for years, worse in winter.", "Raynaud's")]
    [InlineData("Her father had Parkinson's disease.", "Parkinson's disease")]
    [InlineData("Ultrasound confirmed a small Baker's cyst.", "Baker's cyst")]
    [InlineData("Tinel's sign reproduced tingling into the thumb.", "Tinel's sign")]
    [InlineData("Trendelenburg sign present in right stance.", "Trendelenburg sign")]
    [InlineData("Diagnosed with Ehlers-Danlos in her teens.", "Ehlers-Danlos")]
    [InlineData("Thomas test tight bilaterally.", "Thomas test")]
    [InlineData("Oswestry Disability Index down to 30%.", "Oswestry Disability Index")]
    [InlineData("She described Lhermitte's phenomenon on neck flexion.", "Lhermitte's phenomenon")]
    public void Eponym_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Worst pain 7/10 today.", "7/10")]
    [InlineData("Pain NRS 6 at rest.", "NRS 6")]
    [InlineData("Review at 2/52 in clinic.", "2/52")]
    [InlineData("Review in 6/7 by phone.", "6/7")]
    [InlineData("PSEQ now 31/60 after the programme.", "31/60")]
    [InlineData("Uses co-codamol 30/500 at night only.", "co-codamol 30/500")]
    [InlineData("Stopped naproxen 500 mg bd on GP advice.", "naproxen 500 mg bd")]
    [InlineData("PHQ-9 was 11 and GAD-7 was 15.", "PHQ-9 was 11")]
    [InlineData("An L4-5 microdiscectomy three weeks ago.", "L4-5 microdiscectomy")]
    [InlineData("Weekly dispensing of 8/2 mg buprenorphine with naloxone.", "8/2 mg")]
    public void ScoresDosesAndShorthand_AreKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void TitleCaseServicesAndTherapies_AreKept()
    {
        const string text = "Referred to Physiotherapy and seen in the Emergency Department; the Mental Health Team, Rheumatology and the " +
            "Community Pain Service agreed on Acceptance and Commitment Therapy and Graded Motor Imagery.";

        var result = Scrub.Run(text);

        Assert.Empty(result.Replacements);
    }

    [Fact]
    public void TitleCaseNoteHeadingsAndTerms_AreKept()
    {
        const string text = "Past Medical History: Asthma, Type 2 Diabetes, Irritable Bowel Syndrome.\nDrug History: Naproxen 500 mg bd, Sertraline 50 mg.\n" +
            "Examination: Straight Leg Raise positive at 40 degrees. Central Sensitisation Inventory 52.\nImpression: Mechanical Low Back Pain with Fear Avoidance.";

        var result = Scrub.Run(text);

        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void TitleCaseHeadings_AreKept_ButNamesUnderThemAreNot()
    {
        const string text = "a. Listening and Empathy\n\n- Patient’s Story: Actively listening to Joanna helps.\n\nc. Hope and Motivation\n";

        var result = Scrub.Run(text);

        Scrub.Kept(result, "Listening and Empathy", "Patient’s Story:", "Hope and Motivation");
        Scrub.Gone(result, "Joanna");
    }

    [Fact]
    public void ServiceWordInsideAFacilityName_DoesNotHideTheName()
    {
        var result = Scrub.Run("She was assessed at Ridgeway Outpatient Center last week.");

        Scrub.Gone(result, "Ridgeway");
    }

    [Fact]
    public void KnownName_InEponymPosition_IsStillReplaced_BecauseTheRecordsNamesMustNeverLeak()
    {
        var result = Scrub.Run("Thomas had a positive Thomas test today.", "Thomas Reid");

        Scrub.Gone(result, "Thomas");
        Scrub.Kept(result, "test today");
    }
}
