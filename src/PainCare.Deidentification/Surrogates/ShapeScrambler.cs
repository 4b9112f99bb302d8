namespace PainCare.Deidentification.Surrogates;

/// <summary>Same shape, different characters: digits for digits, capitals for capitals, punctuation kept.</summary>
internal static class ShapeScrambler
{
    public static string Scramble(string original, StableRandom random, string salt, int keepLeading = 0)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var chars = original.ToCharArray();
            var seen = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    continue;
                }

                if (seen++ < keepLeading)
                {
                    continue;
                }

                var pick = random.Next($"{salt}:{attempt}:{i}", char.IsAsciiDigit(c) ? 10 : 26);
                chars[i] = char.IsAsciiDigit(c) ? (char)('0' + pick) : char.IsUpper(c) ? (char)('A' + pick) : (char)('a' + pick);
            }

            var result = new string(chars);
            if (!string.Equals(result, original, StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        return original + "0";
    }
}
