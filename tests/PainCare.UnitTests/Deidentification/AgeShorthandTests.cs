namespace PainCare.UnitTests.Deidentification;

/// <summary>Exact ages in the shorthand of handovers and referral forms, replaced by a band that still reads.</summary>
public sealed class AgeShorthandTests
{
    [Theory]
    [InlineData("Referral: 41-yo carpenter, shoulder pain.", "41-yo")]
    [InlineData("Intake form: aged 41y, lives alone.", "41y")]
    [InlineData("Triage note: 41y female, fall at home.", "41y")]
    [InlineData("Sex/age F/41, presenting with neck pain.", "F/41")]
    [InlineData("Her husband is almost 70 and still drives her.", "almost 70")]
    public void AnAgeInShorthand_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("Triage note: 41y female, fall at home.", "forty-something female")]
    [InlineData("Her husband is almost 70 and still drives her.", "husband is in his seventies")]
    [InlineData("Mr Tane, a roofer and a fifty-six year old grandfather, walks daily.", "a fifty-something grandfather")]
    public void TheBand_ReadsInTheSentence(string text, string reads) => Scrub.Kept(Scrub.Run(text), reads);
}
