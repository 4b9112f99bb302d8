using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Clinic letters put a treatment decision as a polite request to the colleague ("grateful if you could start …") or
/// as something arranged; the "if" there is courtesy, not a condition.
/// </summary>
public sealed class LetterRequestTests
{
    [Theory]
    [InlineData("Dear Dr Okoye, neck pain in a 47-year-old joiner. Grateful if you could continue his amitriptyline.")]
    [InlineData("Dear Colleague, please could you increase her gabapentin to 300 mg at night. Kind regards.")]
    [InlineData("I have arranged an MRI of the lumbar spine and will see her with the result.")]
    [InlineData("On balance I would recommend a further six sessions of hydrotherapy.")]
    public void RequestOrArrangementInALetter_IsADecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void RequestWithThePatientsChoice_IsNotPrompted()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(
            "She chose the patches over tablets; grateful if you could prescribe them."));
    }

    [Fact]
    public void PatientArrangingHerOwnLife_IsNoDecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("She has arranged to visit her sister in June."));
    }
}
