using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Whose feeling or words: the subject of two joined verbs owns both ("his wife drove him in and was tearful"); an
/// English gloss after the patient's words in another language is still theirs; "another patient" is someone else; a
/// relative's quoted complaint, introduced long before the speech verb, is the relative's.
/// </summary>
public sealed class SharedSubjectGlossAndOtherPatientTests
{
    [Theory]
    [InlineData("Knee review. His wife drove him to clinic and was tearful the whole hour.")]
    [InlineData("Back review. Her daughter settled her in the chair and sobbed quietly in the corner.")]
    [InlineData("Hip review. Her son, who interprets, kept phoning her from work and sounded frantic.")]
    [InlineData("Neck review. His father brought him in and then was furious about the parking.")]
    public void ARelativeWhoseObjectIsThePatient_OwnsTheSecondVerb(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee review. His nephew brought him in and he was close to despair about the stairs.")]
    [InlineData("Back review. Talking about the farm made him tearful and he apologised.")]
    [InlineData("Shoulder review. I asked her about the funeral and she was in tears.")]
    public void ThePatientNamedAgainOrMadeToFeel_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hip review. Another patient in the gym was sobbing loudly during the class.")]
    [InlineData("Back review. A fellow client in the pain group became very distressed and left.")]
    [InlineData("Knee review. The other resident on the corridor was shouting and agitated.")]
    public void AnotherPatient_IsSomeoneElse(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Back review. She whispered, 'Naogopa sana' - I am very frightened - and gripped her husband's sleeve.")]
    [InlineData("Neck review. 'Bahut thak gaya hoon' (I am so exhausted by all of it), he said.")]
    [InlineData("Hip review. She said 'Wala na akong pag-asa' — I have no hope left — and stared down at her hands.")]
    public void AGlossOfThePatientsWordsInAnotherLanguage_IsThePatients(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Back review. He said 'no more needles' - I was anxious myself about stopping them.")]
    [InlineData("Knee review. She said 'that hurts' (I felt terrible) and we stopped.")]
    public void AnEnglishQuoteFollowedByTheWritersAside_StaysTheWriters(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Shoulder review. Her husband, who came in with her, was visibly irritated about the long wait for the appointment and said, 'This hospital never listens to anyone.' She thanked us for seeing her.")]
    public void ARelativesQuotedComplaint_IntroducedEarlyInTheSentence_IsNotRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
