using System.Security.Cryptography;

namespace PainCare.Web.Features.Admin;

/// <summary>
/// A password an administrator hands over once (a new user, a reset): four groups of five letters and digits, 23 characters
/// and about 119 bits, from an alphabet without look-alikes (0/O, 1/l/I) so it can be read out or typed from a note.
/// It still passes the same validators as any password (UserManager checks it), and the user must replace it at sign-in.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string Create() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
