using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance;

namespace PainCare.Web.Features.Instruments;

/// <summary>
/// The rating forms this clinic uses now: the shipped definitions (and any settings folder, validated at start-up) with
/// the administrator's enabled imports over them, and the form patients rate with. Read from the database at start-up,
/// after every change made on this node, and every <see cref="RefreshInterval"/> for changes made on another node.
/// </summary>
public sealed class ClinicForms(InstrumentCatalogue shipped, string? configured, IDbContextFactory<PainCareDbContext> contextFactory, ILogger<ClinicForms> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private volatile InUse _inUse = new(shipped, new AllianceAnalyser(shipped, configured));

    /// <summary>The definitions before any import: shipped, plus the settings folder's.</summary>
    public InstrumentCatalogue Shipped => shipped;

    /// <summary>The form the settings name (<see cref="AllianceAnalyser.Setting"/>), used until an administrator chooses one.</summary>
    public string? Configured => configured;

    public InstrumentCatalogue Catalogue => _inUse.Catalogue;

    public AllianceAnalyser Analyser => _inUse.Analyser;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var enabled = await db.ClinicInstruments.AsNoTracking()
            .Where(i => i.Status == ClinicInstrumentStatus.Enabled)
            .ToListAsync(cancellationToken);
        var chosen = await db.RatingFormChoices.AsNoTracking().Select(c => c.InstrumentId).SingleOrDefaultAsync(cancellationToken);
        try
        {
            var catalogue = ClinicInstrument.Combine(shipped, enabled);
            _inUse = new InUse(catalogue, new AllianceAnalyser(catalogue, RatingFormChoice.InUse(catalogue, chosen, configured)));
        }
        catch (InstrumentDefinitionException ex)
        {
            // Enabling checks the whole catalogue first, so only a hand-edited table gets here; the forms in use stay.
            logger.LogError("The clinic's imported rating forms do not fit together, so the forms in use are unchanged: {Problem}", ex.Message);
        }
    }

    private sealed record InUse(InstrumentCatalogue Catalogue, AllianceAnalyser Analyser);
}
