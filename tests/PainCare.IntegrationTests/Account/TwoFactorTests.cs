using System.Net;
using System.Text.RegularExpressions;
using PainCare.Testing;
using PainCare.Web.Features.Account;

namespace PainCare.IntegrationTests.Account;

public sealed partial class TwoFactorTests
{
    [Fact]
    public async Task OutsideTheDemo_EveryoneMustSetUpTwoFactor_AndThenSignsInWithACode()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__RequireTwoFactor"] = "true" });
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("priya.nair@paincare.test", AppServer.DemoPassword);

        using var blocked = await client.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/two-factor-setup", blocked.Headers.Location!.OriginalString);

        using var setup = await client.GetAsync("account/two-factor-setup");
        var setupPage = await setup.Content.ReadAsStringAsync();
        var key = SetupKey().Match(setupPage).Groups["key"].Value;
        var setupUri = WebUtility.HtmlDecode(SetupUri().Match(setupPage).Groups["uri"].Value);
        Assert.StartsWith("otpauth://totp/PainCare:", setupUri, StringComparison.Ordinal);
        var qrCode = QrCode().Match(setupPage);
        Assert.Equal(AuthenticatorQrCode.SvgDataUri(setupUri), WebUtility.HtmlDecode(qrCode.Groups["src"].Value));
        Assert.False(string.IsNullOrWhiteSpace(qrCode.Groups["alt"].Value));
        using var wrong = await client.SubmitAsync("account/two-factor-setup", new Dictionary<string, string> { ["Form.Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        Assert.Contains("That code did not match", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var enabled = await client.SubmitAsync("account/two-factor-setup", new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key) });
        Assert.Contains("Two-factor sign-in is on", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var allowed = await client.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        using var fresh = new FormClient(server.BaseAddress);
        using var password = await fresh.SignInAsync("priya.nair@paincare.test", AppServer.DemoPassword);
        var twoFactorPath = password.Headers.Location!.PathAndQuery.TrimStart('/');
        Assert.StartsWith("account/two-factor?", twoFactorPath, StringComparison.Ordinal);
        using var notYet = await fresh.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        using var code = await fresh.SubmitAsync(twoFactorPath, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        using var inside = await fresh.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [GeneratedRegex("id=\"setup-key\"[^>]*value=\"(?<key>[a-z0-9 ]+)\"")]
    private static partial Regex SetupKey();

    [GeneratedRegex("<code class=\"setup-uri\">(?<uri>[^<]+)</code>")]
    private static partial Regex SetupUri();

    [GeneratedRegex("<img class=\"setup-qr\" src=\"(?<src>[^\"]+)\"[^>]* alt=\"(?<alt>[^\"]+)\"")]
    private static partial Regex QrCode();
}
