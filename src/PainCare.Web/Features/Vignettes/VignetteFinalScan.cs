using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Deidentification;

namespace PainCare.Web.Features.Vignettes;

/// <summary>What the final scan needs: every known identifier of every patient the vignette draws on, and the substitutes already placed.</summary>
public sealed record FinalScanInputs(IReadOnlyList<string> Known, IReadOnlyCollection<string> Placed, string PseudonymKey);

/// <summary>
/// The last check before a supervisor sees anything: the whole recogniser set plus the records' identifiers (date of birth
/// included). Every hit must be replaced, or kept with a reason; a detail the record holds can only be replaced.
/// </summary>
public static class VignetteFinalScan
{
    public const int MaxReasonLength = 300;

    /// <summary>A keyed, stable seed: the same patient keeps one pseudonym across one author's vignettes, with nothing stored.</summary>
    public static string PseudonymKey(string authorId, Guid patientId) => $"{authorId}:{patientId:N}";

    public static async Task<FinalScanInputs> LoadAsync(PainCareDbContext db, Guid vignetteId, string authorId, CancellationToken cancellationToken)
    {
        var sources = await db.VignetteSources.AsNoTracking().Where(s => s.VignetteId == vignetteId).Select(s => new { s.PatientId, s.ReportJson }).ToListAsync(cancellationToken);
        var patientIds = sources.Select(s => s.PatientId).Distinct().ToList();
        var identities = await db.PatientIdentities.AsNoTracking().Where(i => patientIds.Contains(i.PatientId)).ToListAsync(cancellationToken);
        var known = identities.SelectMany(i => i.KnownIdentifiers()).Select(k => k.Split(" (", 2)[0]).Distinct(StringComparer.Ordinal).ToList();
        var reports = sources.Select(s => JsonSerializer.Deserialize<DeidentificationReport>(s.ReportJson)).OfType<DeidentificationReport>().ToList();
        var placed = reports.SelectMany(r => r.Replacements.Select(x => x.Surrogate).Concat(r.Substituted ?? []))
            .Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new FinalScanInputs(known, placed, PseudonymKey(authorId, patientIds.FirstOrDefault()));
    }

    public static IReadOnlyList<ScanHit> Scan(string text, FinalScanInputs inputs) =>
        FinalScan.Find(text, inputs.Known, inputs.Placed, new DeidentificationOptions(PseudonymKey: inputs.PseudonymKey));

    /// <summary>Whether the author kept this hit with a reason (never possible for the record's own identifiers).</summary>
    public static bool IsKept(ScanHit hit, IReadOnlyDictionary<string, string> reasons) =>
        !hit.IsKnown && reasons.TryGetValue(hit.Text, out var reason) && !string.IsNullOrWhiteSpace(reason);

    public static FlaggedDetail Describe(string text, ScanHit hit)
    {
        var start = Math.Max(0, hit.Start - 30);
        var end = Math.Min(text.Length, hit.End + 30);
        return new FlaggedDetail(hit.Text, hit.Category, $"…{text[start..hit.Start]}[{hit.Text}]{text[hit.End..end]}…".ReplaceLineEndings(" "), hit.Suggestion, hit.IsKnown);
    }
}
