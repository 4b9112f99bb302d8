using System.Text;
using QRCoder;

namespace PainCare.Web.Features.Account;

/// <summary>
/// The authenticator setup link as a QR code, by QRCoder. It is an SVG in an <c>img</c> data URI: the content policy
/// already allows data: images, an SVG loaded as an image never runs script, and <c>alt</c> gives it a name.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string SvgDataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
