using System.Text;
using PainCare.Data.Seeding;

namespace PainCare.Web.Hosting;

/// <summary>The demo sign-in accounts, kept in an ignored file readable only by the user who started the demo.</summary>
public static class DemoAccountsFile
{
    public static string Format(IReadOnlyList<DemoAccount> accounts)
    {
        var text = new StringBuilder();
        text.AppendLine("Demo clinic sign-in accounts (synthetic data only):");
        foreach (var account in accounts)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {account.Role,-11} {account.Email,-32} {account.Password}");
        }

        return text.ToString();
    }

    public static async Task WriteAsync(string path, IReadOnlyList<DemoAccount> accounts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, Format(accounts));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
