using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// An animal that caused the injury, or a television the patient stared at, is history and observation, not the
/// person; a job named by its noun, a small business or hiding the pain from a partner is the person. A condition named
/// after a pastime ("golfer's elbow") is a diagnosis.
/// </summary>
public sealed class PersonAsMechanismAndJobNounTests
{
    [Theory]
    [InlineData("Kicked by a horse in the yard, bruised thigh, knee ROM full.")]
    [InlineData("Tripped over the dog, inversion sprain R ankle, swelling moderate.")]
    [InlineData("Eyes on the telly throughout; neck rotation 45 degrees both ways.")]
    [InlineData("Golfer's elbow L, medial epicondyle tender. Eccentric loading started.")]
    [InlineData("Seen in the school clinic. Ankle effusion, ROM 0-40.")]
    [InlineData("Low back pain after gardening yesterday. Flexion 70%, extension 50%.")]
    public void ClinicalNoteWithLifeWordsAsMechanismOrDiagnosis_FiresPersonFocus(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Shearer, 40s, lumbar pain 6/10 after a long season.")]
    [InlineData("Hairdresser, on her feet all day, wrist pain 5/10.")]
    [InlineData("He runs his own roofing firm; shoulder flexion 120.")]
    [InlineData("She hides it from her husband how bad the nights are. Hip IR 10.")]
    public void JobNounsAndHiddenPain_DoNotFirePersonFocus(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
