namespace PainCare.UnitTests.Deidentification;

public sealed class PatternRecogniserTests
{
    [Theory]
    [InlineData("Call her on 07700 900123 after lunch.", "07700 900123")]
    [InlineData("Landline 0161 496 0000 in the evenings.", "0161 496 0000")]
    [InlineData("Mobile +44 7700 900123 for texts.", "+44 7700 900123")]
    [InlineData("Mobile 0412 345 678 for texts.", "0412 345 678")]
    [InlineData("Home (03) 9123 4567 most days.", "(03) 9123 4567")]
    [InlineData("Mobile +61 412 345 678 for texts.", "+61 412 345 678")]
    [InlineData("Mobile 021 123 4567 in Auckland hours.", "021 123 4567")]
    [InlineData("Mobile 085 555 0179 from Cork.", "085 555 0179")]
    [InlineData("Cell (555) 201-3344 after six.", "(555) 201-3344")]
    [InlineData("Cell 555-201-3344 after six.", "555-201-3344")]
    public void PhoneNumber_InRegionalFormat_IsReplaced(string text, string phone)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, phone);
        Assert.Equal("contact", Scrub.CategoryOf(result, phone));
    }

    [Theory]
    [InlineData("Write to jo.bloggs@example.com please.", "jo.bloggs@example.com")]
    [InlineData("Her blog is at https://example.org/my-pain-story.", "https://example.org/my-pain-story")]
    [InlineData("She posts as @painwarrior77 on most sites.", "@painwarrior77")]
    public void ElectronicContact_IsReplaced(string text, string contact)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, contact);
    }

    [Theory]
    [InlineData("Lives near Sheffield S10 2TN now.", "S10 2TN")]
    [InlineData("Moved to Launceston TAS 7250 last year.", "7250")]
    [InlineData("Address ends Austin, TX 78701-1234 on the form.", "78701-1234")]
    [InlineData("Postal address ends D02 X285 in Dublin.", "D02 X285")]
    public void Postcode_IsReplaced(string text, string postcode)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, postcode);
    }

    [Theory]
    [InlineData("SSN 123-45-6789 was on the form.", "123-45-6789")]
    [InlineData("Medicare 3512 14565 1 noted.", "3512 14565 1")]
    [InlineData("MRN 00483921 confirmed.", "00483921")]
    [InlineData("Hospital number K7731209 confirmed.", "K7731209")]
    [InlineData("Her claim reference is ZX-4410-7781 for the insurer.", "ZX-4410-7781")]
    [InlineData("Vehicle registration AB12 CDE was involved.", "AB12")]
    [InlineData("His NDIS number is 431 234 567 on file.", "431 234 567")]
    public void IdentifierNumber_IsReplaced(string text, string id)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, id);
    }

    [Fact]
    public void ValidMedicareNumber_WithoutLabel_IsReplacedAsId()
    {
        var result = Scrub.Run("The card read 2428 77813 2 on the front.");

        Assert.Equal("id", Scrub.CategoryOf(result, "2428 77813 2"));
    }

    [Theory]
    [InlineData("Seen on 21/09/2022 in clinic.", "21/09/2022")]
    [InlineData("Seen on 21 September 2022 in clinic.", "21 September 2022")]
    [InlineData("Symptoms began in April 2021 after the move.", "April 2021")]
    [InlineData("Scan dated 2022-09-21 was normal.", "2022-09-21")]
    [InlineData("Seen on Tuesday the 9th with her sister.", "Tuesday the 9th")]
    [InlineData("Seen on September 21st, 2022 by the team.", "September 21st, 2022")]
    [InlineData("Seen on 2nd November 2021 by the team.", "2nd November 2021")]
    [InlineData("Seen on 17.11.21 by the team.", "17.11.21")]
    [InlineData("She fell on Boxing Day 2021 in the garden.", "Boxing Day 2021")]
    [InlineData("It got worse in September and settled.", "September")]
    [InlineData("On her birthday, the 9th, she could not walk.", "9th")]
    [InlineData("She was seen on 14/3 and again later.", "14/3")]
    public void Date_InCommonFormat_IsReplaced(string text, string date)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, date);
        Assert.Contains(result.Replacements, r => r.Category == "date");
    }

    [Fact]
    public void YearAlone_IsKept()
    {
        var result = Scrub.Run("A lumbar fusion in 2019 helped for a while.");

        Scrub.Kept(result, "2019");
    }

    [Theory]
    [InlineData("A 53-year-old woman attended.", "53-year-old", "fifty-something")]
    [InlineData("She was aged 53 at referral.", "aged 53", "in her fifties")]
    [InlineData("A nine-year-old daughter came too.", "nine-year-old", "young")]
    [InlineData("Ada, 94, lives alone.", "94", "90 or over")]
    [InlineData("He said he is 47 and still working.", "47", "in his forties")]
    [InlineData("A 61 y.o. man with back pain.", "61 y.o.", "sixty-something")]
    public void Age_BecomesBand(string text, string age, string band)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, age);
        Assert.Contains(band, result.Text, StringComparison.Ordinal);
    }
}
