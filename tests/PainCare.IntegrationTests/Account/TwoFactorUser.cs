using System.Text.RegularExpressions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Account;

/// <summary>Turns two-factor sign-in on for a demo account through the setup page, as its owner would.</summary>
internal static partial class TwoFactorUser
{
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(AppServer server, string email)
    {
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(email, AppServer.DemoPassword);
        using var setup = await client.GetAsync("account/two-factor-setup");
        var key = SetupKey().Match(await setup.Content.ReadAsStringAsync()).Groups["key"].Value;
        using var enabled = await client.SubmitAsync("account/two-factor-setup", new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key) });
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups["code"].Value).ToList();
        return (key, codes);
    }

    /// <summary>Signs in with the password and returns the two-factor page's path, ready for a code.</summary>
    public static async Task<string> PasswordStepAsync(FormClient client, string email)
    {
        using var password = await client.SignInAsync(email, AppServer.DemoPassword);
        return password.Headers.Location!.PathAndQuery.TrimStart('/');
    }

    [GeneratedRegex("id=\"setup-key\"[^>]*value=\"(?<key>[a-z0-9 ]+)\"")]
    private static partial Regex SetupKey();

    [GeneratedRegex("<li><code>(?<code>[A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
