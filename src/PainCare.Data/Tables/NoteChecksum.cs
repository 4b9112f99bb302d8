using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PainCare.Data.Tables;

/// <summary>
/// SHA-256 over every narrative note's text in key order, each text preceded by its length, so two databases that hold
/// the same notes give the same hex string whatever the engine. Ordered here, not in SQL, so the engines' collations
/// cannot differ.
/// </summary>
public static class NoteChecksum
{
    public static async Task<string> ComputeAsync(PainCareDbContext db, CancellationToken cancellationToken)
    {
        var notes = await db.NarrativeNotes.AsNoTracking().Select(n => new { n.Id, n.Text }).ToListAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var note in notes.OrderBy(n => n.Id))
        {
            var text = Encoding.UTF8.GetBytes(note.Text);
            BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
            hash.AppendData(length);
            hash.AppendData(text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
