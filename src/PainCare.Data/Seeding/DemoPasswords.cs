using System.Security.Cryptography;

namespace PainCare.Data.Seeding;

/// <summary>Random, memorable passphrases for the demo accounts: never hard-coded, never logged.</summary>
internal static class DemoPasswords
{
    private static readonly string[] _words =
    [
        "harbour", "copper", "meadow", "lantern", "thistle", "gannet", "quarry", "saffron", "orchard", "pebble",
        "kestrel", "juniper", "tundra", "marble", "wattle", "estuary", "bramble", "cobalt", "fjord", "heather",
    ];

    public static string Create()
    {
        var parts = Enumerable.Range(0, 3).Select(_ => _words[RandomNumberGenerator.GetInt32(_words.Length)]);
        return $"{string.Join('-', parts)}-{RandomNumberGenerator.GetInt32(10, 100)}";
    }
}
