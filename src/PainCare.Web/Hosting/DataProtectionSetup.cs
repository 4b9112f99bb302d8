using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using PainCare.Data;
using PainCare.Data.DataProtection;

namespace PainCare.Web.Hosting;

/// <summary>
/// The key ring that protects the sign-in cookie and antiforgery tokens: in the database (or a folder), shared by every
/// node, and encrypted at rest with a certificate kept outside the database (ADR 0101).
/// </summary>
public static class DataProtectionSetup
{
    public const string CertificateSetting = "PainCare:DataProtectionCertificate";
    public const string CertificatePasswordSetting = "PainCare:DataProtectionCertificatePassword";
    public const string KeysFolderSetting = "PainCare:DataProtectionKeysFolder";

    public static void AddPainCareDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var path = CertificatePath(configuration);
        System.Security.Cryptography.X509Certificates.X509Certificate2 certificate;
        try
        {
            certificate = KeyEncryptionCertificate.LoadOrCreate(path, configuration[CertificatePasswordSetting]);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidSettingException($"{CertificateSetting}: cannot use the key-encryption certificate at {path}: {ex.Message}");
        }

        var dataProtection = services.AddDataProtection().SetApplicationName("PainCare").ProtectKeysWithCertificate(certificate);
        if (KeysFolder(configuration) is { } folder)
        {
            dataProtection.PersistKeysToFileSystem(folder);
            return;
        }

        dataProtection.PersistKeysToDbContext<PainCareDbContext>();
    }

    public static DirectoryInfo? KeysFolder(IConfiguration configuration) =>
        configuration[KeysFolderSetting] is { Length: > 0 } folder ? new DirectoryInfo(folder) : null;

    /// <summary>The setting, else the machine's state folder, the one ./paincare keeps its passwords in.</summary>
    public static string CertificatePath(IConfiguration configuration)
    {
        if (configuration[CertificateSetting] is { Length: > 0 } configured)
        {
            return configured;
        }

        var state = Environment.GetEnvironmentVariable("PAINCARE_STATE_DIR") is { Length: > 0 } paincareState
            ? paincareState
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state"),
                "paincare");
        return Path.Combine(state, "data-protection.pfx");
    }
}
