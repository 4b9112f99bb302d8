using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Reflection;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Instruments;

namespace PainCare.IntegrationTests.Audit;

/// <summary>Keeps every entry a service reports, uncoalesced, so a test sees each call's rows.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<AuditEntry> Entries { get; } = [];

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The demo clinic with the feature services built as the app builds them, twice: once reporting to a recording trail
/// (the call under test) and once to none (setting a record up), and the ids the probes need.
/// </summary>
internal sealed class AuditClinic(ClinicFixture clinic, ServiceProvider audited, ServiceProvider quiet) : IAsyncDisposable
{
    public ClinicFixture Clinic => clinic;

    public RecordingAuditTrail Trail { get; } = audited.GetRequiredService<RecordingAuditTrail>();

    public string Sam => clinic.Sam;

    public string Admin { get; private init; } = string.Empty;

    public string Supervisor { get; private init; } = string.Empty;

    public Guid Patient { get; private init; }

    public Guid AttendedSession { get; private init; }

    public Guid SignedSession { get; private init; }

    public static async Task<AuditClinic> CreateAsync()
    {
        var clinic = await ClinicFixture.CreateAsync();
        await using var db = clinic.Database.CreateContext();
        var sam = clinic.Sam;
        return new AuditClinic(clinic, Services(clinic, audited: true), Services(clinic, audited: false))
        {
            Admin = await db.Users.Where(u => u.Email == "admin@paincare.test").Select(u => u.Id).SingleAsync(),
            Supervisor = await db.Users.Where(u => u.Email == "helen.mayo@paincare.test").Select(u => u.Id).SingleAsync(),
            Patient = await db.Patients.Where(p => p.ClinicianId == sam).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            AttendedSession = await db.Sessions.Where(s => s.Patient.ClinicianId == sam && s.Attendance == Attendance.Attended && s.Note != null && s.Note.Status == NoteStatus.Draft)
                .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            SignedSession = await db.Sessions.Where(s => s.Patient.ClinicianId == sam && s.Note != null && s.Note.Status == NoteStatus.Signed)
                .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
        };
    }

    /// <summary>A service that reports to <see cref="Trail"/>.</summary>
    public T Audited<T>() where T : notnull => (T)Audited(typeof(T));

    public object Audited(Type type) => ActivatorUtilities.CreateInstance(audited, type);

    /// <summary>A service that records nothing, for setting a record up.</summary>
    public T Quiet<T>() where T : notnull => ActivatorUtilities.CreateInstance<T>(quiet);

    public async ValueTask DisposeAsync()
    {
        await audited.DisposeAsync();
        await quiet.DisposeAsync();
        await clinic.DisposeAsync();
    }

    private static ServiceProvider Services(ClinicFixture clinic, bool audited)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddOptions<IdentityOptions>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(clinic.Contexts);
        services.AddSingleton(clinic.Clock);
        services.AddSingleton(ReflectionEngine.Default);
        services.AddSingleton(new AllianceAnalyser(InstrumentCatalogue.LoadDefaults()));
        services.AddSingleton(new ClinicForms(InstrumentCatalogue.LoadDefaults(), null, clinic.Contexts, NullLogger<ClinicForms>.Instance));
        services.AddSingleton<SessionPolicy>();
        services.AddSingleton<ServerSessions>();
        services.AddScoped(_ => clinic.Database.CreateContext());
        services.AddIdentityCore<PainCare.Data.Identity.PainCareUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PainCare.Data.PainCareDbContext>()
            .AddDefaultTokenProviders();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<RecordingAuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => audited ? sp.GetRequiredService<RecordingAuditTrail>() : NoAuditTrail.Instance);
        return services.BuildServiceProvider();
    }
}
