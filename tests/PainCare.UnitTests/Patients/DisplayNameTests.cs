using PainCare.Domain.Patients;

namespace PainCare.UnitTests.Patients;

public sealed class DisplayNameTests
{
    [Fact]
    public void PreferredName_StandsBeforeTheFamilyName()
    {
        Assert.Equal("Jo Citizen", PatientIdentity.DisplayNameOf("Joanna", "Citizen", "Jo"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WithoutAPreferredName_TheGivenNameIsUsed(string? preferred)
    {
        Assert.Equal("Joanna Citizen", PatientIdentity.DisplayNameOf("Joanna", "Citizen", preferred));
    }

    [Theory]
    [InlineData("Jo", "Jo")]
    [InlineData(null, "Joanna")]
    [InlineData("  ", "Joanna")]
    public void TheNameToCallThePatient_IsTheDisplayNamesFirstPart(string? preferred, string expected)
    {
        Assert.Equal(expected, PatientIdentity.CallNameOf("Joanna", preferred));
        Assert.StartsWith(expected + " ", PatientIdentity.DisplayNameOf("Joanna", "Citizen", preferred), StringComparison.Ordinal);
    }

    [Fact]
    public void TheIdentitysOwnDisplayName_FollowsTheSameRule()
    {
        var identity = new PatientIdentity { GivenName = "Joanna", FamilyName = "Citizen", PreferredName = "" };

        Assert.Equal(PatientIdentity.DisplayNameOf("Joanna", "Citizen", ""), identity.DisplayName);
        Assert.Equal("Joanna Citizen", identity.DisplayName);
    }
}
