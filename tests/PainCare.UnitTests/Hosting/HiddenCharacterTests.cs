using System.ComponentModel.DataAnnotations;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Patients;
using PainCare.Web.Features.Vignettes;

namespace PainCare.UnitTests.Hosting;

public sealed class HiddenCharacterTests
{
    [Theory]
    [InlineData("Le\u00ADonie")]
    [InlineData("Leo\u200Bnie")]
    [InlineData("Leon\u2060ie")]
    [InlineData("\u202EeinoeL")]
    [InlineData("Leonie\u2066")]
    [InlineData("\uFEFFLeonie")]
    public void APatientsName_WithAHiddenOrReorderingCharacter_IsRefusedWithAClearMessage(string given)
    {
        var input = new PatientInput { GivenName = given, FamilyName = "Brennan", DateOfBirth = new DateOnly(1970, 1, 1) };

        var errors = Validate(input);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(PatientInput.GivenName)) && e.ErrorMessage!.Contains("character", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesThatNeedAZeroWidthJoiner_AreAccepted()
    {
        var input = new PatientInput { GivenName = "\u0915\u094D\u200D\u0937", FamilyName = "Brennan", DateOfBirth = new DateOnly(1970, 1, 1) };

        Assert.DoesNotContain(Validate(input), e => e.MemberNames.Contains(nameof(PatientInput.GivenName)));
    }

    [Fact]
    public void ANarrative_MayHoldASoftHyphenFromAPaste_ButNotAReorderingCharacter()
    {
        Assert.Null(NarrativeRules.Check("She walked a long dis\u00ADtance."));
        Assert.NotNull(NarrativeRules.Check("She said \u202Eon\u202C to the plan."));
    }

    [Fact]
    public void AVignetteTitle_WithAnInvisibleCharacter_IsRefused()
    {
        Assert.NotNull(VignetteRules.Check("Knee pain in a ru\u200Bnner", "A runner with knee pain."));
        Assert.Null(VignetteRules.Check("Knee pain in a runner", "A runner with knee pain."));
    }

    private static List<ValidationResult> Validate(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results;
    }
}
