using PainCare.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var logger = builder.AddPainCareLogging();

try
{
    try
    {
        builder.AddPainCareServices();
        builder.Services.AddSingleton<PainCare.Web.Features.Shared.SubmissionGuard>();
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
    app.UsePainCarePipeline();
    if (!await app.PrepareDatabaseAsync())
    {
        return 1;
    }

    await app.Services.GetRequiredService<PainCare.Web.Features.Instruments.ClinicForms>().RefreshAsync();
    await app.RunAsync();
    return 0;
}
finally
{
    await logger.DisposeAsync();
}

/// <summary>Entry point, visible to the integration tests' host.</summary>
public partial class Program;
