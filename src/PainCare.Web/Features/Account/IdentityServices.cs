using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using PainCare.Data;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>Sign-in, server-side sessions, cookies and roles (ADR 0110), registered from Program.cs.</summary>
public static class IdentityServices
{
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
}
