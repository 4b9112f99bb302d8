using System.Globalization;

namespace PainCare.Web.Components;

/// <summary>Shows stored UTC instants in the clinic's time zone and the reader's locale.</summary>
public sealed class ClinicClock(IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = configuration["PainCare:ClinicTimeZone"] is { Length: > 0 } id
        ? TimeZoneInfo.FindSystemTimeZoneById(id)
        : TimeZoneInfo.Local;

    public DateTimeOffset ToClinicTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public DateOnly Today => DateOnly.FromDateTime(ToClinicTime(DateTimeOffset.UtcNow).DateTime);

    /// <summary>A date and wall-clock time at the clinic, as a UTC instant for storage.</summary>
    public DateTimeOffset FromClinicTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(local))
        {
            // A wall-clock time skipped by the spring clock change: the clinician means the hour after.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, _zone), TimeSpan.Zero);
    }

    public string Date(DateTimeOffset? instant) => instant is { } value ? ToClinicTime(value).ToString("d", CultureInfo.CurrentCulture) : "—";

    public string DateTime(DateTimeOffset instant) => ToClinicTime(instant).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The clinic's wall-clock time of an instant, as the editor's "Saved" line shows it (the device's zone never counts).</summary>
    public string Time(DateTimeOffset instant) => ToClinicTime(instant).ToString("t", CultureInfo.CurrentCulture);
}
