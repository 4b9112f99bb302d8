namespace PainCare.Domain.Alliance;

/// <summary>
/// The form patients rate sessions with, as an administrator chose it in the app. At most one row; without one the
/// clinic rates with the form its settings name, else PainCare's own check-in.
/// </summary>
public sealed class RatingFormChoice
{
    public const int SingleRowId = 1;

    public int Id { get; set; } = SingleRowId;

    public required string InstrumentId { get; set; }

    public required string ChosenById { get; set; }

    public DateTimeOffset ChosenAt { get; set; }

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }

    /// <summary>Whether patients may be asked to rate with <paramref name="instrumentId"/> from <paramref name="catalogue"/>.</summary>
    public static InstrumentRefusal? Check(InstrumentCatalogue catalogue, string instrumentId) =>
        catalogue.Find(instrumentId) is null ? InstrumentRefusal.NotFound
        : catalogue.FindPair(instrumentId) is not { } pair ? InstrumentRefusal.NotAPatientForm
        : pair.Patient.Readiness != FormReadiness.Ready ? InstrumentRefusal.PlaceholderWording
        : null;

    /// <summary>
    /// The form patients rate with: the administrator's choice while it can be used, else the configured form, else
    /// PainCare's own check-in.
    /// </summary>
    public static string InUse(InstrumentCatalogue catalogue, string? chosen, string? configured) =>
        chosen is { Length: > 0 } && Check(catalogue, chosen) is null ? chosen
        : configured is { Length: > 0 } ? configured
        : InstrumentCatalogue.CheckInId;
}
