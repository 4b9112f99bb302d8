using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Classes found behind the errors of the newest sets, each with sentences written for these tests: a feeling asked
/// about, a feared loss, a silence the clinician held, a pronoun after a relative named only as company, safeguarding
/// and birth trauma, a patient's go-ahead, a team's agreement, and history taken from records.
/// </summary>
public sealed class AskedFeelingSafeguardingAndGoAheadTests
{
    [Theory]
    [InlineData("I asked whether he was frightened of it going again and he said no.")]
    [InlineData("Checked whether the flare had left her angry; not at all, she said.")]
    public void FeelingInsideAQuestion_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void FearOfALossToCome_IsNotAdversity()
    {
        var categories = Reflect.Categories("He is scared of losing his licence if the neck does not settle.");
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
        Assert.Contains(Categories.Attunement, categories);
    }

    [Fact]
    public void LossThatHappened_IsStillAdversity()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("She lost her job after the accident and the marriage ended soon after."));
    }

    [Theory]
    [InlineData("He went silent; I sat with the silence.")]
    [InlineData("She fell silent after telling me about her mother, and I waited.")]
    public void SilenceTheClinicianHeld_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void GoingQuietAtAProposal_StillFiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("He went quiet when I suggested the exercises and barely answered after that."));
    }

    [Theory]
    [InlineData("Mrs Kaur came in with her son. She kept her eyes down, answering in single words.")]
    [InlineData("Tom was brought in by his wife. He said little and would not look at me.")]
    public void PronounAfterRelativeNamedAsCompany_IsThePatient(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void PronounAfterRelativeAsSubject_IsStillTheRelative()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("Her sister rang during the session. She was short with me and hung up."));
    }

    [Theory]
    [InlineData("There is a child protection plan in place for the family.")]
    [InlineData("Social services are involved after a report of neglect.")]
    [InlineData("Eight weeks after an emergency caesarean; she calls it a traumatic birth.")]
    public void SafeguardingOrBirthTrauma_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I asked if I could move the knee further and he said yes, slowly, now you can. Mobilised into flexion.")]
    [InlineData("She gave the go-ahead for the needling once it was explained.")]
    public void PatientsGoAhead_CountsAsTheirView(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Plan agreed by the team: graded return to work and a psychology referral.")]
    [InlineData("MDT agreed on an injection under the pain team.")]
    public void TeamsAgreement_IsNotThePatientsView(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void ShorthandFollowUp_IsAProposal()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("R ankle sprain gr 2. Calf raises 3x15. FU 2/52."));
    }

    [Fact]
    public void ResponseDescribedInOldRecords_FiresNoSafetyCue()
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories("Records from her last clinic describe freezing during soft tissue work; none seen today."));
    }

    [Fact]
    public void TearsOnANamedPassiveTest_AreSafetyNotAttunement()
    {
        var categories = Reflect.Categories("On passive flexion her eyes welled up and she held her breath. Stopped.");
        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Fact]
    public void RelativeNamedAfterANegator_EndsTheNegation()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("says she isn't eating much her brother died at Easter she lives on her own"));
    }

    [Fact]
    public void GroupMembersFeeling_IsNotThePatients()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Class of six. One attendee wept over her exam results; pt finished the circuit. Continue class."));
    }

    [Fact]
    public void RoughHandlingByAnEarlierClinician_FiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("She said the last therapist yanked her about and treated her like a lump of meat."));
    }
}
