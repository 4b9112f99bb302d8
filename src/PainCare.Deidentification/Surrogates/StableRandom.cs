namespace PainCare.Deidentification.Surrogates;

/// <summary>Deterministic choices from a seed, so the same text always de-identifies the same way.</summary>
internal sealed class StableRandom(ulong seed)
{
    public static ulong Hash(string text, ulong basis = 14695981039346656037UL)
    {
        var hash = basis;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public int Next(string salt, int bound) => bound <= 0 ? 0 : (int)(Hash(salt, seed ^ 0x9E3779B97F4A7C15UL) % (ulong)bound);

    /// <summary>The first acceptable entry of <paramref name="pool"/>, probing from a salted start.</summary>
    public string? Pick(string salt, IReadOnlyList<string> pool, Func<string, bool> acceptable)
    {
        var start = Next(salt, pool.Count);
        for (var k = 0; k < pool.Count; k++)
        {
            var candidate = pool[(start + k) % pool.Count];
            if (acceptable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
