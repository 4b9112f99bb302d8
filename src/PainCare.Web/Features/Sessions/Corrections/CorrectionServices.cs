namespace PainCare.Web.Features.Sessions.Corrections;

public static class CorrectionServices
{
    /// <summary>Correcting and deleting sessions, and restoring narrative versions (ADR 0290).</summary>
    public static IServiceCollection AddSessionCorrections(this IServiceCollection services) => services
        .AddScoped<SessionCorrectionService>()
        .AddScoped<SessionDeletionService>()
        .AddScoped<NoteRestoreService>();
}
