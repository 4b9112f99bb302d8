using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace PainCare.Web.Hosting;

/// <summary>
/// Renders each event with an ordinary output template, then makes sure nothing inside it can pass for another event: every
/// line break within the event (an exception's stack trace, or a line break an attacker put in a value that reached an
/// exception message) is followed by an indent, and other control characters are written as <c>\uXXXX</c>. So a line
/// that starts at column 0 is always a real event of PainCare's.
/// </summary>
public sealed class OneLinePerEventFormatter(string outputTemplate) : ITextFormatter
{
    public const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}";
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";
    private const string Continuation = "    ";

    private readonly MessageTemplateTextFormatter _template = new(outputTemplate, CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        _template.Format(logEvent, buffer);
        var text = buffer.ToString().TrimEnd('\r', '\n');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                output.Write('\n');
                output.Write(Continuation);
            }
            else if (char.IsControl(c) && c != '\t')
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
            else
            {
                output.Write(c);
            }
        }

        output.Write('\n');
    }
}
