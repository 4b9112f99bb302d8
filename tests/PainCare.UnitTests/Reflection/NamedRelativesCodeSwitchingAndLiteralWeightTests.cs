using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Notes from clinics where patients switch language or speak Creole, relatives introduced by name, the clinician's
/// own body named by "my", a smile on its own, violence at home in plain verbs, weight shifted off a limb, and news
/// passed on through the front desk.
/// </summary>
public sealed class NamedRelativesCodeSwitchingAndLiteralWeightTests
{
    [Theory]
    [InlineData("Seen with her son Mateo. Mateo was furious at the delay in her surgery. Knee flexion 95.")]
    [InlineData("Came with his wife, Lucía, for the review. Lucía cried while I explained the scan. Hip flexion 90.")]
    public void RelativeIntroducedByName_OwnsTheFeeling(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void PatientsOwnName_StillOwnsTheFeeling()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Mrs Okafor attended alone. Okafor was furious about the cancelled surgery."));
    }

    [Theory]
    [InlineData("Behind schedule again and I noticed my shoulders creeping up, irritated by the phone ringing.")]
    [InlineData("I felt my neck tightening, frustrated with the printer. He was cheerful and chatty.")]
    public void ClinicianWhoseBodyIsNamed_OwnsTheFeeling(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void PatientAfterTheClinicianClause_StillOwnsTheFeeling()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("I lowered my voice and she was still furious about the letter."));
    }

    [Theory]
    [InlineData("Mrs Duarte arrived smiling and sat down. Ankle dorsiflexion 10 degrees.")]
    [InlineData("He was smiling as he walked in. Shoulder abduction 150.")]
    public void SmilingOnItsOwn_IsNotAMarkedMoment(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void SmileAtTheClinician_IsStillConnection()
    {
        Assert.Contains(Categories.Connection, Reflect.Categories("She smiled at me as I came in, the first time in weeks."));
    }

    [Theory]
    [InlineData("He mentioned his stepfather used to beat him as a boy. Shoulder flexion 120.")]
    [InlineData("Her ex-partner slapped her in front of the kids, she says. Neck rotation 60.")]
    [InlineData("Gave up the drink six years back and goes to meetings. Low back pain.")]
    public void ViolenceAndDrinkInPlainVerbs_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She wants to beat her best time at the park run.")]
    [InlineData("His granddaughter beat him at draughts and he laughed about it.")]
    public void BeatingARecordOrAtAGame_IsNotTrauma(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He told me 'tengo miedo de caminar' and rubbed his thigh.")]
    [InlineData("She kept saying she felt triste since the fall. Wrist extension 40.")]
    [InlineData("'Ya no aguanto, doctora,' she said, pressing her palm to her side.")]
    [InlineData("He was vexed that the scan had been cancelled twice.")]
    [InlineData("'Mi cyaan tek it no more,' he told me, rubbing his knee.")]
    public void AffectInSpanishOrCreole_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void VexedQuestion_IsNotAnger()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Driving after the surgery is a vexed question; we looked at the guidance."));
    }

    [Theory]
    [InlineData("In standing he shifts his weight off the left leg. Hip abduction 30.")]
    [InlineData("She keeps the weight off her sore foot when turning. Ankle inversion limited.")]
    public void WeightShiftedOffALimb_IsNotRelief(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void NewsPassedThroughTheFrontDesk_IsSecondHand()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(
            "Her neighbour told reception she had left a violent partner; she never raised it with me. Knee flexion 100."));
    }
}
