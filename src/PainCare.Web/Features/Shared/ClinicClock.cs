using System.Globalization;

namespace PainCare.Web.Features.Shared;

/// <summary>
/// Shows stored UTC instants in the clinic's time zone and the reader's locale, and says what day it is at the clinic.
/// Pages and services both use it, so it lives with the features, not the components; "now" comes from the app's
/// <see cref="TimeProvider"/>, so a test's clock reaches the forms' date rules too.
/// </summary>
public sealed class ClinicClock(IConfiguration configuration, TimeProvider time)
{
    public ClinicClock(IConfiguration configuration)
        : this(configuration, TimeProvider.System)
    {
    }

    private readonly TimeZoneInfo _zone = configuration["PainCare:ClinicTimeZone"] is { Length: > 0 } id
        ? TimeZoneInfo.FindSystemTimeZoneById(id)
        : TimeZoneInfo.Local;

    public DateTimeOffset ToClinicTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    public DateTimeOffset Now => ToClinicTime(time.GetUtcNow());

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>
    /// Today at the clinic for a form's validation: the app's clock, else (a form validated outside the app, with no
    /// services) the latest date anywhere on Earth by the given or system time, so no real today is refused.
    /// </summary>
    public static DateOnly TodayFor(IServiceProvider services) =>
        services.GetService<ClinicClock>()?.Today
        ?? DateOnly.FromDateTime((services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime.AddHours(14));

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
