using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Keys;

/// <summary>The data-protection key ring as someone holding a copy of the database sees it, with or without the certificate.</summary>
internal static class KeyRing
{
    public static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task<IReadOnlyList<XElement>> ReadAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml!).ToListAsync();
        return [.. rows.Select(xml => XElement.Parse(xml))];
    }

    /// <summary>A provider built from these keys alone, the way the app builds its own; the certificate is optional.</summary>
    public static ServiceProvider Provider(IReadOnlyList<XElement> keys, X509Certificate2? certificate)
    {
        var services = new ServiceCollection();
        var builder = services.AddDataProtection().SetApplicationName("PainCare");
        if (certificate is not null)
        {
            builder.UnprotectKeysWithAnyCertificate(certificate);
        }

        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new CopiedRepository(keys));
        return services.BuildServiceProvider();
    }

    /// <summary>How the app's cookie handler protects the sign-in ticket (Identity's application scheme).</summary>
    public static TicketDataFormat CookieFormat(IServiceProvider provider) =>
        new(provider.GetDataProtectionProvider().CreateProtector(
            "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", IdentityConstants.ApplicationScheme, "v2"));

    /// <summary>Turns the stored keys back into the plain-text form the app wrote before ADR 0101.</summary>
    public static async Task DecryptStoredKeysAsync(TestDatabase database, X509Certificate2 certificate)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().UnprotectKeysWithAnyCertificate(certificate);
        using var provider = services.BuildServiceProvider();
        var decryptor = new EncryptedXmlDecryptor(provider);
        await using var db = database.CreateContext();
        foreach (var row in await db.DataProtectionKeys.ToListAsync())
        {
            var key = XElement.Parse(row.Xml!);
            foreach (var secret in key.Descendants(DataProtection + "encryptedSecret").ToList())
            {
                secret.ReplaceWith(decryptor.Decrypt(secret.Elements().Single()));
            }

            row.Xml = key.ToString(SaveOptions.DisableFormatting);
        }

        await db.SaveChangesAsync();
    }

    private sealed class CopiedRepository(IReadOnlyList<XElement> keys) : IXmlRepository
    {
        private readonly List<XElement> _keys = [.. keys.Select(k => new XElement(k))];

        public IReadOnlyCollection<XElement> GetAllElements() => [.. _keys];

        public void StoreElement(XElement element, string friendlyName) => _keys.Add(element);
    }
}
