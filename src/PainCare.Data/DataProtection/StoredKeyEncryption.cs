using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;

namespace PainCare.Data.DataProtection;

/// <summary>
/// Encrypts keys that were stored in plain text before the key-encryption certificate existed (ADR 0101). The key and its
/// id stay the same, so cookies it protected stay valid; only the stored form of its secret changes, to the form the
/// key manager itself writes: each element marked <c>requiresEncryption</c> becomes an <c>encryptedSecret</c>.
/// </summary>
public static class StoredKeyEncryption
{
    private static readonly XNamespace _dataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    /// <summary>Rewrites plain-text keys in the <c>DataProtectionKeys</c> table. Returns how many it encrypted.</summary>
    public static async Task<int> EncryptDatabaseKeysAsync(PainCareDbContext db, IXmlEncryptor encryptor, CancellationToken cancellationToken = default)
    {
        var encrypted = 0;
        foreach (var key in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            if (Encrypt(XElement.Parse(key.Xml!), encryptor) is { } protectedKey)
            {
                key.Xml = protectedKey.ToString(SaveOptions.DisableFormatting);
                encrypted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return encrypted;
    }

    /// <summary>Rewrites plain-text keys in a key folder (<c>PainCare:DataProtectionKeysFolder</c>). Returns how many.</summary>
    public static int EncryptFolderKeys(DirectoryInfo folder, IXmlEncryptor encryptor)
    {
        var encrypted = 0;
        foreach (var file in folder.Exists ? folder.EnumerateFiles("*.xml") : [])
        {
            if (Encrypt(XElement.Load(file.FullName), encryptor) is { } protectedKey)
            {
                var temporary = file.FullName + ".tmp";
                protectedKey.Save(temporary, SaveOptions.DisableFormatting);
                File.Move(temporary, file.FullName, overwrite: true);
                encrypted++;
            }
        }

        return encrypted;
    }

    /// <summary>An encrypted copy of a stored key, or null when nothing in it is marked as needing encryption.</summary>
    public static XElement? Encrypt(XElement key, IXmlEncryptor encryptor)
    {
        var copy = new XElement(key);
        var plain = copy.Descendants().Where(e => (string?)e.Attribute(_dataProtection + "requiresEncryption") == "true").ToList();
        foreach (var element in plain)
        {
            var info = encryptor.Encrypt(new XElement(element));
            element.ReplaceWith(new XElement(
                _dataProtection + "encryptedSecret",
                new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!),
                info.EncryptedElement));
        }

        return plain.Count > 0 ? copy : null;
    }
}
