using PainCare.Deidentification.Checksums;

namespace PainCare.UnitTests.Deidentification;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("186 091 3903")]
    [InlineData("1860913903")]
    [InlineData("628-194-8211")]
    public void NhsNumber_WithValidCheckDigit_IsValid(string value) => Assert.True(NhsNumber.IsValid(value));

    [Theory]
    [InlineData("186 091 3904")]
    [InlineData("999 123 4577")]
    [InlineData("18609139")]
    [InlineData("186 091 390A")]
    public void NhsNumber_WithWrongCheckDigitOrShape_IsInvalid(string value) => Assert.False(NhsNumber.IsValid(value));

    [Theory]
    [InlineData("3512 14565 1")]
    [InlineData("2428 77813 2")]
    public void MedicareNumber_WithValidCheckDigit_IsValid(string value) => Assert.True(MedicareNumber.IsValid(value));

    [Theory]
    [InlineData("3512 14567 1")]
    [InlineData("1512 14565 1")]
    [InlineData("3512 1456")]
    public void MedicareNumber_WithWrongCheckDigitOrShape_IsInvalid(string value) => Assert.False(MedicareNumber.IsValid(value));

    [Fact]
    public void ValidNhsNumber_WithoutLabel_IsReplacedAsId()
    {
        var result = Scrub.Run("Number on the letter was 186 091 3903 as written.");

        Assert.Equal("id", Scrub.CategoryOf(result, "186 091 3903"));
    }

    [Fact]
    public void InvalidNhsNumber_WithoutLabel_IsNotClassedAsNhsNumber()
    {
        var result = Scrub.Run("Number on the letter was 943 476 5918 as written.");

        Assert.NotEqual("id", Scrub.CategoryOf(result, "943 476 5918"));
        Scrub.Gone(result, "943 476 5918");
    }

    [Fact]
    public void InvalidNumber_WithNhsLabel_IsStillRemoved()
    {
        var result = Scrub.Run("NHS 186 091 3904 on file.");

        Scrub.Gone(result, "186 091 3904");
    }
}
