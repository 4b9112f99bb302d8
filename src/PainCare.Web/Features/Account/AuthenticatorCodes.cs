using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;

namespace PainCare.Web.Features.Account;

/// <summary>
/// Each authenticator code signs in once (RFC 6238 §5.2): the time step a code matched is remembered per user, and a code
/// from that step or an earlier one is refused. The step is kept in Identity's user-token table, so two nodes agree.
/// </summary>
public sealed class AuthenticatorCodes(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock)
{
    private const string LastStepRow = "totp-last-step";

    // Identity's authenticator provider accepts codes up to two 30-second steps either side of now; so does this.
    private const int Window = 2;

    /// <summary>The time step <paramref name="code"/> belongs to for this key, or null when it matches none in the window.</summary>
    public long? MatchStep(string base32Key, string code)
    {
        var key = Base32(base32Key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - Window; step <= now + Window; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>Records <paramref name="step"/> as used; false when it (or a later one) was used already. Atomic across nodes.</summary>
    public async Task<bool> ClaimAsync(string userId, long step, CancellationToken cancellationToken = default)
    {
        // Fixed width, so text order is number order.
        var value = step.ToString("D12", CultureInfo.InvariantCulture);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var moved = await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == ServerSessions.Provider && t.Name == LastStepRow && string.Compare(t.Value, value) < 0)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, value), cancellationToken);
        if (moved == 1)
        {
            return true;
        }

        if (await db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == ServerSessions.Provider && t.Name == LastStepRow, cancellationToken))
        {
            return false;
        }

        try
        {
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = ServerSessions.Provider, Name = LastStepRow, Value = value });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another sign-in with a code claimed the first step at the same moment.
            return false;
        }
    }

    private static string Code(byte[] key, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // RFC 6238 authenticator codes are defined over HMAC-SHA1, as authenticator apps compute them.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
