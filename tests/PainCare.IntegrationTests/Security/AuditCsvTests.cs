using PainCare.Web.Features.Audit;

namespace PainCare.IntegrationTests.Security;

public sealed class AuditCsvTests
{
    [Fact]
    public void AnAttackerChosenUserAgent_CannotBecomeASpreadsheetFormulaOrBreakTheRow()
    {
        var row = new AuditRow(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero), "u1", null, "signin.failed", null, null, "failed", "10.0.0.1", "=HYPERLINK(\"x\",\"y\")");

        var lines = AuditExportEndpoint.ToCsv([row]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal("\"2026-11-21T06:00:00.0000000Z\",\"u1\",\"signin.failed\",\"\",\"\",\"failed\",\"10.0.0.1\",\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", lines[1]);
    }
}
