using Serilog.Events;
using Serilog.Parsing;
using PainCare.Web.Hosting;

namespace PainCare.UnitTests.Hosting;

public sealed class OneLinePerEventFormatterTests
{
    [Fact]
    public void LineBreaksInsideAnEvent_AreIndented_SoNoForgedLineStartsAtColumnZero()
    {
        var forged = "x\n2026-01-01 00:00:00.000 +00:00 [INF] Sign-in succeeded\r\nFORGED\rALSO\u2028AND";
        var text = Render(new InvalidOperationException("bad value " + forged), "Refused {Value}", forged);

        var lines = text.TrimEnd('\n').Split('\n');

        Assert.StartsWith("2026-11-27", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("    ", line, StringComparison.Ordinal));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void ControlCharacters_AreWrittenAsEscapes()
    {
        var text = Render(null, "Value {Value}", "a\u001b[31mred\u0000");

        Assert.Contains("a\\u001B[31mred\\u0000", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    private static string Render(Exception? exception, string template, string value)
    {
        var parsed = new MessageTemplateParser().Parse(template);
        var logEvent = new LogEvent(
            new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), LogEventLevel.Warning, exception, parsed,
            [new LogEventProperty("Value", new ScalarValue(value))]);
        using var output = new StringWriter();
        new OneLinePerEventFormatter(OneLinePerEventFormatter.FileTemplate).Format(logEvent, output);
        return output.ToString();
    }
}
