using PainCare.Web.Features;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Instruments;
using PainCare.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var logger = builder.AddPainCareLogging();

try
{
    try
    {
        // The composition root: the host's services, then the features' (Hosting never names Features, ADR 0320).
        builder.AddPainCareServices();
        builder.Services.AddPainCareIdentity(builder.Configuration);
        builder.Services.AddPainCareDataProtection(builder.Configuration);
        builder.AddClinicFeatures();
    }
    catch (PainCare.Data.Providers.DatabaseSettingException ex)
    {
        logger.Fatal("The database settings are invalid, so PainCare will not start: {Problem}", ex.Message);
        return 1;
    }
    catch (PainCare.Domain.Alliance.InstrumentDefinitionException ex)
    {
        logger.Fatal("An instrument definition is invalid, so PainCare will not start: {Problem}", ex.Message);
        return 1;
    }
    catch (PainCare.Reflection.Loading.CatalogueFormatException ex)
    {
        logger.Fatal("A reflection data file is invalid, so PainCare will not start: {Problem}", ex.Message);
        return 1;
    }
    catch (InvalidSettingException ex)
    {
        logger.Fatal("A setting is invalid, so PainCare will not start: {Problem}", ex.Message);
        return 1;
    }

    var app = builder.Build();
    app.UsePainCarePipeline(
        afterRateLimiting: FeatureEndpoints.UseClinicSessionPolicy,
        mapEndpoints: FeatureEndpoints.MapClinicFeatureEndpoints);
    if (!await app.PrepareDatabaseAsync())
    {
        return 1;
    }

    await app.Services.GetRequiredService<ClinicForms>().RefreshAsync();
    await app.RunAsync();
    return 0;
}
finally
{
    await logger.DisposeAsync();
}

/// <summary>Entry point, visible to the integration tests' host.</summary>
public partial class Program;
