namespace PainCare.UnitTests.Deidentification;

/// <summary>The record's date of birth must not survive in any written form, with or without the final scan.</summary>
public sealed class KnownDateOfBirthTests
{
    [Theory]
    [InlineData("14/06/1969")]
    [InlineData("14-6-69")]
    [InlineData("14.06.1969")]
    [InlineData("1969-06-14")]
    [InlineData("14 Jun 1969")]
    [InlineData("14th June 1969")]
    [InlineData("June 14th, 1969")]
    [InlineData("Jun. 14 1969")]
    [InlineData("14-Jun-1969")]
    [InlineData("14th of June, 1969")]
    [InlineData("19690614")]
    [InlineData("14 June")]
    public void DateOfBirth_InAnyForm_IsReplaced(string written)
    {
        var result = Scrub.Run($"Born {written}, she has had neck pain for years.", "Odile Ferrand", "14/06/1969");
        Scrub.Gone(result, written);
    }

    [Theory]
    [InlineData("14 Jun 1969")]
    [InlineData("June 14th, 1969")]
    [InlineData("14-6-69")]
    public void FinalScan_FindsDateOfBirth_InAnotherForm(string written)
    {
        var leak = Assert.Single(PainCare.Deidentification.KnownIdentifierScan.Find($"DOB {written}.", ["Odile Ferrand", "14/06/1969"]));
        Assert.Equal(written, leak.Text);
    }

    [Fact]
    public void OtherDates_AreNotTakenForTheDateOfBirth()
    {
        Assert.Empty(PainCare.Deidentification.KnownIdentifierScan.Find("Reviewed 15 June 1969 and 14 July 1970.", ["Odile Ferrand", "14/06/1969"]));
    }

    [Fact]
    public void PatientIdentity_KnownIdentifiers_IncludeTheDateOfBirth()
    {
        var identity = new PainCare.Domain.Patients.PatientIdentity { GivenName = "Odile", FamilyName = "Ferrand", DateOfBirth = new DateOnly(1969, 6, 14) };
        Assert.Contains("14/06/1969", identity.KnownIdentifiers());
    }
}
