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
            "subject,instrument,version,rater,session,session_date,session_time_utc,rated_at,valid,total,subscale_bond,subscale_task,item_1,item_2,item_3,item_4,notice\r\n"
            + "subj-7f3a,test-alliance,1,patient,1,2026-01-05,,,true,20,10,10,5,5,5,5,\r\n"
            + "subj-7f3a,test-alliance,1,patient,2,2026-01-12,,,true,14,5,9,2,3,4,5,\r\n",
            csv);
    }

    [Fact]
    public void MeanTotals_UseInvariantDecimalPoint()
    {
        var peg = InstrumentCatalogue.LoadDefaults().Find("peg-3")!;

        var csv = AllianceCsvExport.Write(peg, "s", [new ExportRating(1, DateOf(1), Items(7, 4, 4))]);

        Assert.EndsWith(",true,5,7,4,4,\r\n", csv, StringComparison.Ordinal);
        Assert.Equal("5.3333", AllianceCsvExport.Write(peg, "s", [new ExportRating(1, DateOf(1), Items(7, 4, 5))]).Split("\r\n")[1].Split(',')[9]);
    }

    [Fact]
    public void InvalidRating_IsExportedAsNotValidWithoutTotals() =>
        Assert.EndsWith(",false,,,,4,,9,4,\r\n", AllianceCsvExport.Write(Instrument(), "s", [new ExportRating(1, DateOf(1), [4, null, 9, 4])]), StringComparison.Ordinal);

    [Fact]
    public void SessionDateAndTime_AreSeparateFromTheRatingTime_AndRowsFollowTheSessions()
    {
        var checkIn = InstrumentCatalogue.LoadDefaults().Find(InstrumentCatalogue.CheckInId)!;
        var brisbane = TimeSpan.FromHours(10);
        // Session 1's home rating arrived after session 2 was rated in the room.
        var first = new ExportRating(1, DateOf(1), Items(4, 4, 4, 4, 4, 4))
        {
            SessionStartsAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, brisbane),
            AuthoredAt = new DateTimeOffset(2026, 1, 13, 20, 0, 0, brisbane),
        };
        var second = new ExportRating(2, DateOf(2), Items(5, 5, 5, 5, 5, 5))
        {
            SessionStartsAt = new DateTimeOffset(2026, 1, 12, 14, 0, 0, brisbane),
            AuthoredAt = new DateTimeOffset(2026, 1, 12, 14, 50, 0, brisbane),
        };

        var rows = AllianceCsvExport.Write(checkIn, "s", [second, first]).Split("\r\n");

        Assert.StartsWith("s,paincare-checkin,1,patient,1,2026-01-04,23:30,2026-01-13T20:00:00+10:00,true,4,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("s,paincare-checkin,1,patient,2,2026-01-12,04:00,2026-01-12T14:50:00+10:00,true,5,", rows[2], StringComparison.Ordinal);
        Assert.EndsWith(",\"PainCare's own check-in, not a validated measure. Use it to follow one patient over time; it has no cut-off.\"", rows[1], StringComparison.Ordinal);
    }

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

        Assert.EndsWith(",-1,-2,3,0,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void SubjectReferenceStartingWithEquals_IsNeutralisedInTheFile()
    {
        var csv = AllianceCsvExport.Write(Instrument(), "=cmd|'/C calc'!A0", [new ExportRating(1, DateOf(1), Items(4, 4, 4, 4))]);

        Assert.StartsWith("\"'=cmd|'/C calc'!A0\",", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }
}
