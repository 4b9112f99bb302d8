using System.Text;

namespace PainCare.IntegrationTests.Security;

/// <summary>Deterministic malformed values: overlong, control characters, broken surrogates, markup, SQL, odd numbers, wrong types.</summary>
internal static class HostileInput
{
    private static readonly string[] _shapes =
    [
        "<script>window.__xss=1</script>", "\"><img src=x onerror=window.__xss=2>", "'; DROP TABLE \"Patients\"; --", "1 OR 1=1",
        "\0", "\u0001\u0002\u001b[31m", "\ud800", "\udfff lone", "-1", "-2147483649", "99999999999999999999", "1e309", "NaN",
        "0x7FFFFFFF", "true", "null", "{}", "[]", "../../etc/passwd", "%00", "\r\n\r\nHTTP/1.1 200 OK", "😀🩺", "ÅÄÖ ñ", " ", "",
        "2026-13-45", "31/02/2026", "25:61", "javascript:alert(1)", "${7*7}", "{{7*7}}", "\u202eevil", "a\tb", "Robert'); --",
    ];

    public static string Value(Random random) => random.Next(10) switch
    {
        0 => new string('x', random.Next(101, 200_000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => _shapes[random.Next(_shapes.Length)])),
        2 => RandomUnicode(random, random.Next(1, 300)),
        _ => _shapes[random.Next(_shapes.Length)],
    };

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)random.Next(0, 0xFFFF));
        }

        return text.ToString();
    }
}
