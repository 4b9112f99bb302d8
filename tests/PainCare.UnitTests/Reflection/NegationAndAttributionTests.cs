using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class NegationAndAttributionTests
{
    [Theory]
    [InlineData("No guarding on passive flexion.")]
    [InlineData("There was no guarding today.")]
    [InlineData("Moved through the range without flinching.")]
    [InlineData("He did not flinch at all during palpation.")]
    [InlineData("She didn't hold her breath this time.")]
    [InlineData("Guarding absent on repeat testing.")]
    [InlineData("There was no apprehension or guarding through the deep lunge.")]
    public void NegatedProtectiveResponse_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Fact]
    public void NegatedGuarding_DoesNotFireSafetyCue()
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories("No guarding."));
    }

    [Fact]
    public void NegationEndsAtTheClause_LaterCueStillFires()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("No pain at rest, but she flinched on light touch."));
    }

    [Fact]
    public void NegationDoesNotReachANewSubjectAfterAnd()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("No pain and she flinched at the first touch."));
    }

    [Theory]
    [InlineData("She denied feeling hopeless.")]
    [InlineData("She denies feeling anxious or down.")]
    [InlineData("She is not angry about the wait, she says.")]
    [InlineData("He no longer feels ashamed about using a stick.")]
    public void NegatedAffect_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I felt frustrated with how the session went.")]
    [InlineData("I noticed I was anxious before he arrived.")]
    [InlineData("Afterwards I felt exhausted and a bit helpless.")]
    [InlineData("The physiotherapist felt anxious about the next session.")]
    public void ClinicianOwnFeelings_AreNotPatientAffect(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("On palpation I noted marked guarding of the upper traps.")]
    [InlineData("As I lifted the leg there was marked guarding.")]
    [InlineData("I noticed her breathing became quick and shallow.")]
    public void ClinicianObservingTheResponse_StillFiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Fact]
    public void ClinicianObservingAnger_IsPatientAffect()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("I observed real anger when the insurer came up."));
    }

    [Fact]
    public void ClinicianFeelingsBesidePatientAffect_PatientAffectStillFires()
    {
        var evidence = Reflect.Evidence("I felt frustrated, and she said she was furious with the insurer.", Categories.Attunement);

        Assert.Equal(["furious"], evidence);
    }

    [Fact]
    public void PatientQuoteInFirstPerson_IsPatientAffect()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She said quietly, \"I feel so ashamed.\""));
    }

    [Fact]
    public void ClinicianQuoteInFirstPerson_IsNotPatientAffect()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("I said to her, \"I was scared we had pushed too far.\""));
    }

    [Fact]
    public void CueContainingItsOwnNegation_StillFires()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("Later she said she had been somewhere else in her head."));
        Assert.Contains(Categories.Rupture, Reflect.Categories("He said the last therapist did not listen."));
    }
}
