using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// In a transcript, chat export or portal thread, a line under the patient's role label ("Patient:", "Client:") is the
/// patient's own speech when they talk in the first person; a form field of the same shape is not. A treatment word after
/// the patient's own "I" reports what they did, not a view of the proposal.
/// </summary>
public sealed class SpeakerLineTests
{
    [Theory]
    [InlineData("[10:02] Patient: I'm so angry with all of this I could cry\n[10:03] Nurse: I'm sorry, where is the pain?")]
    [InlineData("Chat export\nClient: honestly I feel hopeless about the whole thing\nCounsellor: That sounds really hard.")]
    [InlineData("09:14 Student: I'm exhausted and I can't cope with the pain and exams\n09:15 Nurse: Thanks, that helps.")]
    public void PatientTurnWithStrongFeeling_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("[09:00] Nurse: I'm so sorry you've been waiting, I'm worried about the delay\nPatient: thanks, knee still sore")]
    public void ClinicianTurnWithAFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("[11:00] Patient: my knee is giving way on the stairs\n[11:01] Physio: Any swelling?")]
    [InlineData("Student: it hurts when I sit in lectures\nNurse: I've referred you to physio.")]
    public void PatientTurns_AreThePatientsOwnWords(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Pt: 54F, LBP 3/52. Plan: HEP.")]
    [InlineData("Patient: Mrs J Smith\nDOB: 1960\nReason: knee pain 6/10, HEP given.")]
    public void FormFieldsShapedLikeTurns_StillFireMinuteParticulars(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("[16:20] Patient: you lot keep passing me around and nobody listens\n[16:21] Physio: I'm sorry it feels that way.")]
    public void PatientTurnComplaint_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("'I've explained my back to three people already,' she said. Referred to MSK physio.")]
    [InlineData("'I already explained all this at triage.' Plan: MRI lumbar spine.")]
    [InlineData("\"I was prescribed gabapentin years ago.\" Pregabalin started 75 mg BD.")]
    public void TreatmentWordAfterThePatientsI_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("\"I don't want the injection,\" she said. We agreed on exercise instead.")]
    [InlineData("\"I want to keep the brace,\" she said. Brace continued.")]
    public void TreatmentWishInThePatientsWords_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }
}
