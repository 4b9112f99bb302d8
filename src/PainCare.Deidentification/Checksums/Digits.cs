namespace PainCare.Deidentification.Checksums;

internal static class Digits
{
    /// <summary>Fills <paramref name="digits"/> exactly, ignoring spaces and hyphens; false on any other character or count.</summary>
    public static bool TryCollect(ReadOnlySpan<char> value, Span<int> digits) => Collect(value, digits) == digits.Length && Count(value) == digits.Length;

    public static int Collect(ReadOnlySpan<char> value, Span<int> digits)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return -1;
                }

                digits[n++] = c - '0';
            }
            else if (c is not (' ' or '-'))
            {
                return -1;
            }
        }

        return n;
    }

    public static int Count(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }
}
