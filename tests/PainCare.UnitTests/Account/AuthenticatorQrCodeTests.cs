using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PainCare.Web.Features.Account;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace PainCare.UnitTests.Account;

public sealed partial class AuthenticatorQrCodeTests
{
    private const string SetupUri = "otpauth://totp/PainCare:sam.okafor%40paincare.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=PainCare&digits=6";
    private const string DataUriPrefix = "data:image/svg+xml;base64,";
    private const int PixelsPerModule = 4;

    [Fact]
    public void QrCode_IsAnSvgImageThatScansBackToTheSetupLink()
    {
        var dataUri = AuthenticatorQrCode.SvgDataUri(SetupUri);

        Assert.StartsWith(DataUriPrefix, dataUri, StringComparison.Ordinal);
        var svg = XDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(dataUri[DataUriPrefix.Length..])));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Equal(SetupUri, Decode(svg));
    }

    /// <summary>Draws the SVG's dark runs (QRCoder writes each as "Mx yhWv1h-Wz" in module units) and reads the QR code back with ZXing.</summary>
    private static string? Decode(XDocument svg)
    {
        var size = int.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        var side = size * PixelsPerModule;
        var pixels = Enumerable.Repeat((byte)255, side * side).ToArray();
        var path = svg.Descendants().Single(e => e.Name.LocalName == "path").Attribute("d")!.Value;
        foreach (Match run in Run().Matches(path))
        {
            int x = Value(run, "x"), y = Value(run, "y"), width = Value(run, "w"), height = Value(run, "h");
            for (var row = y * PixelsPerModule; row < (y + height) * PixelsPerModule; row++)
            {
                Array.Fill(pixels, (byte)0, (row * side) + (x * PixelsPerModule), width * PixelsPerModule);
            }
        }

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, side, side, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(bitmap)?.Text;
    }

    private static int Value(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<w>\d+)v(?<h>\d+)h-\d+z")]
    private static partial Regex Run();
}
