using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PainCare.Data.DataProtection;

/// <summary>
/// The certificate that encrypts the data-protection keys at rest (ADR 0101). It lives in a file on the machine, never
/// in the database, so a copy or backup of the database alone cannot unwrap the keys that sign the sign-in cookie.
/// Made on first use when the file does not exist; every node of a clinic must be given the same file.
/// </summary>
public static class KeyEncryptionCertificate
{
    private const string Subject = "CN=PainCare data-protection key encryption";

    public static X509Certificate2 LoadOrCreate(string path, string? password = null)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new CryptographicException($"{path} holds no private key, which decrypting the keys needs.");
        }

        return certificate;
    }

    private static void Create(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(Subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(50));
        // No password: like an SSH host key, the file is protected by being readable by its owner only.
        var pfx = certificate.Export(X509ContentType.Pkcs12);

        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, pfx);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using var stream = new FileStream(temporary, options);
            stream.Write(pfx);
        }

        try
        {
            // Written aside and moved into place without overwriting: two nodes starting together on a shared folder
            // keep whichever certificate landed first, and neither reads a half-written file.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
