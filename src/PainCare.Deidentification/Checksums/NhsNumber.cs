namespace PainCare.Deidentification.Checksums;

/// <summary>NHS (England, Wales, Isle of Man) number: ten digits, the last a modulus-11 check digit.</summary>
public static class NhsNumber
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[10];
        if (!Digits.TryCollect(value, digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9];
    }
}
