using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Identity;
using PainCare.Web.Components;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Admin;
using PainCare.Web.Features.Caseload;
using PainCare.Web.Features.Patients;
using PainCare.Web.Features.Sessions.Corrections;
using MudBlazor;
using MudBlazor.Services;

namespace PainCare.Web.Hosting;

public static class ServiceSetup
{
    public static void AddPainCareServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // ./paincare runs the app from its build output in Production; this maps package assets (MudBlazor) there too.
        // A published app has no static-web-assets manifest and this is a no-op.
        builder.WebHost.UseStaticWebAssets();

        // Identity's stores get their scoped context from the same options, so their queries are counted too.
        services.AddPainCareDatabase(builder.Configuration, options => options.AddInterceptors(new QueryCountInterceptor()));

        builder.AddPainCareRequestLimits();
        builder.AddPainCareRateLimits();
        builder.AddPainCareForwardedHeaders();
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment())
            .AddHubOptions(options => options.MaximumReceiveMessageSize = RequestLimits.MaxCircuitMessageBytes);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            options.SnackbarConfiguration.PreventDuplicates = true;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
        });

        services.AddPainCareIdentity(builder.Configuration);
        services.AddPainCareDataProtection(builder.Configuration);

        var instruments = LoadInstruments(builder.Configuration);
        var configuredForm = builder.Configuration[PainCare.Web.Features.Alliance.AllianceAnalyser.Setting];
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<PainCare.Web.Features.Instruments.ClinicForms>(sp, instruments, configuredForm ?? string.Empty));
        // Each scope takes the forms in use when it starts; an administrator's change reaches new pages and circuits.
        services.AddTransient(sp => sp.GetRequiredService<PainCare.Web.Features.Instruments.ClinicForms>().Analyser);
        services.AddHostedService<PainCare.Web.Features.Instruments.ClinicFormsRefresh>();
        services.AddScoped<PainCare.Web.Features.Instruments.RatingFormAdminService>();
        // Loading validates the reflection data files: a broken catalogue stops start-up naming the file and line.
        services.AddSingleton(new PainCare.Reflection.ReflectionEngine(PainCare.Reflection.ReflectionData.Embedded));
        services.AddScoped<PainCare.Web.Features.Reflection.ReflectionPanelService>();
        services.AddSingleton<ClinicClock>();
        services.AddScoped<CaseloadService>();
        services.AddScoped<PainCare.Web.Features.Vignettes.VignetteComposer>();
        services.AddScoped<PainCare.Web.Features.Vignettes.SupervisionService>();
        services.AddScoped<PainCare.Web.Features.Handover.PatientRatingService>();
        services.AddScoped<PainCare.Web.Features.Handover.RatingLinkService>();
        services.AddScoped<PainCare.Web.Features.Alliance.AllianceTrendService>();
        services.AddScoped<PainCare.Web.Features.Alliance.AllianceExportService>();
        services.AddScoped<PatientListService>();
        services.AddScoped<PatientService>();
        services.AddScoped<PainCare.Web.Features.Sessions.SessionRecordService>();
        services.AddScoped<PainCare.Web.Features.Sessions.NarrativeService>();
        services.AddScoped<PainCare.Web.Features.Sessions.ObservationService>();
        services.AddScoped<PainCare.Web.Features.Sessions.NoteHistoryService>();
        services.AddSessionCorrections();
        services.AddScoped<PainCare.Web.Features.Search.NarrativeSearchService>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<UserAdminService>();
        services.AddScoped<ReflectionRuleStatsService>();
        services.AddPainCareAudit();
    }

    /// <summary>The shipped instrument definitions plus any a clinic adds (licensed forms); an invalid file stops start-up.</summary>
    private static PainCare.Domain.Alliance.InstrumentCatalogue LoadInstruments(IConfiguration configuration)
    {
        return configuration["PainCare:InstrumentsFolder"] is { Length: > 0 } folder
            ? PainCare.Domain.Alliance.InstrumentCatalogue.LoadDefaultsWithDirectory(folder)
            : PainCare.Domain.Alliance.InstrumentCatalogue.LoadDefaults();
    }

    public static void AddPainCareIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddSingleton<SessionPolicy>();
        services.AddSingleton<ServerSessions>();
        services.AddSingleton<AuthenticatorCodes>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ActivityCircuitHandler>();
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // Page requests notice a changed security stamp (sign-out, ended or disabled account) as soon as circuits do.
            options.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("PainCare:RevalidationSeconds", 60.0));
            options.OnRefreshingPrincipal = context =>
            {
                var keep = context.CurrentPrincipal?.Claims.Where(c => c.Type is SessionPolicy.SessionClaim or SessionPolicy.SignedInAtClaim).ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && keep.Count > 0)
                {
                    foreach (var stale in identity.Claims.Where(c => c.Type is SessionPolicy.SessionClaim or SessionPolicy.SignedInAtClaim).ToList())
                    {
                        identity.RemoveClaim(stale);
                    }

                    identity.AddClaims(keep);
                }

                return Task.CompletedTask;
            };
        });
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "PainCare.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // An absolute lifetime: a working day, not extended by activity.
            options.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("PainCare:AbsoluteSessionHours", 8));
            options.SlidingExpiration = false;
            // Every sign-in gets its server-side record, which sign-out, hand-over and the idle clock work on (ADR 0110).
            options.Events.OnSigningIn = context =>
                context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId
                && context.Principal.FindFirst(SessionPolicy.SessionClaim)?.Value is { } sid
                    ? context.HttpContext.RequestServices.GetRequiredService<ServerSessions>().StartAsync(userId, sid, context.HttpContext.RequestAborted)
                    : Task.CompletedTask;
        });
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, NotFoundForForbiddenHandler>();

        services.AddIdentityCore<PainCareUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // OWASP ASVS 5 (V6.2): length, no composition rules, a check against common passwords.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PainCareDbContext>()
            .AddSignInManager<PainCareSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PainCareClaimsPrincipalFactory>();
    }

    private static void AddPainCareAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PainCare.Web.Features.Audit.AuditClient>();
        services.AddSingleton<PainCare.Web.Features.Audit.AuditCoalescing>();
        services.AddScoped<PainCare.Web.Features.Audit.IAuditTrail, PainCare.Web.Features.Audit.AuditTrail>();
        services.AddSingleton<PainCare.Web.Features.Audit.AuditReferenceKey>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, PainCare.Web.Features.Audit.AuditCircuitHandler>();
        services.AddScoped<PainCare.Web.Features.Audit.AuditQueryService>();
    }
}
