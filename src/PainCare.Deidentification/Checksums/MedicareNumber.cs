namespace PainCare.Deidentification.Checksums;

/// <summary>Australian Medicare card number: ten digits (optionally an eleventh issue digit); the ninth is a weighted check digit.</summary>
public static class MedicareNumber
{
    private static readonly int[] _weights = [1, 3, 7, 9, 1, 3, 7, 9];

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[11];
        var count = Digits.Collect(value, digits);
        if (count is not (10 or 11) || digits[0] is < 2 or > 6)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += digits[i] * _weights[i];
        }

        return sum % 10 == digits[8];
    }
}
