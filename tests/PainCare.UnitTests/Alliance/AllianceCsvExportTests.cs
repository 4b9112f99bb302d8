using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

public sealed class AllianceCsvExportTests
{
    [Fact]
    public void Ratings_BecomeOneRowEachWithTotalsSubscalesAndItems()
    {
        var csv = AllianceCsvExport.Write(Instrument(), "subj-7f3a", [new ExportRating(2, DateOf(2), Items(2, 3, 4, 5)), new ExportRating(1, DateOf(1), Items(5, 5, 5, 5))]);

        Assert.Equal(
            "subject,instrument,version,rater,session,date,valid,total,subscale_bond,subscale_task,item_1,item_2,item_3,item_4\r\n"
            + "subj-7f3a,test-alliance,1,patient,1,2026-01-05,true,20,10,10,5,5,5,5\r\n"
            + "subj-7f3a,test-alliance,1,patient,2,2026-01-12,true,14,5,9,2,3,4,5\r\n",
            csv);
    }

    [Fact]
    public void MeanTotals_UseInvariantDecimalPoint()
    {
        var peg = InstrumentCatalogue.LoadDefaults().Find("peg-3")!;

        var csv = AllianceCsvExport.Write(peg, "s", [new ExportRating(1, DateOf(1), Items(7, 4, 4))]);

        Assert.EndsWith(",true,5,7,4,4\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("5.3333", AllianceCsvExport.Write(peg, "s", [new ExportRating(1, DateOf(1), Items(7, 4, 5))]).Split("\r\n")[1].Split(',')[7]);
    }

    [Fact]
    public void InvalidRating_IsExportedAsNotValidWithoutTotals() =>
        Assert.EndsWith(",false,,,,4,,9,4\r\n", AllianceCsvExport.Write(Instrument(), "s", [new ExportRating(1, DateOf(1), [4, null, 9, 4])]), StringComparison.Ordinal);

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+61 400", "\"'+61 400\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    public void TextCells_AreGuardedAgainstFormulaInjectionAndQuotedPerRfc4180(string subject, string expected)
    {
        var csv = AllianceCsvExport.Write(Instrument(), subject, [new ExportRating(1, DateOf(1), Items(4, 4, 4, 4))]);

        var row = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        Assert.StartsWith(expected + ",test-alliance,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeNumbers_AreNumbersNotFormulas()
    {
        var instrument = Instrument() with { ScaleMin = -3, ScaleMax = 3 };

        var csv = AllianceCsvExport.Write(instrument, "s", [new ExportRating(1, DateOf(1), Items(-1, -2, 3, 0))]);

        Assert.EndsWith(",-1,-2,3,0\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void SubjectReferenceStartingWithEquals_IsNeutralisedInTheFile()
    {
        var csv = AllianceCsvExport.Write(Instrument(), "=cmd|'/C calc'!A0", [new ExportRating(1, DateOf(1), Items(4, 4, 4, 4))]);

        Assert.StartsWith("\"'=cmd|'/C calc'!A0\",", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }
}
