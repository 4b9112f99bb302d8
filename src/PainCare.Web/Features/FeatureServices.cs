using PainCare.Domain.Alliance;
using PainCare.Reflection;
using PainCare.Web.Features.Admin;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Caseload;
using PainCare.Web.Features.Handover;
using PainCare.Web.Features.Instruments;
using PainCare.Web.Features.Patients;
using PainCare.Web.Features.Search;
using PainCare.Web.Features.Sessions;
using PainCare.Web.Features.Sessions.Corrections;
using PainCare.Web.Features.Shared;
using PainCare.Web.Features.Vignettes;

namespace PainCare.Web.Features;

/// <summary>
/// The clinic's feature services, registered from Program.cs after the host's (Hosting/ServiceSetup.cs): Features may
/// use Hosting, Hosting never names Features (ADR 0320).
/// </summary>
public static class FeatureServices
{
    public static void AddClinicFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var instruments = LoadInstruments(builder.Configuration);
        var configuredForm = builder.Configuration[AllianceAnalyser.Setting];
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ClinicForms>(sp, instruments, configuredForm ?? string.Empty));
        // Each scope takes the forms in use when it starts; an administrator's change reaches new pages and circuits.
        services.AddTransient(sp => sp.GetRequiredService<ClinicForms>().Analyser);
        services.AddHostedService<ClinicFormsRefresh>();
        services.AddScoped<RatingFormAdminService>();
        // Loading validates the reflection data files: a broken catalogue stops start-up naming the file and line.
        services.AddSingleton(new ReflectionEngine(ReflectionData.Embedded));
        services.AddScoped<Reflection.ReflectionPanelService>();
        services.AddSingleton<ClinicClock>();
        services.AddScoped<CaseloadService>();
        services.AddScoped<VignetteComposer>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<PatientRatingService>();
        services.AddScoped<RatingLinkService>();
        services.AddScoped<AllianceTrendService>();
        services.AddScoped<AllianceExportService>();
        services.AddScoped<PatientListService>();
        services.AddScoped<PatientService>();
        services.AddScoped<SessionRecordService>();
        services.AddScoped<NarrativeService>();
        services.AddScoped<ObservationService>();
        services.AddScoped<NoteHistoryService>();
        services.AddSessionCorrections();
        services.AddScoped<NarrativeSearchService>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<UserAdminService>();
        services.AddScoped<ReflectionRuleStatsService>();
        services.AddClinicAudit();
        services.AddSingleton<SubmissionGuard>();
    }

    /// <summary>The shipped instrument definitions plus any a clinic adds (licensed forms); an invalid file stops start-up.</summary>
    private static InstrumentCatalogue LoadInstruments(IConfiguration configuration) =>
        configuration["PainCare:InstrumentsFolder"] is { Length: > 0 } folder
            ? InstrumentCatalogue.LoadDefaultsWithDirectory(folder)
            : InstrumentCatalogue.LoadDefaults();

    private static void AddClinicAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuditClient>();
        services.AddSingleton<AuditCoalescing>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<AuditReferenceKey>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, AuditCircuitHandler>();
        services.AddScoped<AuditQueryService>();
    }
}
